import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LoadedSpec } from '../load-spec.js';
import { parseText, readWorkingSpec, type SpecPackage, type SpecText } from './load.js';

/*
 * The released baseline: the spec a package's current version was released from, committed as
 * packages/<name>/spec.released.yaml. `pnpm version-packages` writes it right after
 * `changeset version` bumps the package, so a release and its baseline land in one commit.
 *
 * Why a committed file and not "the spec at the commit of the last version bump": the gate must
 * work on a fresh clone with nothing but the working tree, and CI clones shallow (depth 1),
 * where that commit is simply not there; finding it also means trusting that version bumps are
 * recognisable in history. A file in the tree needs no history at all. It holds the spec as
 * loaded (parsed and checked), so it survives the spec later being split across files.
 */
export const baselinePath = (pkg: SpecPackage) => `${pkg.packageDir}/spec.released.yaml`;

const HEADER = /^# The spec (@?[^@\s]+)@(\S+) was released from\b/;

export interface Baseline {
  readonly version: string;
  readonly spec: SpecText;
}

export function readBaseline(rootDir: string, pkg: SpecPackage): Baseline | undefined {
  const path = join(rootDir, baselinePath(pkg));
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const version = HEADER.exec(text)?.[2];
  if (!version)
    throw new Error(
      `${baselinePath(pkg)}: no "# The spec <package>@<version> was released from" header`,
    );
  return { version, spec: { text, label: baselinePath(pkg) } };
}

const packageVersion = (rootDir: string, pkg: SpecPackage) =>
  String(
    (
      JSON.parse(readFileSync(join(rootDir, pkg.packageDir, 'package.json'), 'utf8')) as {
        version?: string;
      }
    ).version,
  );

export function renderBaseline(pkg: SpecPackage, version: string, spec: LoadedSpec): string {
  return [
    `# The spec ${pkg.packageName}@${version} was released from: \`pnpm test\` compares`,
    `# ${pkg.specPath} with it and asks for a changeset when they differ.`,
    '# Written by `pnpm version-packages` (scripts/src/spec-diff/baseline.ts); do not edit.',
    stringify(spec.document, { aliasDuplicateObjects: false, lineWidth: 0 }),
  ].join('\n');
}

/**
 * Records the baseline of every package whose version moved since its baseline was written (or
 * that has none): those are the packages `changeset version` just released.
 */
export function recordBaselines(rootDir: string, packages: readonly SpecPackage[]): string[] {
  const written: string[] = [];
  for (const pkg of packages) {
    if (!existsSync(join(rootDir, pkg.packageDir, 'package.json'))) continue;
    const version = packageVersion(rootDir, pkg);
    if (readBaseline(rootDir, pkg)?.version === version) continue;
    const spec = parseText(readWorkingSpec(rootDir, pkg.specPath));
    writeFileSync(join(rootDir, baselinePath(pkg)), renderBaseline(pkg, version, spec));
    written.push(baselinePath(pkg));
  }
  return written;
}
