import { describe, expect, it } from 'vitest';
import { createAuthFetch, headerCredential } from '../src/kit.js';
import { api, authenticated, authorization, BASE, fakeServer } from './support/fake-server.js';
import { deferred } from './support/fakes.js';

const refuseT1 = fakeServer;

describe('authenticated fetch: credentials', () => {
  it('attaches the session token where the spec asks for it, and nothing where it does not', async () => {
    const server = fakeServer(() => new Response('ok'));
    const { fetch } = authenticated(server);
    await fetch(new Request(`${BASE}/items`));
    await fetch(new Request(`${BASE}/health`));
    expect(server.received.map(authorization)).toEqual(['Bearer t1', null]);
  });

  it("passes the second fetch argument through, with the attempt's signal added", async () => {
    const seen: unknown[] = [];
    const { fetch } = authenticated({
      fetch: async (_request, init) => {
        seen.push(init);
        return new Response('ok');
      },
    });
    const init = { priority: 'high' } as RequestInit;
    await fetch(new Request(`${BASE}/items`), init);
    expect(seen).toEqual([{ priority: 'high', signal: expect.any(AbortSignal) }]);
  });
});

describe('authenticated fetch: 401 replay', () => {
  it('invalidates the refused token and replays once with a fresh one', async () => {
    const server = refuseT1((request) =>
      authorization(request) === 'Bearer t1'
        ? new Response('expired', { status: 401 })
        : new Response('ok'),
    );
    const { fetch, events, issued } = authenticated(server);
    const response = await fetch(new Request(`${BASE}/items`));
    expect(response.status).toBe(200);
    expect(server.received.map(authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(issued()).toBe(2);
    expect(events).toContainEqual({
      type: 'request-replay',
      method: 'GET',
      path: '/items',
      status: 401,
    });
    expect(events).toContainEqual({ type: 'token-invalidated' });
  });

  it('shares one fresh issuance among every concurrent 401', async () => {
    const gate = deferred<void>();
    const server = refuseT1(async (request, index) => {
      if (authorization(request) !== 'Bearer t1') return new Response('ok');
      if (index === 9) gate.resolve();
      await gate.promise; // all ten are refused together
      return new Response('expired', { status: 401 });
    });
    const { fetch, issued } = authenticated(server);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => fetch(new Request(`${BASE}/items`))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(issued()).toBe(2);
    expect(server.received.filter((r) => authorization(r) === 'Bearer t2')).toHaveLength(10);
  });

  it('returns a second 401 to the caller', async () => {
    const server = fakeServer(() => new Response('no', { status: 401 }));
    const { fetch, issued } = authenticated(server);
    const response = await fetch(new Request(`${BASE}/items`));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('no');
    expect(server.received).toHaveLength(2);
    expect(issued()).toBe(2);
  });

  it('does not replay a request whose credentials carried no session token', async () => {
    const server = fakeServer(() => new Response('no', { status: 401 }));
    const fetch = createAuthFetch({
      api,
      credentials: { apiKey: headerCredential('X-Api-Key', 'key') },
      fetch: server.fetch,
    });
    const response = await fetch(new Request(`${BASE}/keyed`));
    expect(response.status).toBe(401);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers.get('x-api-key')).toBe('key');
  });

  const form = () => {
    const data = new FormData();
    data.set('name', 'Ada');
    data.set('file', new Blob(['binary\u0000data'], { type: 'application/octet-stream' }), 'a.bin');
    return data;
  };
  it.each<[string, () => BodyInit, Record<string, string>?]>([
    [
      'JSON',
      () => JSON.stringify({ amount: 12, note: 'é' }),
      { 'content-type': 'application/json' },
    ],
    ['text', () => 'plain text body'],
    ['URLSearchParams', () => new URLSearchParams({ a: '1', b: 'two words' })],
    ['FormData', form],
    ['Blob', () => new Blob(['blob body'], { type: 'text/csv' })],
    ['ArrayBuffer', () => new Uint8Array([0, 1, 2, 250, 255]).buffer],
  ])('replays a %s body intact', async (_, body, headers) => {
    const server = refuseT1((request) =>
      authorization(request) === 'Bearer t1'
        ? new Response(null, { status: 401 })
        : new Response('ok'),
    );
    const { fetch } = authenticated(server);
    const request = new Request(`${BASE}/items`, { method: 'POST', body: body(), headers });
    const expected = new Uint8Array(await request.clone().arrayBuffer());
    const contentType = request.headers.get('content-type');

    expect((await fetch(request)).status).toBe(200);
    expect(server.received).toHaveLength(2);
    for (const received of server.received) {
      expect(received.method).toBe('POST');
      expect(received.body).toEqual(expected);
      expect(received.headers.get('content-type')).toBe(contentType);
    }
    expect(expected.byteLength).toBeGreaterThan(0);
  });
});

describe('authenticated fetch: the caller request', () => {
  it('is left unread, so that middleware can still read its body', async () => {
    const server = fakeServer(() => new Response('ok'));
    const { fetch } = authenticated(server);
    const request = new Request(`${BASE}/items`, { method: 'POST', body: 'payload' });
    await fetch(request);
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe('payload');
  });
});
