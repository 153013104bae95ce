// Who owns what (scripts/src/scaffold/ownership.ts): a hand-made package keeps every file it
// wrote; only what is generated is rewritten; the root's package table and size builds follow
// specs/ and packages/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { BUILD_LISTS, TABLE_END, TABLE_START } from '../src/scaffold/root-files.js';
import { makeTree, minimalSpec } from './fixture.js';

let dispose = () => {};
afterEach(() => dispose());

function tree(files: Record<string, string>) {
  const made = makeTree(files);
  dispose = made.dispose;
  return made.root;
}

// A package written by hand before scaffolding existed, like Hashrails, Volubile and Blips.
const handMade = {
  'packages/pets/package.json': '{ "name": "@apiclients/pets", "version": "3.1.0" }\n',
  'packages/pets/src/index.ts': "export { createPetsClient } from './client.js';\n",
  'packages/pets/tsup.config.ts': '// two entries, by hand\n',
  'packages/pets/test/contract.setup.ts': '// credentials the factory takes, by hand\n',
  'packages/pets/README.md': '# Pets\n\nWritten by hand, no markers.\n',
  'packages/pets/vitest.config.ts': '// an old config\n',
};

describe('scaffolding around a hand-made package', () => {
  it('writes only what is generated, and keeps every hand-written file as it is', async () => {
    const root = tree({ 'specs/pets.yaml': minimalSpec, LICENSE: 'MIT License\n', ...handMade });
    const result = await generate({ rootDir: root });
    for (const [path, text] of Object.entries(handMade)) {
      if (path.endsWith('vitest.config.ts')) continue;
      expect({ path, text: readFileSync(join(root, path), 'utf8') }).toEqual({ path, text });
    }
    expect(result.kept.sort()).toEqual(
      [
        'packages/pets/README.md',
        'packages/pets/package.json',
        'packages/pets/src/index.ts',
        'packages/pets/test/contract.setup.ts',
        'packages/pets/tsup.config.ts',
      ].sort(),
    );
    // Generated for every client package: rewritten, the same as in a scaffolded one.
    expect(readFileSync(join(root, 'packages/pets/vitest.config.ts'), 'utf8')).toContain(
      "from '@apiclients/contract-kit/vitest'",
    );
    expect(readFileSync(join(root, 'packages/pets/LICENSE'), 'utf8')).toBe('MIT License\n');
    expect((await generate({ rootDir: root, check: true })).stale).toEqual([]);
  });

  it('--check ignores what the maintainer owns but judges what is generated', async () => {
    const root = tree({ 'specs/pets.yaml': minimalSpec, ...handMade });
    await generate({ rootDir: root });
    writeFileSync(join(root, 'packages/pets/src/index.ts'), '// changed by hand again\n');
    writeFileSync(join(root, 'packages/pets/tsconfig.json'), '{}\n');
    const result = await generate({ rootDir: root, check: true });
    expect(result.stale).toEqual(['packages/pets/tsconfig.json']);
  });
});

