// The demo's fleet step: several worker processes, each with its own Hashrails client and Redis
// connection, sharing one redis-server through @apiclients/redis-store. The fleet, its worker
// and the token + API stand-in are the redis-store fleet tests' own (packages/redis-store/test/fleet).
import { startFleet, total } from '../../../packages/redis-store/test/fleet/fleet.js';
import { startFleetApi, TOKEN_PATH } from '../../../packages/redis-store/test/fleet/fleet-api.js';
import {
  REDIS_SERVER,
  redisInstalled,
  startRedisServer,
} from '../../../packages/redis-store/test/support/redis-server.js';
import { detail, plural } from './print.js';
import type { Step } from './tour.js';

const PROCESSES = 4;
const CALLS = 25;
const CLIENT = { clientId: 'demo-client-id', clientSecret: 'demo-client-secret' };

export function fleetStep(): Step {
  return {
    title: `A fleet: ${PROCESSES} processes sharing one Redis issue one token (@apiclients/redis-store)`,
    code: [
      {
        file: 'packages/redis-store/test/fleet/worker.ts',
        symbol: 'handle',
        what: 'each process: a Hashrails client whose store is createRedisStore on its own connection',
      },
      {
        file: 'packages/redis-store/src/create-redis-store.ts',
        symbol: 'createRedisStore',
        what: 'the TokenStore on a Redis client: every process reads and writes the same token key',
      },
      {
        file: 'packages/redis-store/src/lease.ts',
        symbol: 'createLease',
        what: 'withLease: one process issues while the others wait for its token',
      },
      {
        file: 'scripts/src/demo/fleet.ts',
        symbol: 'fleetStep',
        what: 'starts redis-server, the stand-in and the processes, then counts',
      },
    ],
    async run() {
      if (!redisInstalled()) {
        detail(
          `skipped: no ${REDIS_SERVER} on PATH (Debian: apt-get install -y redis-server), so no fleet to show`,
        );
        return;
      }
      const [server, api, fleet] = await Promise.all([
        startRedisServer(),
        startFleetApi({ [CLIENT.clientId]: CLIENT.clientSecret }),
        startFleet(PROCESSES),
      ]);
      try {
        detail(
          `redis-server on ${server.url} (no persistence), a Hashrails stand-in on ${api.url}`,
        );
        await fleet.setup({
          flavor: 'node-redis',
          redisUrl: server.url,
          apiUrl: api.url,
          ...CLIENT,
        });
        const pids = fleet.alive().map((worker) => worker.child.pid);
        const tally = total(await fleet.all({ type: 'burst', calls: CALLS }));
        const ok = tally.statuses[200] ?? 0;
        const tokenRequests = api.seen.filter((request) => request.path === TOKEN_PATH).length;
        detail(
          `${PROCESSES} processes (pids ${pids.join(', ')}) × ${CALLS} concurrent cold calls → ${ok} × 200`,
        );
        detail(
          `  (cold: no token anywhere yet; ${ok} of the ${PROCESSES * CALLS} calls answered 200)`,
        );
        detail(
          `POST ${TOKEN_PATH} at the provider: × ${tokenRequests} (client_id + client_secret in the JSON body)`,
        );
        detail(
          'each process asked Redis for the token, found none, and called withLease: one took the',
        );
        detail(
          'lease (SET NX PX) and issued; the others polled the token key and got its token, stored',
        );
        detail(
          `before the lease was released. Without a shared store: one token per process, ${PROCESSES} here.`,
        );
        await fleet.teardown();
        if (ok !== PROCESSES * CALLS || tokenRequests !== 1)
          throw new Error(
            `expected ${PROCESSES * CALLS} × 200 and one token request; saw ${ok} × 200 and ${plural(tokenRequests, 'token request')}`,
          );
      } finally {
        await fleet.stop();
        await api.close();
        await server.stop();
      }
    },
  };
}
