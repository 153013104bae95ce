// `pnpm bench [--quick] [--section NAME]…`: see README.md, "Performance". Runs against the built
// packages (packages/*/dist, resolved through their package names). Timing is judged, never
// enforced: the exit code is 0 whatever the targets, 1 only when the bench itself fails.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runBench, SECTION_NAMES } from './bench.js';
import { FULL, QUICK } from './sections.js';

// The heap section wants a real `gc`: start over under --expose-gc (same loader, same args).
// Once only: if the flag did not take, the heap section reaches `gc` through V8 instead.
if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.BENCH_CHILD) {
  const [, script = '', ...rest] = process.argv;
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, script, ...rest], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    section: { type: 'string', multiple: true },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    `usage: pnpm bench [--quick] [--section NAME]…\n  --quick    a smoke-size run (< 30 s)\n  --section  one of ${SECTION_NAMES.join(', ')} (repeatable, or comma-separated)`,
  );
  process.exit(0);
}

const sections = values.section?.flatMap((value) => value.split(',')).filter(Boolean);
try {
  await runBench({ scale: values.quick ? QUICK : FULL, sections });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
