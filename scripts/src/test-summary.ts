// Sums the vitest JSON reports of every workspace package into one line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dirs = [
  'scripts',
  ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`),
  ...(existsSync(join(root, 'examples'))
    ? readdirSync(join(root, 'examples')).map((name) => `examples/${name}`)
    : []),
];

let passed = 0;
let failed = 0;
for (const dir of dirs) {
  const report = join(root, dir, '.reports/vitest.json');
  if (!existsSync(report)) continue;
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  console.log(`${dir.padEnd(24)} ${numPassedTests} passed, ${numFailedTests} failed`);
  passed += numPassedTests;
  failed += numFailedTests;
}
// A failing step that is not a test (lint, typecheck, a suite that crashed) still counts.
const extraFailures = Number(process.argv[2] ?? 0);
console.log(`${passed} passed, ${failed + extraFailures} failed`);
