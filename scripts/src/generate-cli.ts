import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractOptionsFor, prewarmContractWorker } from './contract/render-off-thread.js';
import { listSpecs } from './list-specs.js';

// Run from its source (tsx) it sits two folders below the root; bundled by `scripts/generate.mjs`
// (what `pnpm generate` runs) it sits elsewhere, and that launcher names the root.
const rootDir =
  process.env.APICLIENTS_GENERATE_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');

// A spec large enough to be planned on the contract worker (100+ operations, which no spec under
// 200 kB has come close to): the worker starts before this thread loads the generator's modules
// (TypeScript and openapi-typescript, the best part of a second), and plans it from its file
// meanwhile. What it plans is used only if the spec read here has the same stamp.
const large = listSpecs(rootDir).filter(({ file }) => statSync(join(rootDir, file)).size > 200_000);
if (large.length > 0) {
  prewarmContractWorker(
    large.map(({ file, name }) => ({
      path: join(rootDir, file),
      options: contractOptionsFor(file, name),
    })),
  );
}
const { generate } = await import('./generate.js');
const { SpecError } = await import('./spec-error.js');

try {
  const { written, stale, unchanged, kept, contracts, failures } = await generate({
    rootDir,
    check,
  });
  for (const path of written) console.log(`wrote ${path}`);
  for (const contract of contracts) {
    const share =
      contract.documented === 0 ? 100 : (100 * contract.caseCount) / contract.documented;
    console.log(
      `${contract.spec}: ${contract.caseCount} contract cases for ${contract.documented} documented (operation, status) pairs (${share.toFixed(1)} %)`,
    );
    for (const pair of contract.untested)
      console.log(
        `  untested ${pair.operationId} (${pair.method.toUpperCase()} ${pair.path}) → ${pair.status}: ${pair.reason}`,
      );
    for (const note of contract.notes) console.log(`  note: ${note}`);
  }
  // Each bad spec fails alone, named with its JSON pointer; the others were generated above.
  for (const failure of failures) console.error(`pnpm generate: ${failure.message}`);
  if (failures.length > 0) {
    console.error(
      `pnpm generate: ${failures.length} spec(s) failed and their packages were left as they were; the README table and turbo.json wait for every spec to be good`,
    );
    process.exitCode = 1;
  }
  if (check && stale.length > 0) {
    console.error(`pnpm generate --check: ${stale.length} stale file(s); run \`pnpm generate\`:`);
    for (const path of stale) console.error(`  ${path}`);
    process.exitCode = 1;
  } else {
    for (const path of stale) console.warn(`not produced by any spec (delete it?): ${path}`);
    console.log(
      `generate: ${written.length} written, ${unchanged.length} unchanged, ${kept.length} kept as their maintainers wrote them${check ? ' (check)' : ''}`,
    );
  }
} catch (error) {
  if (!(error instanceof SpecError)) throw error;
  console.error(`pnpm generate: ${error.message}`);
  process.exitCode = 1;
}
