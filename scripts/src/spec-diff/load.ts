import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSpecs } from '../list-specs.js';
import { type LoadedSpec, parseSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';

/** One spec and the package generated from it: specs/<name>.yaml (.yml, .json) ↔ packages/<name>. */
export interface SpecPackage {
  readonly name: string;
  /** `specs/<name>.yaml` (or .yml, .json), relative to the root. */
  readonly specPath: string;
  /** `@apiclients/<name>`, read from the package's package.json. */
  readonly packageName: string;
  readonly packageDir: string;
}

/** Every spec in specs/, with the package it generates; the list is never written down elsewhere. */
export function listSpecPackages(rootDir: string): SpecPackage[] {
  if (!existsSync(join(rootDir, 'specs'))) throw new SpecError('specs/', '', 'no specs directory');
  return listSpecs(rootDir).map(({ name, file }) => {
    const packageDir = `packages/${name}`;
    const manifest = join(rootDir, packageDir, 'package.json');
    const packageName = existsSync(manifest)
      ? String((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name)
      : `@apiclients/${name}`;
    return { name, specPath: file, packageName, packageDir };
  });
}

/** A spec's text with where it came from, so messages and changeset names can say so. */
export interface SpecText {
  readonly text: string;
  /** `specs/x.yaml`, `specs/x.yaml@HEAD`, `packages/x/spec.released.yaml`. */
  readonly label: string;
}

export const parseText = ({ text, label }: SpecText): LoadedSpec => parseSpec(text, label);

/** Git's blob id of a text: the short form names a changeset after the spec a change starts from. */
export const blobHash = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');

export function readWorkingSpec(rootDir: string, specPath: string): SpecText {
  return { text: readFileSync(join(rootDir, specPath), 'utf8'), label: specPath };
}

const git = (rootDir: string, args: string[]) =>
  execFileSync('git', args, {
    cwd: rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });

/** The spec as it was at `revision`; undefined when it did not exist there. */
export function readSpecAt(
  rootDir: string,
  revision: string,
  specPath: string,
): SpecText | undefined {
  try {
    git(rootDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new Error(`unknown git revision ${JSON.stringify(revision)}`);
  }
  try {
    return {
      text: git(rootDir, ['show', `${revision}:${specPath}`]),
      label: `${specPath}@${revision}`,
    };
  } catch {
    return undefined;
  }
}
