import { describe, expect, it } from 'vitest';
import { idempotencyKey } from '../src/fetch/idempotency-key.js';
import { authenticated, BASE, fakeServer } from './support/fake-server.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Answers with `statuses` in order, then 200. */
const sequence = (...statuses: number[]) =>
  fakeServer((_, index) => new Response('x', { status: statuses[index] ?? 200 }));

const pay = (headers?: HeadersInit) =>
  new Request(`${BASE}/payments`, { method: 'POST', body: '{"amount":1}', headers });

const keys = (server: ReturnType<typeof sequence>) =>
  server.received.map((request) => request.headers.get('idempotency-key'));

describe('idempotency keys', () => {
  it('a write the spec keys gets a fresh UUID v4, the same on the 503 retry', async () => {
    const server = sequence(503);
    const { fetch, time } = authenticated(server);
    expect((await time.run(fetch(pay()))).status).toBe(200);
    const [first, second] = keys(server);
    expect(first).toMatch(UUID_V4);
    expect(second).toBe(first);
    // The body went twice, whole.
    expect(new TextDecoder().decode(server.received[1]?.body)).toBe('{"amount":1}');
  });

  it('the same key on the 401 replay', async () => {
    const server = sequence(401);
    const { fetch, time } = authenticated(server);
    expect((await time.run(fetch(pay()))).status).toBe(200);
    expect(server.received).toHaveLength(2);
    expect(keys(server)[1]).toBe(keys(server)[0]);
  });

  it("keeps the caller's own key, on every attempt", async () => {
    const server = sequence(500, 502);
    const { fetch, time } = authenticated(server);
    await time.run(fetch(pay({ 'Idempotency-Key': 'order-42' })));
    expect(keys(server)).toEqual(['order-42', 'order-42', 'order-42']);
  });

  it('two calls, two keys', async () => {
    const server = sequence();
    const { fetch, time } = authenticated(server);
    await time.run(fetch(pay()));
    await time.run(fetch(pay()));
    const [a, b] = keys(server);
    expect(a).not.toBe(b);
  });

  it('a write the spec does not key gets no key and no retry', async () => {
    const server = sequence(503);
    const { fetch, time } = authenticated(server);
    const response = await time.run(
      fetch(new Request(`${BASE}/items`, { method: 'POST', body: '{}' })),
    );
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
    expect(keys(server)).toEqual([null]);
  });

  it('idempotencyKey() is a UUID v4, different each time', () => {
    const made = new Set(Array.from({ length: 1000 }, idempotencyKey));
    expect(made.size).toBe(1000);
    for (const key of made) expect(key).toMatch(UUID_V4);
  });
});
