import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../src/generate.js';
import { makeTree, minimalSpec, onePackage } from './fixture.js';

let dispose = () => {};
afterEach(() => dispose());

function tree(files: Record<string, string>) {
  const made = makeTree(files);
  dispose = made.dispose;
  return made.root;
}

const SCHEMA = 'packages/pets/src/generated/schema.ts';
const OPERATIONS = 'packages/pets/src/generated/operations.ts';
const CLIENT = 'packages/pets/src/generated/client.ts';
const CONTRACT = 'packages/pets/test/contract.gen.test.ts';
// What the spec renders, apart from the scaffold around it (scaffold.test.ts).
const rendered = (paths: string[]) =>
  paths.filter((path) => path.includes('/src/generated/') || path.endsWith('.gen.test.ts'));

describe('generate', () => {
  it('writes schema.ts, operations.ts and client.ts with a do-not-edit header', async () => {
    const root = tree(onePackage(minimalSpec));
    const result = await generate({ rootDir: root });
    expect(rendered(result.written)).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
    for (const file of [SCHEMA, OPERATIONS, CLIENT, CONTRACT]) {
      expect(readFileSync(join(root, file), 'utf8')).toMatch(
        /^\/\/ generated from specs\/pets\.yaml — do not edit\./,
      );
    }
    expect(readFileSync(join(root, SCHEMA), 'utf8')).toContain('export interface paths');
    expect(readFileSync(join(root, CLIENT), 'utf8')).toContain('export function createPetsClient(');
  });

  it('leaves the factory to a package that keeps a hand-written src/client.ts', async () => {
    const root = tree({ ...onePackage(minimalSpec), 'packages/pets/src/client.ts': '' });
    const result = await generate({ rootDir: root });
    expect(rendered(result.written)).toEqual([SCHEMA, OPERATIONS, CONTRACT]);
    expect(existsSync(join(root, CLIENT))).toBe(false);
  });

  it('is deterministic: a second run changes nothing and --check passes', async () => {
    const root = tree(onePackage(minimalSpec));
    await generate({ rootDir: root });
    const first =
      readFileSync(join(root, OPERATIONS), 'utf8') + readFileSync(join(root, SCHEMA), 'utf8');
    const again = await generate({ rootDir: root });
    expect(again.written).toEqual([]);
    expect(rendered(again.unchanged)).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
    const second =
      readFileSync(join(root, OPERATIONS), 'utf8') + readFileSync(join(root, SCHEMA), 'utf8');
    expect(second).toBe(first);
    expect((await generate({ rootDir: root, check: true })).stale).toEqual([]);
  });

  it('--check names every stale file and writes nothing', async () => {
    const root = tree(onePackage(minimalSpec));
    await generate({ rootDir: root });
    writeFileSync(join(root, 'specs/pets.yaml'), minimalSpec.replace('pets:read', 'pets:write'));
    writeFileSync(join(root, 'packages/pets/src/generated/leftover.ts'), '// old\n');
    const before = readFileSync(join(root, OPERATIONS), 'utf8');
    const result = await generate({ rootDir: root, check: true });
    expect(result.stale).toEqual([OPERATIONS, 'packages/pets/src/generated/leftover.ts']);
    expect(result.written).toEqual([]);
    expect(readFileSync(join(root, OPERATIONS), 'utf8')).toBe(before);
  });

  it('--check reports files that were never generated', async () => {
    const root = tree(onePackage(minimalSpec));
    const result = await generate({ rootDir: root, check: true });
    expect(rendered(result.stale)).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
    expect(existsSync(join(root, SCHEMA))).toBe(false);
  });

  it('a bad spec fails alone, naming its file and JSON pointer; the others still generate', async () => {
    const root = tree({
      ...onePackage(minimalSpec, 'apets'),
      ...onePackage(
        minimalSpec.replace("'#/components/schemas/Pet'", "'#/components/schemas/Cat'"),
        'zpets',
      ),
    });
    const result = await generate({ rootDir: root });
    expect(result.failures.map((failure) => failure.message)).toEqual([
      'specs/zpets.yaml#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref: unresolved $ref "#/components/schemas/Cat"',
    ]);
    expect(result.contracts.map((contract) => contract.spec)).toEqual(['specs/apets.yaml']);
    expect(existsSync(join(root, 'packages/apets/src/generated/schema.ts'))).toBe(true);
    expect(existsSync(join(root, 'packages/zpets/src/generated'))).toBe(false);
    expect(result.written.some((path) => path.startsWith('packages/zpets/'))).toBe(false);
  });

  it('a failed spec leaves its package as it was: its generated files are not called stale', async () => {
    const root = tree(onePackage(minimalSpec));
    await generate({ rootDir: root });
    writeFileSync(join(root, 'specs/pets.yaml'), 'openapi: 2.0\n');
    const result = await generate({ rootDir: root, check: true });
    expect(result.failures).toHaveLength(1);
    expect(result.stale).toEqual([]);
  });

  it('accepts .yml and .json specs; two files naming one package both fail', async () => {
    const json = JSON.stringify(parse(minimalSpec));
    const root = tree({
      'specs/ymlpets.yml': minimalSpec,
      'specs/jsonpets.json': json,
      'specs/twice.yaml': minimalSpec,
      'specs/twice.json': json,
    });
    const result = await generate({ rootDir: root });
    expect(result.contracts.map((contract) => contract.spec)).toEqual([
      'specs/jsonpets.json',
      'specs/ymlpets.yml',
    ]);
    expect(readFileSync(join(root, 'packages/ymlpets/src/generated/schema.ts'), 'utf8')).toMatch(
      /^\/\/ generated from specs\/ymlpets\.yml/,
    );
    expect(result.failures.map((failure) => failure.message)).toEqual([
      'specs/twice.json#: specs/twice.yaml also names packages/twice/: keep one',
      'specs/twice.yaml#: specs/twice.json also names packages/twice/: keep one',
    ]);
  });

  it('a spec whose file name cannot be a package name fails, saying why', async () => {
    const root = tree({ 'specs/Pet_Store.yaml': minimalSpec });
    const result = await generate({ rootDir: root });
    expect(result.failures[0]?.message).toBe(
      'specs/Pet_Store.yaml#: the file name is the package name (packages/<name>/): use lowercase letters, digits and dashes, starting with a letter',
    );
  });

  it('the repository itself is up to date (pnpm generate --check)', async () => {
    const result = await generate({ rootDir: join(import.meta.dirname, '../..'), check: true });
    expect(result.stale).toEqual([]);
  });
});
