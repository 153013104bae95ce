import { readBaseline } from './baseline.js';
import { type Bump, bumpRank, type Change, maxBump } from './change.js';
import { pendingBumps } from './changeset.js';
import { diffSpecs } from './diff.js';
import { listSpecPackages, parseText, readWorkingSpec } from './load.js';
import { firstAt, renderChange } from './render.js';

export interface GateResult {
  readonly ok: boolean;
  /** One line per package; a failing package adds the change that demands the bump. */
  readonly lines: string[];
}

/**
 * Each spec against the one its package was last released from: whatever changed must be
 * covered by pending changesets bumping that package at least as much as the diff demands.
 */
export function runGate(rootDir: string): GateResult {
  const pending = pendingBumps(rootDir);
  const lines: string[] = [];
  let ok = true;
  for (const pkg of listSpecPackages(rootDir)) {
    const baseline = readBaseline(rootDir, pkg);
    if (!baseline) {
      lines.push(
        `${pkg.packageName}: never released (no ${pkg.packageDir}/spec.released.yaml), not gated`,
      );
      continue;
    }
    const changes: Change[] = diffSpecs(
      parseText(baseline.spec).document,
      parseText(readWorkingSpec(rootDir, pkg.specPath)).document,
    );
    const required = maxBump(changes.map((change) => change.bump));
    const covered: Bump | undefined = pending.get(pkg.packageName)?.bump;
    if (!required) {
      lines.push(
        `${pkg.packageName}: ${pkg.specPath} is the spec ${baseline.version} was released from`,
      );
      continue;
    }
    if (bumpRank(covered) >= bumpRank(required)) {
      lines.push(
        `${pkg.packageName}: ${pkg.specPath} changed since ${baseline.version} (${required}); covered by a pending ${covered} changeset`,
      );
      continue;
    }
    ok = false;
    const first = firstAt(changes, required) as Change;
    const files = pending.get(pkg.packageName)?.files.join(', ');
    lines.push(
      `${pkg.packageName}: ${pkg.specPath} changed since ${baseline.version} was released and needs a ${required} changeset; ${covered ? `the pending ones (${files}) bump it ${covered} at most` : 'none is pending'}`,
      `  first ${required} change: ${renderChange(first)}`,
      '  write it: npx -y pnpm@10 spec:diff --base released --changeset',
    );
  }
  return { ok, lines };
}
