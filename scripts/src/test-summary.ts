// Sums the vitest JSON reports of every workspace package into one line, "N passed, N failed",
// prints how many contract cases ran per provider next to the pairs its spec documents, and
// repeats every suite a package skipped for want of a service (its .reports/skipped.txt, written
// by its vitest config), so that a skip is said at the end of `pnpm test`, not only in passing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planContract } from './contract/plan-cases.js';
import { findSpec } from './list-specs.js';
import { loadSpec } from './load-spec.js';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const list = (dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}`) : [];
const dirs = ['scripts', ...list('packages'), ...list('examples')];

let passed = 0;
let failed = 0;
const contract: string[] = [];
const untested: string[] = [];
const skipped: string[] = [];
for (const dir of dirs) {
  const reports = join(root, dir, '.reports');
  if (!existsSync(reports)) continue;
  const skip = join(reports, 'skipped.txt');
  if (existsSync(skip)) skipped.push(...readFileSync(skip, 'utf8').trim().split('\n'));
  // vitest.json is the README's test run; vitest-node22.json and the like, the Node matrix.
  for (const file of readdirSync(reports)
    .filter((name) => /^vitest.*\.json$/.test(name))
    .sort()) {
    const report = JSON.parse(readFileSync(join(reports, file), 'utf8')) as Report;
    const label = `${dir}${file === 'vitest.json' ? '' : ` (${file.slice(7, -5)})`}`;
    console.log(
      `${label.padEnd(32)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    const name = dir.split('/')[1] ?? '';
    const spec = dir.startsWith('packages/') ? findSpec(root, name) : undefined;
    if (file !== 'vitest.json' || !spec) continue;
    const ran = report.testResults
      .filter((result) => result.name.endsWith('contract.gen.test.ts'))
      .flatMap((result) => result.assertionResults)
      .filter((test) => test.status === 'passed' || test.status === 'failed').length;
    const plan = planContract(await loadSpec(join(root, spec.file), spec.file));
    contract.push(`${name} ${ran} of ${plan.documented}`);
    for (const pair of plan.untested)
      untested.push(
        `UNTESTED: ${name} ${pair.operationId} (${pair.method.toUpperCase()} ${pair.path}) → ${pair.status}: ${pair.reason}`,
      );
  }
}
if (contract.length > 0)
  console.log(
    `contract cases run (of the spec's documented operation x status pairs): ${contract.join(', ')}`,
  );
for (const line of untested) console.log(line);
for (const line of skipped) console.log(`SKIPPED: ${line}`);
// A failing step that is not a test (lint, typecheck, a suite that crashed) still counts.
const extraFailures = Number(process.argv[2] ?? 0);
console.log(`${passed} passed, ${failed + extraFailures} failed`);
