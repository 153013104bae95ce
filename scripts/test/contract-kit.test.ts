// The contract kit's own failures, as a client package's test run would meet them.
import { describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import setup from '../../tooling/contract-kit/src/prism-setup.js';
import { prismUrl } from '../../tooling/contract-kit/src/runtime.js';
import { clientTestConfig, prismSetup } from '../../tooling/contract-kit/src/vitest.js';

describe('@apiclients/contract-kit', () => {
  it("prismUrl without the kit's globalSetup says what is missing", () => {
    // This package's own vitest config starts no Prism: nothing is provided.
    expect(() => prismUrl('pets')).toThrow(
      "no Prism mock for pets: is the contract kit's globalSetup set?",
    );
  });

  it('the Prism setup of a package without a spec names the files it looked for', async () => {
    const project = { config: { root: '/somewhere/packages/ghost' }, provide: () => {} };
    await expect(setup(project as unknown as TestProject)).rejects.toThrow(
      'no spec for package ghost: expected specs/ghost.yaml, .yml or .json',
    );
  });

  it("a client package's config is the shared settings plus that setup, by absolute path", () => {
    const { test } = clientTestConfig();
    expect(test.globalSetup).toEqual([prismSetup]);
    expect(prismSetup).toMatch(/^\/.*tooling\/contract-kit\/src\/prism-setup\.ts$/);
    expect(test.include).toEqual(['test/**/*.test.ts']);
  });
});
