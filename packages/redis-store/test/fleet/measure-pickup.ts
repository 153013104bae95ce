// How soon a waiter picks up the lease holder's token: the store's polling (25, 50, 100, then
// every 200 ms) against pub/sub (a PUBLISH after the SET, a subscriber on a duplicate
// connection). Not a test: `npx tsx test/fleet/measure-pickup.ts` (needs redis-server).
import type { StoredToken } from '@apiclients/auth-session';
import { createClient } from 'redis';
import { createRedisStore } from '../../src/index.js';
import { startRedisServer } from '../support/redis-server.js';

const server = await startRedisServer();
const connect = async () => {
  const client = createClient({ url: server.url });
  client.on('error', () => {});
  await client.connect();
  return client;
};
const [a, b, subscriber] = await Promise.all([connect(), connect(), connect()]);
const holder = createRedisStore({ client: a });
const waiter = createRedisStore({ client: b });
const token = (): StoredToken => ({
  accessToken: crypto.randomUUID(),
  issuedAt: Date.now(),
  expiresAt: Date.now() + 60_000,
});
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = new AbortController().signal;
const stats = (ms: number[]) => {
  const sorted = [...ms].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5)?.toFixed(1)} ms, p90 ${at(0.9)?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
};

for (const issueMs of [20, 100, 300, 1000]) {
  const polling: number[] = [];
  const pubsub: number[] = [];
  for (let round = 0; round < 15; round++) {
    const key = `poll-${issueMs}-${round}`;
    let stored = 0;
    const holding = holder.withLease(
      key,
      async () => {
        await delay(issueMs);
        return token();
      },
      never,
    );
    // The holder stores, then releases: `stored` is when its withLease settles, minus the release.
    holding.then(() => {
      stored = performance.now();
    });
    await delay(2);
    await waiter.withLease(key, async () => token(), never);
    const picked = performance.now();
    await holding;
    polling.push(Math.max(0, picked - stored));

    // Pub/sub: the holder publishes after its SET; the waiter's subscriber hears it.
    const channel = `done:${key}`;
    let heard = 0;
    await subscriber.subscribe(channel, () => {
      heard = performance.now();
    });
    await delay(issueMs);
    await a.set(`apiclients:token:${channel}`, 'x');
    const published = performance.now();
    await a.publish(channel, '1');
    while (!heard) await delay(0);
    pubsub.push(heard - published);
    await subscriber.unsubscribe(channel);
  }
  console.log(`issuance ${issueMs} ms: polling ${stats(polling)} | pub/sub ${stats(pubsub)}`);
}
await Promise.all([a.quit(), b.quit(), subscriber.quit()]);
await server.stop();
