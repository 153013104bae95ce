// `rateLimit` through the client as a user builds it: real timers, a fake API that records when
// each request arrived. Counts are asserted, not durations.
import { describe, expect, it } from 'vitest';
import { createVolubileClient } from '../src/index.js';

const apiKey = 'vk_live_0123456789abcdef';

function api() {
  const arrivals: number[] = [];
  const fetch = async () => {
    arrivals.push(Date.now());
    return Response.json({ content: [] }, { headers: { 'x-ratelimit-remaining': '99' } });
  };
  return { arrivals, fetch: fetch as typeof globalThis.fetch };
}

const mostInAnyWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((at) => times.filter((t) => t >= at && t < at + windowMs).length));

describe('Volubile rateLimit', () => {
  it('keeps every window under the limit; calls wait their turn instead of failing', async () => {
    const { arrivals, fetch } = api();
    const waits: number[] = [];
    const client = createVolubileClient({
      apiKey,
      fetch,
      rateLimit: { requests: 3, perSeconds: 1 },
      onEvent: (event) => {
        if (event.type === 'rate-limit-wait') waits.push(event.delayMs);
      },
    });
    const results = await Promise.all(Array.from({ length: 7 }, () => client.GET('/v1/calls')));
    expect(results.every((result) => result.response.status === 200)).toBe(true);
    expect(arrivals).toHaveLength(7);
    expect(mostInAnyWindow(arrivals, 1000)).toBeLessThanOrEqual(3);
    expect(waits.length).toBeGreaterThan(0);
  });

  it("true takes the spec's x-rate-limit (100 per 15 s): the first 100 go at once", async () => {
    const { arrivals, fetch } = api();
    const client = createVolubileClient({ apiKey, fetch, rateLimit: true });
    await Promise.all(Array.from({ length: 100 }, () => client.GET('/v1/calls')));
    expect(arrivals).toHaveLength(100);
    // The 101st would wait about 15 s: within a short timeout it is a TIMEOUT, never sent.
    const late = createVolubileClient({ apiKey, fetch, rateLimit: true, timeoutMs: 1000 });
    await Promise.all(Array.from({ length: 100 }, () => late.GET('/v1/calls')));
    await expect(late.GET('/v1/calls')).rejects.toMatchObject({
      name: 'RequestError',
      code: 'TIMEOUT',
    });
    expect(arrivals).toHaveLength(200);
  });

  it('refuses a bad rateLimit at construction, naming the option', () => {
    const { fetch } = api();
    expect(() =>
      createVolubileClient({ apiKey, fetch, rateLimit: { requests: 0, perSeconds: 1 } }),
    ).toThrow('createVolubileClient: options.rateLimit must be true, false or');
  });
});
