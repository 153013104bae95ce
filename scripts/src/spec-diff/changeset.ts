import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Bump, bumpRank, type Change, maxBump } from './change.js';
import type { SpecPackage } from './load.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The pending changesets' bumps per package: `.changeset/*.md` but its README. */
export function pendingBumps(rootDir: string): Map<string, { bump: Bump; files: string[] }> {
  const dir = join(rootDir, '.changeset');
  const bumps = new Map<string, { bump: Bump; files: string[] }>();
  if (!existsSync(dir)) return bumps;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue;
    const header = FRONT_MATTER.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    let releases: Record<string, unknown> | null = null;
    try {
      releases = header ? (parse(header) as Record<string, unknown> | null) : null;
    } catch (error) {
      throw new Error(
        `.changeset/${file}: unreadable front matter (${(error as Error).message.split('\n')[0]})`,
      );
    }
    for (const [name, value] of Object.entries(releases ?? {})) {
      if (value !== 'major' && value !== 'minor' && value !== 'patch') continue;
      const entry = bumps.get(name);
      bumps.set(name, {
        bump: maxBump([value, ...(entry ? [entry.bump] : [])]) ?? value,
        files: [...(entry?.files ?? []), `.changeset/${file}`],
      });
    }
  }
  return bumps;
}

const HEADINGS: Record<Bump, string> = {
  major: 'Breaking changes',
  minor: 'New',
  patch: 'Documentation',
};

/**
 * The change list in a user's words: a change shared by many operations (a component schema
 * they all use) is one line naming them, not one line each.
 */
export function describeChanges(changes: readonly Change[]): string {
  const sections: string[] = [];
  for (const bump of ['major', 'minor', 'patch'] as const) {
    const byMessage = new Map<string, string[]>();
    for (const change of changes.filter((item) => item.bump === bump)) {
      const operations = byMessage.get(change.message) ?? [];
      if (change.operation && !operations.includes(change.operation))
        operations.push(change.operation);
      byMessage.set(change.message, operations);
    }
    if (byMessage.size === 0) continue;
    const lines = [...byMessage].map(([message, operations]) => {
      if (operations.length === 0) return `- ${message}`;
      const names =
        operations.length <= 3
          ? operations.map((name) => `\`${name}\``).join(', ')
          : `${operations.length} operations`;
      return `- ${names}: ${message}`;
    });
    sections.push(`${HEADINGS[bump]}:\n\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}

export interface WrittenChangeset {
  readonly path: string;
  readonly bump: Bump;
  readonly status: 'written' | 'updated' | 'unchanged';
}

/**
 * Writes `.changeset/<name>-spec-<hash>.md`, the hash being the short git blob id of the spec the
 * change starts from: running again for the same change finds the same file. An existing file
 * keeps its bump when a maintainer raised it (never lowered: the gate would refuse it anyway);
 * its change list is rewritten to the current diff.
 */
export function writeChangeset(
  rootDir: string,
  pkg: SpecPackage,
  baseHash: string,
  changes: readonly Change[],
): WrittenChangeset | undefined {
  const computed = maxBump(changes.map((change) => change.bump));
  if (!computed) return undefined;
  const path = `.changeset/${pkg.name}-spec-${baseHash.slice(0, 7)}.md`;
  const absolute = join(rootDir, path);
  const existing = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  const header = existing ? FRONT_MATTER.exec(existing)?.[1] : undefined;
  const raised = header
    ? (parse(header) as Record<string, unknown> | null)?.[pkg.packageName]
    : undefined;
  const bump =
    typeof raised === 'string' && bumpRank(raised as Bump) > bumpRank(computed)
      ? (raised as Bump)
      : computed;
  const content = [
    '---',
    `"${pkg.packageName}": ${bump}`,
    '---',
    '',
    `Regenerated from a changed \`${pkg.specPath}\`.`,
    '',
    describeChanges(changes),
    '',
  ].join('\n');
  if (existing === content) return { path, bump, status: 'unchanged' };
  writeFileSync(absolute, content);
  return { path, bump, status: existing ? 'updated' : 'written' };
}
