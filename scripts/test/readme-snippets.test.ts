import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReadmes } from '../src/readme-snippets/readmes.js';
import { createSnippetChecker, formatSnippetError } from '../src/readme-snippets/type-check.js';

// Every ```ts block of the READMEs compiles against the built packages, as a user's strict,
// exactOptionalPropertyTypes project would compile it (run `pnpm build` first; turbo does).
const root = join(import.meta.dirname, '../..');
const snippets = join(import.meta.dirname, '../.snippets');

describe('README snippets type-check', () => {
  const check = createSnippetChecker(root, join(snippets, 'readmes'));
  it.each(findReadmes(root))(
    '%s',
    (readme) => {
      expect(check(readme).map(formatSnippetError)).toEqual([]);
    },
    120_000,
  );
});

describe('the snippet checker', () => {
  const fixture = 'scripts/test/fixtures/readme-snippets/README.md';

  it('reports each error of a ts or typescript block at its README line, sees the prelude, skips other languages', () => {
    const check = createSnippetChecker(root, join(snippets, 'fixture'));
    const errors = check(fixture).map(formatSnippetError);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${fixture}:33: TS2353 Object literal may only specify known properties, and 'retries' does not exist`,
      ),
    );
    expect(errors[1]).toMatch(
      new RegExp(
        `^${fixture}:42: TS2322 Type '"calls:raed"' is not assignable to type '"calls:read" | `,
      ),
    );
    expect(errors[2]).toBe(`${fixture}:43: TS2304 Cannot find name 'volubile'.`);
  }, 120_000);

  it('finds the root README, each package README and each example README', () => {
    const readmes = findReadmes(root);
    expect(readmes[0]).toBe('README.md');
    expect(readmes).toEqual(
      expect.arrayContaining([
        'packages/hashrails/README.md',
        'packages/volubile/README.md',
        'packages/blips/README.md',
        'examples/node-backend/README.md',
      ]),
    );
  });
});
