import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

// Each package resolves its own name through its `exports` map (package self-reference), exactly
// as a consumer's `require` and `import` would, against the built dist/.
const packages = {
  'auth-session': 'createTokenSession',
  hashrails: 'createHashrailsClient',
  volubile: 'createVolubileClient',
  blips: 'createBlipsClient',
};

function node(cwd: string, args: string[]) {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim();
}

describe('published entry points', () => {
  for (const [dir, exported] of Object.entries(packages)) {
    const name = `@apiclients/${dir}`;
    const cwd = join(root, 'packages', dir);

    it(`require('${name}') gives ${exported}`, () => {
      expect(
        node(cwd, [
          '-e',
          `process.stdout.write(typeof require(${JSON.stringify(name)}).${exported})`,
        ]),
      ).toBe('function');
    });

    it(`import('${name}') gives ${exported}`, () => {
      const script = `const m = await import(${JSON.stringify(name)}); process.stdout.write(typeof m.${exported})`;
      expect(node(cwd, ['--input-type=module', '-e', script])).toBe('function');
    });
  }
});
