import { describe, expect, it } from 'vitest';
import { IN_FLIGHT_POLL_MS, STORE_GRACE_MS } from '../src/fetch/rate-limit.js';
import { createMemoryStore, RequestError, type SessionEvent } from '../src/index.js';
import { createAuthFetch, createRateLimiter, rateLimiterOption } from '../src/kit.js';
import { BASE, fakeServer } from './support/fake-server.js';
import { fakeClock, virtualTime } from './support/fakes.js';

const granted = (turn: unknown) => typeof turn === 'function';

describe('rate limiter', () => {
  it('lets `requests` go, then waits for the oldest answered one to leave the window', () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter(
      { requests: 3, perSeconds: 1 },
      undefined,
      undefined,
      clock.now,
    );
    const turns = [limiter.take(), limiter.take(), limiter.take()] as (() => void)[];
    expect(turns.every(granted)).toBe(true);
    // All three in flight: nobody knows when they reach the server; ask again soon.
    expect(limiter.take()).toBe(IN_FLIGHT_POLL_MS);
    clock.advance(100);
    turns[0]?.();
    clock.advance(300);
    turns[1]?.();
    turns[2]?.();
    // The one answered at 100 leaves the window at 1100.
    expect(limiter.take()).toBe(1100 - 400);
    clock.advance(700);
    expect(granted(limiter.take())).toBe(true);
    expect(limiter.take()).toBe(1400 - 1100);
  });

  it("pauses everyone for a 429's Retry-After", () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter(
      { requests: 10, perSeconds: 1 },
      undefined,
      undefined,
      clock.now,
    );
    limiter.observe(new Response(null, { status: 429, headers: { 'retry-after': '3' } }));
    expect(limiter.take()).toBe(3000);
    clock.advance(3000);
    expect(granted(limiter.take())).toBe(true);
  });

  it('takes no more than the server says remain (X-RateLimit-Remaining)', () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter(
      { requests: 10, perSeconds: 1 },
      undefined,
      undefined,
      clock.now,
    );
    expect(granted(limiter.take())).toBe(true);
    limiter.observe(new Response(null, { headers: { 'x-ratelimit-remaining': '1' } }));
    expect(granted(limiter.take())).toBe(true);
    expect(granted(limiter.take())).toBe(false);
    // A garbage header changes nothing.
    const other = createRateLimiter(
      { requests: 2, perSeconds: 1 },
      undefined,
      undefined,
      clock.now,
    );
    other.observe(new Response(null, { headers: { 'x-ratelimit-remaining': 'lots' } }));
    expect([other.take(), other.take()].every(granted)).toBe(true);
  });

  it('counts in the store when it offers acquireSlot, and locally when it fails or answers garbage', async () => {
    const calls: unknown[][] = [];
    let settled = 0;
    let answer: () => Promise<unknown> = async () => () => {
      settled++;
    };
    const store = {
      ...createMemoryStore(),
      acquireSlot: (...args: unknown[]) => {
        calls.push(args);
        return answer() as never;
      },
    };
    const limiter = createRateLimiter({ requests: 1, perSeconds: 2 }, store, 'acct');
    const turn = await limiter.take();
    expect(granted(turn)).toBe(true);
    (turn as () => void)();
    await Promise.resolve();
    expect(settled).toBe(1);
    expect(calls).toEqual([['acct', 1, 2000]]);
    answer = async () => 700;
    expect(await limiter.take()).toBe(700);
    // A store whose settle fails: nothing escapes.
    answer = async () => async () => {
      throw new Error('redis down');
    };
    ((await limiter.take()) as () => void)();
    answer = async () => {
      throw new Error('redis down');
    };
    // A failing store is asked again for a while (a slow answer under load), then the process
    // counts alone.
    expect(await limiter.take()).toBe(IN_FLIGHT_POLL_MS);
    await new Promise((resolve) => setTimeout(resolve, STORE_GRACE_MS + 10));
    expect(granted(await limiter.take())).toBe(true);
    expect(granted(await limiter.take())).toBe(false);
    answer = async () => Number.NaN;
    expect(granted(await limiter.take())).toBe(false);
    // No key: the store is not asked.
    const local = createRateLimiter({ requests: 1, perSeconds: 2 }, store);
    calls.length = 0;
    expect(granted(await local.take())).toBe(true);
    expect(calls).toEqual([]);
  });
});

