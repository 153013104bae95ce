import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordBaselines } from '../src/spec-diff/baseline.js';
import { writeChangeset } from '../src/spec-diff/changeset.js';
import { diffSpecs } from '../src/spec-diff/diff.js';
import { runGate } from '../src/spec-diff/gate.js';
import { listSpecPackages, parseText } from '../src/spec-diff/load.js';
import { makeTree } from './fixture.js';

const fixtures = join(import.meta.dirname, 'fixtures/spec-diff');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const cli = join(import.meta.dirname, '../src/spec-diff/cli.ts');
const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');

let dispose = () => {};
afterEach(() => dispose());

/** A repository root with one spec, specs/pets.yaml, and its package at 1.2.0. */
function repo(files: Record<string, string> = {}) {
  const made = makeTree({
    'specs/pets.yaml': fixture('pets.before.yaml'),
    'packages/pets/package.json': JSON.stringify({ name: '@apiclients/pets', version: '1.2.0' }),
    '.changeset/README.md': '# Changesets\n',
    '.changeset/config.json': '{}',
    ...files,
  });
  dispose = made.dispose;
  return made.root;
}
const write = (root: string, path: string, content: string) =>
  writeFileSync(join(root, path), content);
const changesets = (root: string) =>
  readdirSync(join(root, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );

describe('the released baseline', () => {
  it('is recorded for a package whose version moved, and only then', () => {
    const root = repo();
    const packages = listSpecPackages(root);
    expect(recordBaselines(root, packages)).toEqual(['packages/pets/spec.released.yaml']);
    const text = readFileSync(join(root, 'packages/pets/spec.released.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# The spec @apiclients/pets@1.2.0 was released from: `pnpm test` compares',
    );
    expect(recordBaselines(root, packages)).toEqual([]);
    write(
      root,
      'packages/pets/package.json',
      JSON.stringify({ name: '@apiclients/pets', version: '2.0.0' }),
    );
    expect(recordBaselines(root, packages)).toEqual(['packages/pets/spec.released.yaml']);
  });
});

describe('the gate', () => {
  it('passes when the spec is the released one', () => {
    const root = repo();
    recordBaselines(root, listSpecPackages(root));
    expect(runGate(root)).toEqual({
      ok: true,
      lines: ['@apiclients/pets: specs/pets.yaml is the spec 1.2.0 was released from'],
    });
  });

  it('fails on a breaking change until a major changeset is pending, naming package, bump and first change', () => {
    const root = repo();
    recordBaselines(root, listSpecPackages(root));
    write(root, 'specs/pets.yaml', fixture('pets.major.after.yaml'));
    const failed = runGate(root);
    expect(failed.ok).toBe(false);
    expect(failed.lines[0]).toBe(
      '@apiclients/pets: specs/pets.yaml changed since 1.2.0 was released and needs a major changeset; none is pending',
    );
    expect(failed.lines[1]).toBe(
      '  first major change: default server of the API changed from https://api.pets.example to https://v2.api.pets.example (#/servers)',
    );

    write(root, '.changeset/pets-minor.md', '---\n"@apiclients/pets": minor\n---\n\nSomething.\n');
    const still = runGate(root);
    expect(still.ok).toBe(false);
    expect(still.lines[0]).toContain(
      'the pending ones (.changeset/pets-minor.md) bump it minor at most',
    );

    write(
      root,
      '.changeset/other.md',
      "---\n'@apiclients/pets': major\n'@apiclients/other': patch\n---\n\nBig.\n",
    );
    expect(runGate(root).ok).toBe(true);
  });

  it('asks for a patch changeset when only descriptions changed', () => {
    const root = repo();
    recordBaselines(root, listSpecPackages(root));
    write(root, 'specs/pets.yaml', fixture('pets.patch.after.yaml'));
    expect(runGate(root).lines[0]).toContain('needs a patch changeset');
    write(root, '.changeset/docs.md', '---\n"@apiclients/pets": patch\n---\n\nDocs.\n');
    expect(runGate(root).ok).toBe(true);
  });

  it('does not gate a package that was never released', () => {
    const root = repo();
    expect(runGate(root).ok).toBe(true);
  });
});

describe('the changeset writer', () => {
  const changes = (after: string) =>
    diffSpecs(
      parseText({ text: fixture('pets.before.yaml'), label: 'a' }).document,
      parseText({ text: fixture(after), label: 'b' }).document,
    );

  it('writes the computed bump and the change list, once', () => {
    const root = repo();
    const [pkg] = listSpecPackages(root);
    if (!pkg) throw new Error('no package');
    const first = writeChangeset(root, pkg, 'abcdef0123', changes('pets.minor.after.yaml'));
    expect(first).toEqual({
      path: '.changeset/pets-spec-abcdef0.md',
      bump: 'minor',
      status: 'written',
    });
    const text = readFileSync(join(root, '.changeset/pets-spec-abcdef0.md'), 'utf8');
    expect(text).toMatch(/^---\n"@apiclients\/pets": minor\n---\n/);
    expect(text).toContain('- `GET /pets (listPets)`: optional query parameter `sort` added');
    expect(writeChangeset(root, pkg, 'abcdef0123', changes('pets.minor.after.yaml'))?.status).toBe(
      'unchanged',
    );
    expect(changesets(root)).toEqual(['pets-spec-abcdef0.md']);
  });

  it('keeps a bump the maintainer raised, and restores one they lowered', () => {
    const root = repo();
    const [pkg] = listSpecPackages(root);
    if (!pkg) throw new Error('no package');
    const path = join(root, '.changeset/pets-spec-abcdef0.md');
    writeChangeset(root, pkg, 'abcdef0123', changes('pets.minor.after.yaml'));
    write(
      root,
      '.changeset/pets-spec-abcdef0.md',
      readFileSync(path, 'utf8').replace(': minor', ': major'),
    );
    expect(writeChangeset(root, pkg, 'abcdef0123', changes('pets.minor.after.yaml'))?.bump).toBe(
      'major',
    );
    write(
      root,
      '.changeset/pets-spec-abcdef0.md',
      readFileSync(path, 'utf8').replace(': major', ': patch'),
    );
    expect(writeChangeset(root, pkg, 'abcdef0123', changes('pets.minor.after.yaml'))?.bump).toBe(
      'minor',
    );
  });
});

describe('pnpm spec:diff in a git repository', () => {
  const git = (root: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  const run = (root: string, ...args: string[]) =>
    spawnSync(tsx, [cli, '--root', root, ...args], { encoding: 'utf8' });

  it('diffs against HEAD, writes one changeset however often it runs, and the gate then passes', () => {
    const root = repo();
    recordBaselines(root, listSpecPackages(root));
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'released');
    write(root, 'specs/pets.yaml', fixture('pets.major.after.yaml'));

    const gate = run(root, '--gate');
    expect(gate.status).toBe(1);
    expect(gate.stderr).toContain(
      '@apiclients/pets: specs/pets.yaml changed since 1.2.0 was released and needs a major changeset',
    );

    const diff = run(root);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain(
      '@apiclients/pets: major (15 major, 1 minor; specs/pets.yaml@HEAD → specs/pets.yaml)',
    );
    expect(diff.stdout).toContain(
      '  major  GET /pets (listPets)  #/paths/~1pets/get/responses/404  response 404 removed',
    );
    expect(changesets(root)).toEqual([]);

    const hash = git(root, 'rev-parse', '--short=7', 'HEAD:specs/pets.yaml').trim();
    expect(run(root, '--changeset').stdout).toContain(
      `written .changeset/pets-spec-${hash}.md (major)`,
    );
    expect(run(root, '--changeset').stdout).toContain(
      `unchanged .changeset/pets-spec-${hash}.md (major)`,
    );
    expect(changesets(root)).toEqual([`pets-spec-${hash}.md`]);
    expect(run(root, '--gate').status).toBe(0);
  });

  it('works in a shallow clone: the baseline needs no history', () => {
    const origin = repo();
    recordBaselines(origin, listSpecPackages(origin));
    git(origin, 'init', '-q');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'released');
    write(origin, 'specs/pets.yaml', fixture('pets.minor.after.yaml'));
    git(origin, 'commit', '-q', '-am', 'spec grows');
    const clone = join(origin, '.clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const gate = run(clone, '--gate');
    expect(gate.status).toBe(1);
    expect(gate.stderr).toContain('needs a minor changeset; none is pending');
    expect(run(clone, '--base', 'released', '--changeset').stdout).toMatch(
      /written \.changeset\/pets-spec-\w{7}\.md \(minor\)/,
    );
    expect(run(clone, '--gate').status).toBe(0);
  });

  it('names an unknown revision', () => {
    const root = repo();
    git(root, 'init', '-q');
    const result = run(root, '--base', 'nope');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pnpm spec:diff: unknown git revision "nope"');
  });
});
