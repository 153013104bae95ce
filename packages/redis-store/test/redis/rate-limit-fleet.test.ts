// A shared rate limit across real OS processes: 4 Volubile clients, each its own process and
// Redis connection, `rateLimit` on, one account. The API stand-in answers 429 to any request
// that would be the limit + 1st in its trailing window, and records every arrival: the fleet
// must never be refused, and no window may ever hold more than the limit.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fleet, startFleet, total } from '../fleet/fleet.js';
import { cli } from '../support/redis-cli.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';

const PROCESSES = 4;

async function limitedApi(limit: number, windowMs: number) {
  const arrivals: number[] = [];
  let refused = 0;
  const server: Server = createServer((request, response) => {
    const now = performance.now();
    const inWindow = arrivals.filter((at) => at > now - windowMs).length;
    if (inWindow >= limit) {
      refused++;
      response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      response.end('{"error":"RATE_LIMIT_EXCEEDED"}');
      return;
    }
    arrivals.push(now);
    response.writeHead(200, {
      'content-type': 'application/json',
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(limit - inWindow - 1),
    });
    response.end(JSON.stringify({ content: [], owner: request.headers['x-api-key'] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    refused: () => refused,
    /** The most arrivals any window of `windowMs` held. */
    busiest: () =>
      Math.max(
        0,
        ...arrivals.map((at) => arrivals.filter((t) => t >= at && t < at + windowMs).length),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let redis: RedisServer;
let fleet: Fleet;
beforeAll(async () => {
  // Each kept as soon as it is up: if the other fails to start, afterAll still stops this one.
  const started = await Promise.allSettled([
    startRedisServer().then((up) => (redis = up)),
    startFleet(PROCESSES).then((up) => (fleet = up)),
  ]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
}, 60_000);
afterAll(async () => {
  await fleet?.stop();
  await redis?.stop();
});

// The numbers through node-redis (Volubile's own limit, `rateLimit: true`: 400 calls take
// about 46 s); the same code through ioredis at a smaller scale.
describe.each([
  { flavor: 'node-redis', limit: 100, perSeconds: 15, rateLimit: true as const },
  { flavor: 'ioredis', limit: 20, perSeconds: 3, rateLimit: { requests: 20, perSeconds: 3 } },
])('$flavor: $limit requests per $perSeconds s, shared by 4 processes', (scenario) => {
  it(`4 processes × ${scenario.limit} calls: never more than the limit in any window, never a 429`, async () => {
    cli(redis.port, 'FLUSHALL');
    const api = await limitedApi(scenario.limit, scenario.perSeconds * 1000);
    try {
      await fleet.setup({
        flavor: scenario.flavor,
        redisUrl: redis.url,
        apiUrl: api.url,
        clientId: 'account',
        clientSecret: 'vk_live_fleet_account_key',
        volubileRateLimit: scenario.rateLimit,
      });
      const tally = total(await fleet.all({ type: 'burst', calls: scenario.limit }));
      expect(tally.errors).toEqual([]);
      expect(tally.statuses).toEqual({ 200: PROCESSES * scenario.limit });
      expect(api.refused()).toBe(0);
      expect(api.busiest()).toBeLessThanOrEqual(scenario.limit);
      // Counted in Redis, not per process: four processes alone would have sent 4 × the limit
      // in the first window.
      const events = await fleet.all<Record<string, number>>({ type: 'events' });
      expect(events.some((summary) => (summary['rate-limit-wait'] ?? 0) > 0)).toBe(true);
      expect(events.every((summary) => !summary['store-failure:acquireSlot'])).toBe(true);
    } finally {
      await fleet.teardown();
      await api.close();
    }
  }, 120_000);
});
