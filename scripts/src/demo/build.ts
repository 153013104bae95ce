// `pnpm demo`'s build step: `turbo run build`, quiet unless it fails (see build-quietly.ts).
import { join } from 'node:path';
import { buildReport, runQuietly } from './build-quietly.js';
import { REPO_ROOT } from './targets.js';

const args = ['run', 'build', '--output-logs=errors-only'];
const command = `turbo ${args.join(' ')}`;
try {
  const run = await runQuietly(join(REPO_ROOT, 'node_modules/.bin/turbo'), args, REPO_ROOT);
  const report = buildReport(command, run);
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  process.exitCode = report.exitCode;
} catch (error) {
  console.error(
    `✗ build failed: could not start ${command} (${(error as Error).message}); run \`npx -y pnpm@10 install\` first`,
  );
  process.exitCode = 1;
}
