// The specs in `specs/`: one client package per file, named after it (`specs/<name>.yaml` →
// `packages/<name>/`). Everything that needs "every provider" asks here, so that a new spec needs
// no edit anywhere else. Files in sub-folders are parts of a multi-file spec (reached through an
// external `$ref`), never specs of their own.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SPEC_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
const SPEC_PATTERN = /\.(ya?ml|json)$/;

export interface SpecEntry {
  /** The package name: the file name without its extension. */
  readonly name: string;
  /** Relative to the root, with forward slashes, e.g. `specs/hashrails.yaml`. */
  readonly file: string;
}

/** Every spec file in `<rootDir>/specs`, by file name. Two files may share a name: see `generate`. */
export function listSpecs(rootDir: string): SpecEntry[] {
  const dir = join(rootDir, 'specs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && SPEC_PATTERN.test(entry.name))
    .map((entry) => ({ name: entry.name.replace(SPEC_PATTERN, ''), file: `specs/${entry.name}` }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The spec a package is generated from, if any (the first by file name). */
export function findSpec(rootDir: string, name: string): SpecEntry | undefined {
  return listSpecs(rootDir).find((spec) => spec.name === name);
}

/** The file name without its spec extension: `pet.store.json` → `pet.store`. */
export const specBaseName = (fileName: string) => fileName.replace(SPEC_PATTERN, '');
