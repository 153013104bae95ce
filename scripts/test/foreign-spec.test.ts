// A spec written elsewhere (Petstore-shaped: OpenAPI 3.0 JSON, OAuth2 and an API key, form and
// multipart bodies) dropped into an otherwise empty repository: the repository's own generator,
// run as `pnpm generate` runs it, makes a whole package of it and keeps the maintainer's files.
import { execFile, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'fixtures/foreign/petstore-ish.json');
const root = mkdtempSync(join(tmpdir(), 'apiclients-foreign-'));
const pkg = join(root, 'packages/petstore-ish');

// The generator, copied with the root files it reads; its dependencies are the repository's.
beforeAll(() => {
  cpSync(join(repo, 'scripts/src'), join(root, 'scripts/src'), { recursive: true });
  cpSync(join(repo, 'scripts/package.json'), join(root, 'scripts/package.json'));
  cpSync(join(repo, 'scripts/generate.mjs'), join(root, 'scripts/generate.mjs'));
  symlinkSync(join(repo, 'scripts/node_modules'), join(root, 'scripts/node_modules'), 'dir');
  for (const file of ['LICENSE', 'package.json', 'tsconfig.base.json', 'tsup.shared.ts'])
    cpSync(join(repo, file), join(root, file));
  // The contract kit, so that its runtime and Prism setup read this root's specs.
  const kit = 'tooling/contract-kit';
  for (const file of ['package.json', 'src']) {
    cpSync(join(repo, kit, file), join(root, kit, file), { recursive: true });
  }
  symlinkSync(join(repo, kit, 'node_modules'), join(root, kit, 'node_modules'), 'dir');
  cpSync(fixture, join(root, 'specs/petstore-ish.json'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `pnpm generate [--check]` in the temporary root (its command: the bundling launcher). */
async function generate(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['scripts/generate.mjs', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
const read = (path: string) => readFileSync(join(pkg, path), 'utf8');
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(join(pkg, path), change(read(path)));

// Each step runs the generator's CLI once or twice, as a maintainer would: slow on a busy machine.
describe('a foreign spec in an empty repository', { timeout: 120_000 }, () => {
  it('scaffolds a whole package', async () => {
    const run = await generate();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(files(pkg)).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'src/generated/client.ts',
      'src/generated/operations.ts',
      'src/generated/schema.ts',
      'src/index.ts',
      'test/contract.gen.test.ts',
      'test/contract.setup.ts',
      'tsconfig.json',
      'tsup.config.ts',
      'vitest.config.ts',
    ]);
    const manifest = JSON.parse(read('package.json'));
    expect(manifest).toMatchObject({
      name: '@apiclients/petstore-ish',
      version: '0.0.0',
      type: 'module',
      sideEffects: false,
      files: ['dist'],
      engines: { node: '>=20.19' },
      dependencies: { '@apiclients/auth-session': 'workspace:^', 'openapi-fetch': 'catalog:' },
      devDependencies: { '@apiclients/contract-kit': 'workspace:*', vitest: 'catalog:' },
      repository: { directory: 'packages/petstore-ish' },
      publishConfig: { access: 'public' },
    });
    expect(manifest.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(manifest.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(read('LICENSE')).toBe(readFileSync(join(repo, 'LICENSE'), 'utf8'));
    // The contract test reaches its runtime by name, and builds its client through the generated
    // factory with credentials for both schemes (OAuth2 on the pets, the API key on the store).
    expect(read('test/contract.gen.test.ts')).toContain('from "@apiclients/contract-kit/runtime"');
    expect(read('src/index.ts')).toContain('createPetstoreIshClient,');
    expect(read('src/generated/client.ts')).toContain('export interface PetstoreIshClientOptions');
    expect(read('test/contract.setup.ts')).toContain("apiKey: 'contract-api-key',");
    expect(read('test/contract.setup.ts')).toContain("token: 'contract-token',");
    // Both non-JSON bodies get cases.
    expect(read('test/contract.gen.test.ts')).toContain('bodySerializer: formBody');
    expect(read('test/contract.gen.test.ts')).toContain('bodySerializer: multipartBody');
    expect(read('README.md')).toContain('# @apiclients/petstore-ish');
    expect(run.stdout).toContain('specs/petstore-ish.json: 17 contract cases for 17 documented');
  });

  it('is then clean under --check, and a second run is a no-op', async () => {
    const before = files(pkg).map((path) => read(path));
    const check = await generate('--check');
    expect(check.code).toBe(0);
    const again = await generate();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('generate: 0 written');
    expect(files(pkg).map((path) => read(path))).toEqual(before);
  });

  it('builds, type-checks and passes every contract case against a Prism mock of its spec', async () => {
    // What `pnpm install` would link: the workspace's auth-session (built) and this root's
    // contract kit, and the tools every client package has.
    const modules = join(pkg, 'node_modules');
    const tools = join(repo, 'packages/blips/node_modules');
    mkdirSync(join(modules, '@apiclients'), { recursive: true });
    mkdirSync(join(modules, '@types'), { recursive: true });
    symlinkSync(join(repo, 'packages/auth-session'), join(modules, '@apiclients/auth-session'));
    symlinkSync(join(root, 'tooling/contract-kit'), join(modules, '@apiclients/contract-kit'));
    for (const name of ['openapi-fetch', 'typescript', 'tsup', 'vitest', '@types/node'])
      symlinkSync(realpathSync(join(tools, name)), join(modules, name));
    const run = (bin: string, ...args: string[]) =>
      exec(process.execPath, [join(tools, bin), ...args], { cwd: pkg }).then(
        () => ({ code: 0, output: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          code: error.code,
          output: `${error.stdout}${error.stderr}`,
        }),
      );
    expect(await run('typescript/bin/tsc', '-p', 'tsconfig.json')).toEqual({ code: 0, output: '' });
    expect(await run('tsup/dist/cli-default.js')).toMatchObject({ code: 0 });
    expect(files(join(pkg, 'dist'))).toEqual(
      expect.arrayContaining(['index.cjs', 'index.d.cts', 'index.d.ts', 'index.js']),
    );
    const tests = await exec(
      process.execPath,
      [join(tools, 'vitest/vitest.mjs'), 'run', '--reporter=json', '--outputFile=report.json'],
      { cwd: pkg },
    ).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(read('report.json')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    expect(report, `${tests.stdout}${tests.stderr}`).toMatchObject({
      numPassedTests: 17,
      numFailedTests: 0,
    });
    rmSync(join(pkg, 'report.json'));
  });

  it("keeps the maintainer's README section, version and taken-over files when the spec changes", async () => {
    edit('README.md', (text) => text.replace('Nothing yet.', 'Rate limits: 10 requests a second.'));
    edit('package.json', (text) => text.replace('"version": "0.0.0"', '"version": "1.4.2"'));
    // Taking tsup.config.ts over: its first line goes, an entry comes.
    edit('tsup.config.ts', (text) =>
      text.replace(/^.*\n/, '').replace('packageConfig()', "packageConfig(['src/index.ts'])"),
    );
    const tsup = read('tsup.config.ts');
    const spec = join(root, 'specs/petstore-ish.json');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace('"title": "Petstore-ish"', '"title": "Petstore Deluxe"'),
    );

    const run = await generate();
    expect(run.code).toBe(0);
    expect(read('README.md')).toContain('Typed client for Petstore Deluxe');
    expect(read('README.md')).toContain('Rate limits: 10 requests a second.');
    expect(read('README.md')).not.toContain('Nothing yet.');
    expect(JSON.parse(read('package.json')).version).toBe('1.4.2');
    expect(read('tsup.config.ts')).toBe(tsup);
    expect((await generate('--check')).code).toBe(0);
  });

  it('puts back a hand-edited generated file, and --check names it first', async () => {
    const original = read('src/index.ts');
    edit('src/index.ts', (text) => `${text}export const extra = 1;\n`);
    const check = await generate('--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('packages/petstore-ish/src/index.ts');
    await generate();
    expect(read('src/index.ts')).toBe(original);
  });

  it('a broken second spec fails alone, naming its file and JSON pointer, with exit code 1', async () => {
    const good = JSON.parse(readFileSync(fixture, 'utf8'));
    good.paths['/pet'].post.responses['200'].content['application/json'].schema.$ref =
      '#/components/schemas/Nope';
    writeFileSync(join(root, 'specs/broken.json'), JSON.stringify(good, null, 2));
    const spec = join(root, 'specs/petstore-ish.json');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace('"version": "1.0.7"', '"version": "1.0.8"'),
    );

    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'pnpm generate: specs/broken.json#/paths/~1pet/post/responses/200/content/application~1json/schema/$ref: unresolved $ref "#/components/schemas/Nope"',
    );
    // The good spec still generated; the broken one got no package.
    expect(run.stdout).toContain('wrote packages/petstore-ish/README.md');
    expect(read('README.md')).toContain('1.0.8');
    expect(readdirSync(join(root, 'packages'))).toEqual(['petstore-ish']);
  });

  it('leaves no bundle behind, and clears the one of a run stopped by a signal', async () => {
    const cache = join(root, 'scripts/node_modules/.cache');
    // The pid of a process that has exited: a run killed before its 'exit' handler.
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    const stale = join(cache, `generate-${pid}`);
    mkdirSync(stale, { recursive: true });
    const before = readdirSync(cache).filter((name) => name.startsWith('generate-'));
    await generate('--check');
    expect(existsSync(stale)).toBe(false);
    const after = readdirSync(cache).filter((name) => name.startsWith('generate-'));
    expect(after).toEqual(before.filter((name) => name !== `generate-${pid}`));
  });
});
