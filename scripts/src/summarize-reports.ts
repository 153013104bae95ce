// What the vitest reports under a checkout add up to, line by line: each package's counts, the
// contract cases run per provider, the untested pairs, the suites skipped for want of a service
// (each package's .reports/skipped.json, written by its vitest config), and the closing lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planContract } from './contract/plan-cases.js';
import { findSpec } from './list-specs.js';
import { loadSpec } from './load-spec.js';
import { closingLines, parseSkipped, type SkippedSuite } from './summary-lines.js';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

/**
 * The summary of the reports under `root`, line by line. `failedSteps`: `.ci/run`'s count of
 * failed steps that are not tests (lint, typecheck, a suite that crashed); given, the output is
 * CI's (see closingLines).
 */
export async function summarize(root: string, failedSteps?: string): Promise<string[]> {
  const list = (dir: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}`) : [];
  const dirs = ['scripts', ...list('packages'), ...list('examples')];
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  const contract: string[] = [];
  const untested: string[] = [];
  const skipped: SkippedSuite[] = [];
  const broken: string[] = [];
  for (const dir of dirs) {
    const reports = join(root, dir, '.reports');
    if (!existsSync(reports)) continue;
    const skip = join(reports, 'skipped.json');
    // A record the summary cannot read would hide a skip: it counts as a failure.
    if (existsSync(skip))
      try {
        skipped.push(...parseSkipped(readFileSync(skip, 'utf8'), `${dir}/.reports/skipped.json`));
      } catch (error) {
        broken.push((error as Error).message);
      }
    // vitest.json is the README's test run; vitest-node22.json and the like, the Node matrix.
    for (const file of readdirSync(reports)
      .filter((name) => /^vitest.*\.json$/.test(name))
      .sort()) {
      const report = JSON.parse(readFileSync(join(reports, file), 'utf8')) as Report;
      const label = `${dir}${file === 'vitest.json' ? '' : ` (${file.slice(7, -5)})`}`;
      lines.push(
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
    lines.push(
      `contract cases run (of the spec's documented operation x status pairs): ${contract.join(', ')}`,
    );
  lines.push(...untested);
  lines.push(...skipped.map(({ message }) => `SKIPPED: ${message.replace(/^SKIPPED /, '')}`));
  lines.push(...broken.map((message) => `FAILED: ${message}`));
  const totals = {
    passed,
    failed: failed + broken.length + Number(failedSteps ?? 0),
    skipped,
  };
  lines.push(...closingLines(totals, failedSteps !== undefined));
  return lines;
}