function limited(rate: { requests: number; perSeconds: number }, timeoutMs = 60_000) {
  const time = virtualTime();
  const sentAt: number[] = [];
  const server = fakeServer(() => {
    sentAt.push(time.clock.now());
    return new Response('ok');
  });
  const events: SessionEvent[] = [];
  const fetch = createAuthFetch({
    api: { security: [[]], routes: [] },
    credentials: {},
    fetch: server.fetch,
    sleep: time.sleep,
    timeoutMs,
    onEvent: (event) => events.push(event),
    rateLimiter: createRateLimiter(rate, undefined, undefined, time.clock.now),
  });
  return { fetch, time, sentAt, events };
}

describe('authenticated fetch under a rate limit', () => {
  it('sends no more than the limit in any window; the others wait their turn', async () => {
    const { fetch, time, sentAt, events } = limited({ requests: 2, perSeconds: 1 });
    const all = Promise.all(Array.from({ length: 7 }, () => fetch(new Request(`${BASE}/items`))));
    const responses = await time.run(all);
    expect(responses.map((r) => r.status)).toEqual(Array(7).fill(200));
    expect(sentAt).toHaveLength(7);
    for (const at of sentAt) {
      expect(sentAt.filter((other) => other >= at && other < at + 1000).length).toBeLessThanOrEqual(
        2,
      );
    }
    expect(events.some((event) => event.type === 'rate-limit-wait')).toBe(true);
  });

  it('a turn that would come after the timeout is a TIMEOUT, and nothing is sent', async () => {
    const { fetch, time, sentAt } = limited({ requests: 1, perSeconds: 10 }, 5_000);
    await time.run(fetch(new Request(`${BASE}/items`)));
    const late = fetch(new Request(`${BASE}/items`));
    await expect(time.run(late)).rejects.toMatchObject({ name: 'RequestError', code: 'TIMEOUT' });
    expect(sentAt).toHaveLength(1);
  });

  it("the caller's abort ends the wait: ABORTED", async () => {
    const { fetch, time, sentAt } = limited({ requests: 1, perSeconds: 10 });
    await time.run(fetch(new Request(`${BASE}/items`)));
    const sleeping = time.sleeping();
    const controller = new AbortController();
    const waiting = fetch(new Request(`${BASE}/items`, { signal: controller.signal }));
    waiting.catch(() => {});
    await Promise.resolve();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(RequestError);
    await expect(waiting).rejects.toMatchObject({ code: 'ABORTED' });
    expect(sentAt).toHaveLength(1);
    // The wait's timer went with it.
    expect(time.sleeping()).toBe(sleeping);
  });
});

describe('rateLimit option', () => {
  const declared = { requests: 100, perSeconds: 15 };
  const limitOf = (rateLimit: unknown, spec?: typeof declared) => {
    const limiter = rateLimiterOption('c', { rateLimit: rateLimit as never }, spec);
    if (!limiter) return undefined;
    let sent = 0;
    while (typeof limiter.take() === 'function') sent++;
    return sent;
  };

  it('true takes the spec’s limit; an object its own; off by default', () => {
    expect(limitOf(undefined, declared)).toBeUndefined();
    expect(limitOf(false, declared)).toBeUndefined();
    expect(limitOf(true, declared)).toBe(100);
    expect(limitOf({ requests: 5, perSeconds: 1 })).toBe(5);
  });

  it.each([
    [{ requests: 0, perSeconds: 1 }],
    [{ requests: 1.5, perSeconds: 1 }],
    [{ requests: 5, perSeconds: 0 }],
    [{ requests: 5 }],
    ['fast'],
    [5],
  ])('refuses %j, naming the option', (value) => {
    expect(() => limitOf(value)).toThrow(
      'c: options.rateLimit must be true, false or { requests: an integer > 0, perSeconds: a number > 0 }',
    );
  });

  it('true without a declared limit is refused', () => {
    expect(() => limitOf(true)).toThrow(
      'c: options.rateLimit is true, but the spec declares no rate limit',
    );
  });
});
