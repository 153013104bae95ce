// Regression tests for the hardening issue, through the Hashrails client as a user builds it.

import { createMemoryStore } from '@apiclients/auth-session';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks } from '../../../scripts/src/fakes/find-leaks.js';
import { startHashrailsFake } from '../../../scripts/src/fakes/hashrails-fake.js';
import { AuthError, createHashrailsClient } from '../src/index.js';

const clientId = '550e8400-e29b-41d4-a716-446655440000';
const clientSecret = 'sk_live_fake_0123456789abcdef';
const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.hardening-token';

/** A token endpoint answering `data`, and 200 for every API call. */
function tokenFetch(data: Record<string, unknown>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return request.url.endsWith('/v1/auth/token/issue')
      ? Response.json({ success: true, message: 'ok', data })
      : Response.json({ success: true, data: [] });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

describe('Hashrails hardening', () => {
  let fake: Awaited<ReturnType<typeof startHashrailsFake>> | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('two getToken clients sharing a store each send their own tenant token (defect 1)', async () => {
    const { requests, fetch } = tokenFetch({});
    const store = createMemoryStore();
    const tenantA = createHashrailsClient({ getToken: async () => 'token-of-a', store, fetch });
    const tenantB = createHashrailsClient({ getToken: async () => 'token-of-b', store, fetch });
    await tenantA.GET('/v1/transactions');
    await tenantB.GET('/v1/transactions');
    await tenantA.GET('/v1/transactions');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer token-of-a',
      'Bearer token-of-b',
      'Bearer token-of-a',
    ]);
  });

  it('getToken clients named with the same identity share through the store, on purpose', async () => {
    const { requests, fetch } = tokenFetch({});
    const store = createMemoryStore();
    let asked = 0;
    const getToken = async () => `shared-${++asked}`;
    const one = createHashrailsClient({ getToken, identity: 'tenant-42', store, fetch });
    const two = createHashrailsClient({ getToken, identity: 'tenant-42', store, fetch });
    await one.GET('/v1/transactions');
    await two.GET('/v1/transactions');
    expect(asked).toBe(1);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer shared-1',
      'Bearer shared-1',
    ]);
    expect(() => createHashrailsClient({ getToken, identity: '' as string, fetch })).toThrow(
      'createHashrailsClient: options.identity must not be empty',
    );
  });

  it('a fetch whose error quotes the token request: AuthError without the secret anywhere (defect 2)', async () => {
    const fetch = async (request: Request) => {
      const body = await request.text();
      throw Object.assign(new TypeError(`fetch failed: ${request.url} ${body}`), {
        cause: new Error(`while sending ${body}`),
      });
    };
    const client = createHashrailsClient({
      clientId,
      clientSecret,
      fetch: fetch as typeof globalThis.fetch,
    });
    const error = await client.session.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(findLeaks(error, [clientSecret])).toEqual([]);
  }, 20_000);

  it.each([
    ['clientId', { clientId: 'id\n', clientSecret }],
    ['clientSecret', { clientId, clientSecret: `${clientSecret}\r\n` }],
    ['clientSecret', { clientId, clientSecret: `${clientSecret}\0` }],
  ])('options.%s with a control character fails at construction (defect 3)', (name, options) => {
    const error = thrown(() => createHashrailsClient(options));
    expect(error.message).toMatch(
      new RegExp(`^createHashrailsClient: options\\.${name} must not contain control characters`),
    );
    expect(findLeaks(error, [clientSecret, 'id\n'])).toEqual([]);
  });

  it.each([
    ['CR LF', `${TOKEN}\r\nX-Injected: 1`],
    ['a character above U+00FF', `${TOKEN}\u0100`],
  ])(
    'an access_token with %s: AuthError MALFORMED_RESPONSE, never sent (defect 4)',
    async (_, token) => {
      const { requests, fetch } = tokenFetch({ access_token: token, expires_in: 3600 });
      const client = createHashrailsClient({ clientId, clientSecret, fetch });
      const error = await client.GET('/v1/transactions').catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'AuthError', code: 'MALFORMED_RESPONSE' });
      expect(requests.every((request) => request.url.endsWith('/v1/auth/token/issue'))).toBe(true);
      expect(findLeaks(error, [TOKEN])).toEqual([]);
    },
  );

  it.each([0, -60])(
    'expires_in: %i is MALFORMED_RESPONSE, never a token cached forever (defect 5)',
    async (expires) => {
      const { requests, fetch } = tokenFetch({ access_token: TOKEN, expires_in: expires });
      const client = createHashrailsClient({ clientId, clientSecret, fetch });
      await expect(client.GET('/v1/transactions')).rejects.toMatchObject({
        code: 'MALFORMED_RESPONSE',
      });
      expect(requests).toHaveLength(1);
    },
  );

  it('a fetch installed after construction sees the token request too (defect 7)', async () => {
    const original = globalThis.fetch;
    const client = createHashrailsClient({ clientId, clientSecret });
    const { requests, fetch } = tokenFetch({ access_token: TOKEN, expires_in: 3600 });
    globalThis.fetch = fetch;
    try {
      const { response } = await client.GET('/v1/transactions');
      expect(response.status).toBe(200);
    } finally {
      globalThis.fetch = original;
    }
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/v1/auth/token/issue',
      '/v1/transactions',
    ]);
  });

  it('two clients sharing a store, the API revokes: 2 issuances, not 3 (defect 8)', async () => {
    fake = await startHashrailsFake({ clientId, clientSecret });
    const store = createMemoryStore();
    const a = createHashrailsClient({ clientId, clientSecret, baseUrl: fake.url, store });
    const b = createHashrailsClient({ clientId, clientSecret, baseUrl: fake.url, store });
    await a.GET('/v1/transactions');
    await b.GET('/v1/transactions');
    expect(fake.tokenRequests()).toHaveLength(1);
    fake.book.revokeAll();
    expect((await a.GET('/v1/transactions')).response.status).toBe(200);
    expect((await b.GET('/v1/transactions')).response.status).toBe(200);
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it.each([[{ 'bad name': 'v' }], [{ 'X-Tenant': 'a\r\nb' }]])(
    'headers %j fail at construction, naming options.headers (defect 10)',
    (headers) => {
      expect(() => createHashrailsClient({ getToken: async () => 't', headers })).toThrow(
        /^createHashrailsClient: options\.headers has a/,
      );
    },
  );
});
