// `pnpm lint:specs`: Redocly's lint over every spec in specs/ (redocly.yaml holds the rules and
// any per-spec exception), so that a new spec is linted without being listed anywhere.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSpecs } from './list-specs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = listSpecs(root).map((spec) => spec.file);
if (files.length === 0) {
  console.error('lint:specs: no spec in specs/ (.yaml, .yml or .json)');
  process.exit(1);
}
const redocly = join(root, 'node_modules', '.bin', 'redocly');
const run = spawnSync(redocly, ['lint', ...files], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
