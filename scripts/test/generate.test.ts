import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('generate', () => {
  it('writes schema.ts, operations.ts and client.ts with a do-not-edit header', async () => {
    const root = tree(onePackage(minimalSpec));
    const result = await generate({ rootDir: root });
    expect(result.written).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
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
    expect(result.written).toEqual([SCHEMA, OPERATIONS, CONTRACT]);
    expect(existsSync(join(root, CLIENT))).toBe(false);
  });

  it('is deterministic: a second run changes nothing and --check passes', async () => {
    const root = tree(onePackage(minimalSpec));
    await generate({ rootDir: root });
    const first =
      readFileSync(join(root, OPERATIONS), 'utf8') + readFileSync(join(root, SCHEMA), 'utf8');
    const again = await generate({ rootDir: root });
    expect(again.written).toEqual([]);
    expect(again.unchanged).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
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
    expect(result.stale).toEqual([SCHEMA, OPERATIONS, CLIENT, CONTRACT]);
    expect(existsSync(join(root, SCHEMA))).toBe(false);
  });

  it('writes nothing at all when any spec is bad', async () => {
    const root = tree({
      ...onePackage(minimalSpec, 'apets'),
      ...onePackage(
        minimalSpec.replace("'#/components/schemas/Pet'", "'#/components/schemas/Cat'"),
        'zpets',
      ),
    });
    await expect(generate({ rootDir: root })).rejects.toThrow(
      'specs/zpets.yaml#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref: unresolved $ref "#/components/schemas/Cat"',
    );
    expect(existsSync(join(root, 'packages/apets/src/generated'))).toBe(false);
  });

  it('fails naming the spec when its package does not exist', async () => {
    const root = tree({ 'specs/ghost.yaml': minimalSpec });
    await expect(generate({ rootDir: root })).rejects.toThrow(
      'specs/ghost.yaml#: no package at packages/ghost/ to generate into',
    );
  });

  it('the repository itself is up to date (pnpm generate --check)', async () => {
    const result = await generate({ rootDir: join(import.meta.dirname, '../..'), check: true });
    expect(result.stale).toEqual([]);
  });
});
