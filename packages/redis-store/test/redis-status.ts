// One line for `pnpm test` to print before the suites run: turbo shows a passing task's output
// only on failure, so this is where a skipped Redis suite is said out loud.
import { REDIS_SERVER, redisInstalled, SKIPPED_MESSAGE } from './support/redis-server.js';

console.log(redisInstalled() ? `Redis tests: using ${REDIS_SERVER}` : SKIPPED_MESSAGE);
