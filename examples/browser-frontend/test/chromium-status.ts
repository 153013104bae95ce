// One line for `pnpm test` to print before the suites run: turbo shows a passing task's output
// only on failure, so this is where a skipped browser suite is said out loud.
import { CHROMIUM_PATH, chromiumInstalled, SKIPPED_MESSAGE } from './chromium.js';

console.log(chromiumInstalled() ? `browser tests: using ${CHROMIUM_PATH}` : SKIPPED_MESSAGE);
