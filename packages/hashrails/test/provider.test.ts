import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startHashrailsFake } from '../../../scripts/src/fakes/hashrails-fake.js';
import { AuthError, createHashrailsClient, RequestError, type SessionEvent } from '../src/index.js';

const clientId = '550e8400-e29b-41d4-a716-446655440000';
const clientSecret = 'sk_live_fake_0123456789abcdef';
type Fake = Awaited<ReturnType<typeof startHashrailsFake>>;
let fake: Fake;
afterEach(() => fake?.close());

async function setup(options: Partial<Parameters<typeof createHashrailsClient>[0]> = {}) {
  fake = await startHashrailsFake({ clientId, clientSecret });
  const client = createHashrailsClient({
    clientId,
    clientSecret,
    baseUrl: fake.url,
    ...options,
  } as never);
  return client;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('Hashrails client credentials → Bearer', () => {
  it('50 concurrent cold calls: one issuance, and all 50 carry its token', async () => {
    const client = await setup();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.GET('/v1/transactions')),
    );
    expect(results.map((result) => result.response.status)).toEqual(Array(50).fill(200));
    expect(fake.tokenRequests()).toHaveLength(1);
    const [issued] = [...fake.book.issued.keys()];
    expect(new Set(fake.apiRequests().map((request) => request.headers.authorization))).toEqual(
      new Set([`Bearer ${issued}`]),
    );
  });

  it('the token endpoint gets the credentials in its JSON body and no Authorization header', async () => {
    const client = await setup();
    await client.GET('/v1/transactions');
    const [request] = fake.tokenRequests();
    expect(JSON.parse(request?.body ?? '')).toEqual({
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('a token with expires_in: 2 is re-issued before it is used past expiry: the fake never sees an expired one', async () => {
    // The margin must cover the hop to the server: the default (5 % of 2 s, 100 ms) is less than a
    // loaded CI machine may take on loopback, and then the fake would rightly see an expired token.
    const client = await setup({ expiryMarginMs: 500 });
    fake.switches.expiresIn = 2;
    const until = Date.now() + 4_500;
    while (Date.now() < until) {
      const { response } = await client.GET('/v1/transactions');
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(fake.book.expiredSeen).toEqual([]);
    expect(fake.tokenRequests().length).toBeGreaterThanOrEqual(3);
  });

  it('a revoked token: 401, one re-issuance shared by concurrent requests, each replayed once, 200', async () => {
    const client = await setup();
    await client.GET('/v1/transactions');
    fake.book.revokeAll();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.GET('/v1/transactions', { params: { query: { status: 'pending' } } }),
      ),
    );
    expect(results.map((result) => result.response.status)).toEqual(Array(10).fill(200));
    expect(fake.tokenRequests()).toHaveLength(2);
    expect(
      fake.apiRequests().filter((request) => request.path === '/v1/transactions?status=pending'),
    ).toHaveLength(20);
  });

  it('429 with Retry-After: 1 twice, then 200: success after at least 2 s and three attempts', async () => {
    const client = await setup();
    fake.switches.rateLimited = 2;
    const started = Date.now();
    const { response } = await client.GET('/v1/transactions');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(fake.tokenRequests()).toHaveLength(3);
  });

  it('a 503 from the token endpoint is retried', async () => {
    const client = await setup();
    fake.switches.unavailable = 1;
    expect((await client.GET('/v1/transactions')).response.status).toBe(200);
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it('a wrong secret: AuthError INVALID_CREDENTIALS after one attempt, the secret nowhere in it', async () => {
    fake = await startHashrailsFake({ clientId, clientSecret });
    const wrong = 'sk_live_WRONG_do_not_leak_42';
    const client = createHashrailsClient({ clientId, clientSecret: wrong, baseUrl: fake.url });
    const error = await rejection(client.GET('/v1/transactions'));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      name: 'AuthError',
      code: 'INVALID_CREDENTIALS',
      status: 401,
      provider: 'Hashrails',
    });
    expect(fake.tokenRequests()).toHaveLength(1);
    for (const text of [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error),
    ]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(clientSecret);
    }
  });

  it('a token response that is not JSON, or lacks data.access_token: MALFORMED_RESPONSE, one attempt', async () => {
    const client = await setup();
    fake.switches.malformed = 'not-json';
    expect(await rejection(client.GET('/v1/transactions'))).toMatchObject({
      code: 'MALFORMED_RESPONSE',
    });
    fake.switches.malformed = 'no-token';
    const error = await rejection(client.GET('/v1/transactions'));
    expect(error).toMatchObject({
      code: 'MALFORMED_RESPONSE',
      message: 'Hashrails token response lacks data.access_token',
    });
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it('an API that never answers: RequestError TIMEOUT within timeoutMs plus one second', async () => {
    const client = await setup({ timeoutMs: 300, maxRetries: 0 });
    fake.faults.hang = '/v1/transactions';
    const started = Date.now();
    const error = await rejection(client.GET('/v1/transactions'));
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(300 + 1_000);
  });

  it('a token endpoint that never answers: AuthError TIMEOUT once the retries are spent', async () => {
    const client = await setup({ timeoutMs: 100 });
    fake.faults.hang = '/v1/auth';
    const error = await rejection(client.GET('/v1/transactions'));
    expect(error).toMatchObject({ name: 'AuthError', code: 'TIMEOUT' });
    expect(fake.tokenRequests().length).toBeGreaterThan(1);
  });

  it('no secret or token in util.inspect(client), its session, or any event', async () => {
    const events: SessionEvent[] = [];
    const client = await setup({ onEvent: (event) => events.push(event) });
    await client.GET('/v1/transactions');
    fake.book.revokeAll();
    await client.GET('/v1/transactions');
    const token = await client.session.getToken();
    const seen = [
      inspect(client, { depth: 10, showHidden: true }),
      inspect(client.session, { depth: 10 }),
      JSON.stringify(events),
    ];
    for (const text of seen) {
      expect(text).not.toContain(clientSecret);
      expect(text).not.toContain(token);
    }
    expect(events.map((event) => event.type)).toContain('request-replay');
  });
});

describe('Hashrails getToken (frontends)', () => {
  it('caches what getToken returns for its expiresIn', async () => {
    fake = await startHashrailsFake({ clientId, clientSecret });
    const { token } = fake.book.issue(3600);
    let asked = 0;
    const client = createHashrailsClient({
      baseUrl: fake.url,
      getToken: async () => {
        asked++;
        return { accessToken: token, expiresIn: 3600 };
      },
    });
    await client.GET('/v1/transactions');
    await client.GET('/v1/transactions');
    expect(asked).toBe(1);
    expect(fake.apiRequests().map((request) => request.headers.authorization)).toEqual([
      `Bearer ${token}`,
      `Bearer ${token}`,
    ]);
  });

  it('a getToken that resolves to nothing usable: MALFORMED_RESPONSE', async () => {
    const client = createHashrailsClient({
      getToken: async () => ({}) as never,
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(await rejection(client.GET('/v1/transactions'))).toMatchObject({
      code: 'MALFORMED_RESPONSE',
    });
  });
});

describe('browser guard', () => {
  const g = globalThis as { window?: unknown; document?: unknown };
  afterEach(() => {
    delete g.window;
    delete g.document;
  });

  it('a clientSecret where window and document exist throws, pointing to getToken', () => {
    g.window = {};
    g.document = {};
    expect(() => createHashrailsClient({ clientId, clientSecret })).toThrow(
      /options\.clientSecret .* browser.*getToken/s,
    );
    expect(() => createHashrailsClient({ getToken: async () => 't' })).not.toThrow();
  });

  it('passes with dangerouslyAllowBrowser', () => {
    g.window = {};
    g.document = {};
    expect(() =>
      createHashrailsClient({ clientId, clientSecret, dangerouslyAllowBrowser: true }),
    ).not.toThrow();
  });
});
