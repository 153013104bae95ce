import { BUMPS, type Change, maxBump } from './change.js';

/** One package's result as `pnpm spec:diff` prints it: a headline, then a line per change. */
export function renderDiff(
  packageName: string,
  from: string,
  to: string,
  changes: readonly Change[],
): string {
  const bump = maxBump(changes.map((change) => change.bump));
  if (!bump) return `${packageName}: no change (${from} → ${to})`;
  const counts = [...BUMPS]
    .reverse()
    .map((level) => [level, changes.filter((change) => change.bump === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`)
    .join(', ');
  const ordered = [...BUMPS]
    .reverse()
    .flatMap((level) => changes.filter((change) => change.bump === level));
  return [
    `${packageName}: ${bump} (${counts}; ${from} → ${to})`,
    ...ordered.map(
      (change) =>
        `  ${change.bump.padEnd(5)}  ${change.operation ?? '(spec)'}  #${change.pointer}  ${change.message}`,
    ),
  ].join('\n');
}

/** The change a gate failure names: the first one demanding the bump. */
export const firstAt = (changes: readonly Change[], bump: Change['bump']) =>
  changes.find((change) => change.bump === bump);

export const renderChange = (change: Change) =>
  `${change.operation ? `${change.operation}: ` : ''}${change.message} (#${change.pointer})`;
