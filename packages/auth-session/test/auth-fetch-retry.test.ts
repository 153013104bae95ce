import { afterEach, describe, expect, it, vi } from 'vitest';
import { RELEASE } from '../src/fetch/abort-errors.js';
import { AuthError, createTokenSession, RequestError } from '../src/index.js';
import { bearerCredential, createAuthFetch } from '../src/kit.js';
import { api, authenticated, authorization, BASE, fakeServer } from './support/fake-server.js';
import { flush } from './support/fakes.js';

afterEach(() => {
  vi.useRealTimers();
});

const status = (code: number, headers?: HeadersInit) =>
  new Response(`status ${code}`, { status: code, headers });

/** Answers with `statuses` in order, then 200. */
const sequence = (...statuses: (number | Response)[]) =>
  fakeServer((_, index) => {
    const next = statuses[index];
    return next === undefined ? new Response('ok') : typeof next === 'number' ? status(next) : next;
  });

describe('authenticated fetch: retries', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a GET answered %i', async (code) => {
    const server = sequence(code);
    const { fetch, time, events } = authenticated(server);
    const response = await time.run(fetch(new Request(`${BASE}/items`)));
    expect(response.status).toBe(200);
    expect(server.received).toHaveLength(2);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'request-retry', attempt: 1, status: code }),
    );
  });

  it.each([400, 404, 409, 501])('returns %i without retrying', async (code) => {
    const server = sequence(code);
    const { fetch, time } = authenticated(server);
    expect((await time.run(fetch(new Request(`${BASE}/items`)))).status).toBe(code);
    expect(server.received).toHaveLength(1);
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])(
    'retries %s, an idempotent method',
    async (method) => {
      const server = sequence(503);
      const { fetch, time } = authenticated(server);
      await time.run(fetch(new Request(`${BASE}/items`, { method })));
      expect(server.received).toHaveLength(2);
    },
  );

  it('does not retry a POST or PATCH without an idempotency key', async () => {
    for (const method of ['POST', 'PATCH']) {
      const server = sequence(503);
      const { fetch, time } = authenticated(server);
      const response = await time.run(
        fetch(new Request(`${BASE}/items/1`, { method, body: '{}' })),
      );
      expect(response.status).toBe(503);
      expect(server.received).toHaveLength(1);
    }
  });

  it.each(['Idempotency-Key', 'idempotency-key', 'X-Idempotency-Key', 'x-idempotency-key'])(
    'retries a POST carrying %s, body intact',
    async (header) => {
      const server = sequence(503, 502);
      const { fetch, time } = authenticated(server);
      const request = new Request(`${BASE}/items`, {
        method: 'POST',
        body: '{"amount":1}',
        headers: { [header]: 'abc', 'content-type': 'application/json' },
      });
      expect((await time.run(fetch(request))).status).toBe(200);
      expect(server.received).toHaveLength(3);
      for (const received of server.received) {
        expect(new TextDecoder().decode(received.body)).toBe('{"amount":1}');
        expect(received.headers.get(header)).toBe('abc');
      }
    },
  );

  it('stops after maxRetries and returns the last response', async () => {
    const server = fakeServer((_, index) => status([500, 502, 503, 504][index] ?? 200));
    const { fetch, time } = authenticated(server, { maxRetries: 3 });
    const response = await time.run(fetch(new Request(`${BASE}/items`)));
    expect(server.received).toHaveLength(4);
    expect(response.status).toBe(504);
    expect(await response.text()).toBe('status 504');
  });

  it('makes a single attempt with maxRetries 0', async () => {
    const server = sequence(503);
    const { fetch, time } = authenticated(server, { maxRetries: 0 });
    expect((await time.run(fetch(new Request(`${BASE}/items`)))).status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('backs off with jitter when there is no Retry-After', async () => {
    const server = sequence(503, 503);
    const { fetch, time, retryDelays } = authenticated(server);
    await time.run(fetch(new Request(`${BASE}/items`)));
    const [first, second] = retryDelays();
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(500);
    expect(second).toBeLessThan(1000);
  });

  it('honours Retry-After in seconds', async () => {
    const server = sequence(status(429, { 'Retry-After': '3' }));
    const { fetch, time, retryDelays } = authenticated(server);
    const before = time.clock.now();
    await time.run(fetch(new Request(`${BASE}/items`)));
    expect(retryDelays()).toEqual([3000]);
    expect(time.clock.now() - before).toBe(3000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 10_000).toUTCString();
    const server = sequence(status(503, { 'Retry-After': at }));
    const { fetch, time, retryDelays } = authenticated(server);
    await time.run(fetch(new Request(`${BASE}/items`)));
    const [delay] = retryDelays();
    expect(delay).toBeGreaterThan(8000);
    expect(delay).toBeLessThanOrEqual(10_000);
  });

  it('returns the response when Retry-After asks for longer than timeoutMs', async () => {
    const server = sequence(status(503, { 'Retry-After': '120' }));
    const { fetch, time } = authenticated(server, { timeoutMs: 60_000 });
    expect((await time.run(fetch(new Request(`${BASE}/items`)))).status).toBe(503);
    expect(server.received).toHaveLength(1);
  });
});

describe('authenticated fetch: no usable response', () => {
  const failing = () =>
    fakeServer(() => {
      throw new TypeError('fetch failed');
    });

  it('retries a network failure, then rejects with RequestError NETWORK and its cause', async () => {
    const server = failing();
    const { fetch, time } = authenticated(server);
    const error = await time.run(fetch(new Request(`${BASE}/items`))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ name: 'RequestError', code: 'NETWORK' });
    expect(((error as Error).cause as Error).message).toMatch(/^TypeError /);
    expect(server.received).toHaveLength(3);
  });

  it('recovers when a retry succeeds after a network failure', async () => {
    const server = fakeServer((_, index) => {
      if (index === 0) throw new TypeError('fetch failed');
      return new Response('ok');
    });
    const { fetch, time } = authenticated(server);
    expect((await time.run(fetch(new Request(`${BASE}/items`)))).status).toBe(200);
  });

  it('does not retry a POST without an idempotency key after a network failure', async () => {
    const server = failing();
    const { fetch, time } = authenticated(server);
    await expect(
      time.run(fetch(new Request(`${BASE}/items`, { method: 'POST', body: 'x' }))),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    expect(server.received).toHaveLength(1);
  });

  it('times out each attempt after timeoutMs, retries, then rejects with TIMEOUT', async () => {
    const server = fakeServer(() => new Promise<Response>(() => {}));
    const { fetch, time } = authenticated(server, { timeoutMs: 5000, maxRetries: 1 });
    const start = time.clock.now();
    await expect(time.run(fetch(new Request(`${BASE}/items`)))).rejects.toMatchObject({
      name: 'RequestError',
      code: 'TIMEOUT',
    });
    expect(server.received).toHaveLength(2);
    expect(time.clock.now() - start).toBeGreaterThanOrEqual(10_000);
    expect(time.sleeping()).toBe(0);
  });

  it('rejects with ABORTED at once when the caller aborts, without retrying', async () => {
    const server = fakeServer(() => new Promise<Response>(() => {}));
    const { fetch, time } = authenticated(server);
    const controller = new AbortController();
    const pending = fetch(new Request(`${BASE}/items`, { signal: controller.signal }));
    const outcome = pending.catch((e: unknown) => e);
    await time.run(Promise.resolve()); // let it reach the server
    controller.abort();
    expect(await outcome).toMatchObject({ name: 'RequestError', code: 'ABORTED' });
    expect(server.received).toHaveLength(1);
    expect(time.sleeping()).toBe(0);
  });

  it('rejects with ABORTED when the caller aborts while the token is being issued', async () => {
    let issueSignal: AbortSignal | undefined;
    const session = createTokenSession({
      issue: ({ signal }) => {
        issueSignal = signal;
        return new Promise(() => {});
      },
    });
    const server = fakeServer(() => new Response('ok'));
    const fetch = createAuthFetch({
      api,
      credentials: { bearer: bearerCredential(session) },
      fetch: server.fetch,
    });
    const controller = new AbortController();
    const pending = fetch(new Request(`${BASE}/items`, { signal: controller.signal }));
    const outcome = pending.catch((e: unknown) => e);
    await flush();
    expect(issueSignal?.aborted).toBe(false);
    controller.abort();
    expect(await outcome).toMatchObject({ name: 'RequestError', code: 'ABORTED' });
    expect(issueSignal?.aborted).toBe(true);
    expect(server.received).toHaveLength(0);
  });

  it('rejects with the AuthError when credentials cannot be obtained, sending nothing', async () => {
    const session = createTokenSession({
      issue: async () => {
        throw new AuthError('INVALID_CREDENTIALS', { status: 401 });
      },
    });
    const server = fakeServer(() => new Response('ok'));
    const fetch = createAuthFetch({
      api,
      credentials: { bearer: bearerCredential(session) },
      fetch: server.fetch,
    });
    await expect(fetch(new Request(`${BASE}/items`))).rejects.toMatchObject({
      name: 'AuthError',
      code: 'INVALID_CREDENTIALS',
    });
    expect(server.received).toHaveLength(0);
  });
});

describe('authenticated fetch: real timers', () => {
  it("keeps the deadline of a caller's attempt until the body is read, then releases it", async () => {
    vi.useFakeTimers();
    const server = fakeServer(() => new Response('ok'));
    const { fetch } = authenticated(server, { realSleep: true });
    const response = await fetch(new Request(`${BASE}/items`));
    expect(response.status).toBe(200);
    // The deadline keeps watch over the body until the client says it was read.
    expect(vi.getTimerCount()).toBe(1);
    expect(await response.text()).toBe('ok');
    (response as unknown as Record<symbol, () => void>)[RELEASE]?.();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind after a response without a body', async () => {
    vi.useFakeTimers();
    const server = fakeServer(() => new Response(null, { status: 204 }));
    const { fetch } = authenticated(server, { realSleep: true });
    expect((await fetch(new Request(`${BASE}/items`))).status).toBe(204);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out on the real clock and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const server = fakeServer(() => new Promise<Response>(() => {}));
    const { fetch } = authenticated(server, { realSleep: true, maxRetries: 0, timeoutMs: 1000 });
    const outcome = fetch(new Request(`${BASE}/items`)).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(server.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ code: 'TIMEOUT' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the retry wait when the caller aborts during it', async () => {
    vi.useFakeTimers();
    const server = fakeServer(() => status(503, { 'Retry-After': '30' }));
    const { fetch } = authenticated(server, { realSleep: true });
    const controller = new AbortController();
    const outcome = fetch(new Request(`${BASE}/items`, { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(server.received).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1); // the 30 s wait
    controller.abort();
    expect(await outcome).toMatchObject({ code: 'ABORTED' });
    expect(vi.getTimerCount()).toBe(0);
    expect(authorization(server.received[0] as never)).toBe('Bearer t1');
  });
});

describe('authenticated fetch: a failing credential', () => {
  it('passes its own error through, unwrapped and not retried', async () => {
    const failure = new TypeError('backend unreachable');
    let applies = 0;
    const server = fakeServer(() => new Response('ok'));
    const fetch = createAuthFetch({
      api,
      credentials: {
        bearer: {
          apply: () => {
            applies++;
            throw failure;
          },
        },
      },
      fetch: server.fetch,
    });
    await expect(fetch(new Request(`${BASE}/items`))).rejects.toBe(failure);
    expect(applies).toBe(1);
    expect(server.received).toHaveLength(0);
  });
});