describe('root files that list the packages', () => {
  const readme = [
    '# repo',
    '',
    TABLE_START,
    '| old table |',
    TABLE_END,
    '',
    'Prose after the table stays.',
    '',
  ].join('\n');
  const turbo = `{
  "tasks": {
    "//#size:check": {
      "dependsOn": ["@apiclients/old#build"],
      "outputs": []
    }
  }
}
`;
  const scriptsTurbo = `{
  "tasks": {
    "test": {
      "dependsOn": [
        "$TURBO_EXTENDS$",
        "@apiclients/old#build"
      ]
    }
  }
}
`;
  const shared =
    '{ "name": "@apiclients/shared", "description": "Shared | things", "scripts": { "build": "tsup" } }';

  it("the README's table and size:check's builds follow specs/ and packages/", async () => {
    const root = tree({
      'README.md': readme,
      'turbo.json': turbo,
      'scripts/turbo.json': scriptsTurbo,
      'specs/pets.yaml': minimalSpec,
      'packages/shared/package.json': shared,
    });
    const result = await generate({ rootDir: root });
    expect(result.written).toEqual(expect.arrayContaining(['README.md', 'turbo.json']));
    const table = readFileSync(join(root, 'README.md'), 'utf8');
    expect(table).toContain('Prose after the table stays.');
    expect(table).not.toContain('old table');
    const rows = table.split('\n').filter((line) => line.startsWith('| ['));
    expect(rows).toHaveLength(2);
    // The client first, with its spec and the spec's authentication; then the shared package.
    expect(rows[0]).toMatch(
      /^\| \[`@apiclients\/pets`\]\(packages\/pets\) +\| \[`specs\/pets\.yaml`\]\(specs\/pets\.yaml\) \| Bearer +\| Typed client for Pets, generated from its OpenAPI spec\. \|$/,
    );
    expect(rows[1]).toContain('| shared ');
    expect(rows[1]).toContain('Shared \\| things');
    const deps = JSON.parse(readFileSync(join(root, 'turbo.json'), 'utf8')).tasks['//#size:check']
      .dependsOn;
    expect(deps).toEqual(['@apiclients/pets#build', '@apiclients/shared#build']);
    const scripts = JSON.parse(readFileSync(join(root, 'scripts/turbo.json'), 'utf8'));
    expect(scripts.tasks.test.dependsOn).toEqual(['$TURBO_EXTENDS$', ...deps]);
    expect((await generate({ rootDir: root, check: true })).stale).toEqual([]);
  });

  it('wait while any spec is bad: a partial list is never written', async () => {
    const root = tree({
      'README.md': readme,
      'turbo.json': turbo,
      'specs/pets.yaml': minimalSpec,
      'specs/bad.yaml': 'openapi: 3.0.3\n',
    });
    const result = await generate({ rootDir: root });
    expect(result.failures.map((failure) => failure.file)).toEqual(['specs/bad.yaml']);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(readme);
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(turbo);
  });

  it('a README without the markers is left alone', async () => {
    const root = tree({ 'README.md': '# mine\n', 'specs/pets.yaml': minimalSpec });
    await generate({ rootDir: root });
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('# mine\n');
  });

  it('the repository README has the table markers, and both turbo.json files their build lists', () => {
    const repo = join(import.meta.dirname, '../..');
    const text = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(text).toContain(TABLE_START);
    expect(text).toContain(TABLE_END);
    for (const { file, pattern } of BUILD_LISTS)
      expect({ file, listed: pattern.test(readFileSync(join(repo, file), 'utf8')) }).toEqual({
        file,
        listed: true,
      });
  });
});

describe('a spec whose operations take an API key or a Bearer, either alone', () => {
  // Every operation accepts either: a browser can use getToken alone, a backend the key.
  const eitherSpec = minimalSpec
    .replace('security:\n  - bearer: []', 'security:\n  - bearer: []\n  - key: []')
    .replace(
      '    bearer: { type: http, scheme: bearer, description: not copied }',
      '    bearer: { type: http, scheme: bearer, description: not copied }\n    key: { type: apiKey, in: header, name: X-Key }',
    );

  it('gets a /frontend entry: its factory, its file, its export and its tsup entry', async () => {
    const root = tree({ 'specs/pets.yaml': eitherSpec });
    await generate({ rootDir: root });
    const read = (path: string) => readFileSync(join(root, 'packages/pets', path), 'utf8');
    expect(read('src/generated/frontend.ts')).toContain('return createFrontendClient(options, {');
    expect(read('src/generated/frontend.ts')).toContain('    secrets: ["apiKey"],');
    expect(read('src/frontend.ts')).toContain(
      "export { createPetsClient, type PetsFrontendClientOptions } from './generated/frontend.js';",
    );
    const manifest = JSON.parse(read('package.json'));
    expect(manifest.exports['./frontend'].import.default).toBe('./dist/frontend.js');
    expect(manifest.typesVersions['*'].frontend).toEqual(['./dist/frontend.d.cts']);
    expect(read('tsup.config.ts')).toContain("packageConfig(['src/index.ts', 'src/frontend.ts'])");
    expect((await generate({ rootDir: root, check: true })).stale).toEqual([]);
  });

  it('the Bearer alone (minimalSpec) has nothing secret to leave out: no /frontend', async () => {
    const root = tree({ 'specs/pets.yaml': minimalSpec });
    const result = await generate({ rootDir: root });
    expect(result.written.some((path) => path.includes('frontend'))).toBe(false);
  });
});
