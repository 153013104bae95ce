// `tsx scripts/src/bench/generate-speed.ts <spec> [--runs N]`: how long `pnpm generate` takes on
// one spec (load, types, runtime data, contract test: `generatePackage`) next to
// openapi-typescript alone on the same file (its CLI's work: read, parse, bundle, types, print).
// Medians of N runs after one warm-up each, alternating, in this one process (ours plans the
// contract on a worker thread while the types are made). Prints both and their ratio; the target
// is ours ≤ 1.2 × openapi-typescript. Judged, never enforced: exit 0.
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { planContract } from '../contract/plan-cases.js';
import { generatePackage } from '../generate.js';
import { loadSpec } from '../load-spec.js';
import { renderSchema } from '../render.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' } },
});
const [specArg] = positionals;
if (!specArg) {
  console.error('usage: tsx scripts/src/bench/generate-speed.ts <spec.yaml|json> [--runs N]');
  process.exit(2);
}
const file = resolve(specArg);
const runs = Math.max(1, Number(values.runs));
const name = basename(file).replace(/\.(ya?ml|json)$/, '');

const time = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};
const ours = () => generatePackage(file, `specs/${name}.yaml`, name);
const theirs = async () => astToString(await openapiTS(pathToFileURL(file), { silent: true }));
const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

await ours();
await theirs();
const oursMs: number[] = [];
const theirsMs: number[] = [];
for (let run = 0; run < runs; run++) {
  oursMs.push(await time(ours));
  theirsMs.push(await time(theirs));
}
const a = median(oursMs);
const b = median(theirsMs);
const ratio = a / b;
console.log(`${basename(file)} (${(statSync(file).size / 1e6).toFixed(2)} MB), median of ${runs}:`);
console.log(`  pnpm generate (this spec):  ${a.toFixed(0)} ms`);
console.log(`  openapi-typescript alone:   ${b.toFixed(0)} ms`);
console.log(`  ratio ${ratio.toFixed(2)} × (target ≤ 1.20 ×: ${ratio <= 1.2 ? 'met' : 'not met'})`);
// Where ours goes, once more, step by step, each step run once before it is timed: generatePackage
// plans the contract on a worker thread (while the types are made), so this thread's JIT has not
// warmed up to planning yet, and a first cold plan would be timed instead.
let spec = await loadSpec(file);
await renderSchema(spec, 'x');
planContract(spec);
const parts = {
  load: await time(async () => {
    spec = await loadSpec(file);
  }),
  types: await time(() => renderSchema(spec, 'x')),
  contract: await time(async () => planContract(spec)),
};
console.log(
  `  of which: load ${parts.load.toFixed(0)} ms, types ${parts.types.toFixed(0)} ms, contract planning ${parts.contract.toFixed(0)} ms (a worker thread's, while the types are made)`,
);
