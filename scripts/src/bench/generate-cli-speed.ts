// `tsx scripts/src/bench/generate-cli-speed.ts <checkout> <spec> [--runs N]`: the user's view of
// `generate-speed.ts`. Whole processes, cold, each run a fresh `node`: `pnpm generate`'s command
// (`node scripts/generate.mjs`) in `<checkout>`, a clone of this repository
// with `<spec>` dropped into its `specs/` (it generates every spec there: the clone may keep only
// that one), against openapi-typescript's own CLI on `<spec>` from an empty folder (so that no
// Redocly config of ours is picked up). Runs alternate; medians of N (default 5) after one
// warm-up each (the disk cache and tsx's transform cache). Judged, never enforced: exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' } },
});
const [checkoutArg, specArg] = positionals;
if (!checkoutArg || !specArg) {
  console.error(
    'usage: tsx scripts/src/bench/generate-cli-speed.ts <checkout with the spec in specs/> <spec> [--runs N]',
  );
  process.exit(2);
}
const checkout = resolve(checkoutArg);
const spec = resolve(specArg);
const runs = Math.max(1, Number(values.runs));
const cli = join(
  dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')),
  'bin/cli.js',
);
const empty = mkdtempSync(join(tmpdir(), 'ots-'));

const timed = (args: string[], cwd: string) => {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${run.stderr}`);
  return ms;
};
const ours = () => timed(['scripts/generate.mjs'], checkout);
const theirs = () => timed([cli, spec, '-o', join(empty, 'schema.ts')], empty);

try {
  ours();
  theirs();
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    oursMs.push(ours());
    theirsMs.push(theirs());
  }
  const a = median(oursMs);
  const b = median(theirsMs);
  console.log(`${specArg}, whole processes, median of ${runs}:`);
  console.log(`  pnpm generate (${checkoutArg}):  ${a.toFixed(0)} ms`);
  console.log(`  openapi-typescript CLI:        ${b.toFixed(0)} ms`);
  console.log(
    `  ratio ${(a / b).toFixed(2)} × (target ≤ 1.20 ×: ${a / b <= 1.2 ? 'met' : 'not met'})`,
  );
} finally {
  rmSync(empty, { recursive: true, force: true });
}
