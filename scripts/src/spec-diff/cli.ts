// pnpm spec:diff [--base <git rev>|released] [--changeset]  what the specs' changes do to users
// pnpm spec:diff <before.yaml> <after.yaml>                two spec files, no package involved
// pnpm spec:diff --gate                                    the check `pnpm test` runs
// pnpm spec:diff --record-baselines                        what `pnpm version-packages` runs
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBaseline, recordBaselines } from './baseline.js';
import { writeChangeset } from './changeset.js';
import { diffSpecs } from './diff.js';
import { runGate } from './gate.js';
import {
  blobHash,
  listSpecPackages,
  parseText,
  readSpecAt,
  readWorkingSpec,
  type SpecText,
} from './load.js';
import { renderDiff } from './render.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'HEAD' },
    changeset: { type: 'boolean', default: false },
    gate: { type: 'boolean', default: false },
    'record-baselines': { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});
const rootDir = values.root
  ? resolve(values.root)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function main(): number {
  if (values.gate) {
    const { ok, lines } = runGate(rootDir);
    for (const line of lines) (ok ? console.log : console.error)(`spec gate: ${line}`);
    return ok ? 0 : 1;
  }
  if (values['record-baselines']) {
    const written = recordBaselines(rootDir, listSpecPackages(rootDir));
    for (const path of written) console.log(`recorded ${path}`);
    if (written.length === 0)
      console.log('spec baselines: every package is at its recorded version');
    return 0;
  }
  if (positionals.length === 2) {
    const [before, after] = positionals.map(
      (path): SpecText => ({ text: readFileSync(path, 'utf8'), label: path }),
    );
    const changes = diffSpecs(
      parseText(before as SpecText).document,
      parseText(after as SpecText).document,
    );
    console.log(renderDiff('spec', String(positionals[0]), String(positionals[1]), changes));
    return 0;
  }
  if (positionals.length > 0) throw new Error('expected two spec files, or none');

  const base = values.base;
  for (const pkg of listSpecPackages(rootDir)) {
    const after = readWorkingSpec(rootDir, pkg.specPath);
    const before =
      base === 'released'
        ? readBaseline(rootDir, pkg)?.spec
        : readSpecAt(rootDir, base, pkg.specPath);
    if (!before) {
      console.log(`${pkg.packageName}: new spec, nothing at ${base} to compare with`);
      continue;
    }
    const changes = diffSpecs(parseText(before).document, parseText(after).document);
    console.log(renderDiff(pkg.packageName, before.label, after.label, changes));
    if (values.changeset) {
      const written = writeChangeset(rootDir, pkg, blobHash(before.text), changes);
      if (written) console.log(`  ${written.status} ${written.path} (${written.bump})`);
    }
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Every failure here is the maintainer's to fix (a bad spec, an unknown revision, a malformed
  // changeset or baseline): one line naming it, no stack.
  if (!(error instanceof Error)) throw error;
  console.error(`pnpm spec:diff: ${error.message}`);
  process.exitCode = 1;
}
