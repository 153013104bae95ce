import { inspect } from 'node:util';
import { createMemoryStore } from '@apiclients/auth-session';
import { afterEach, describe, expect, it } from 'vitest';
import { startVolubileFake } from '../../../scripts/src/fakes/volubile-fake.js';
import { AuthError, createVolubileClient, issueVolubileToken, RequestError } from '../src/index.js';

const apiKey = 'vk_live_fake_api_key_0123456789';
type Fake = Awaited<ReturnType<typeof startVolubileFake>>;
let fake: Fake;
afterEach(() => fake?.close());

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const scopeBodies = () =>
  fake.tokenRequests().map((request) => (JSON.parse(request.body) as { scope: string[] }).scope);

describe('Volubile with apiKey and scopes: scoped Bearer tokens', () => {
  it('50 concurrent cold calls: one issuance, all 50 carry only its Bearer', async () => {
    fake = await startVolubileFake({ apiKey });
    const client = createVolubileClient({ apiKey, scopes: ['calls:read'], baseUrl: fake.url });
    const results = await Promise.all(Array.from({ length: 50 }, () => client.GET('/v1/calls')));
    expect(results.map((result) => result.response.status)).toEqual(Array(50).fill(200));
    expect(fake.tokenRequests()).toHaveLength(1);
    const [token] = [...fake.book.issued.keys()];
    for (const request of fake.apiRequests()) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers['x-api-key']).toBeUndefined();
    }
    const [tokenRequest] = fake.tokenRequests();
    expect(tokenRequest?.headers['x-api-key']).toBe(apiKey);
    expect(tokenRequest?.headers.authorization).toBeUndefined();
  });

  it('two scope sets: two tokens with the right scope bodies; the same set in another order shares one', async () => {
    fake = await startVolubileFake({ apiKey });
    const store = createMemoryStore();
    const reader = createVolubileClient({
      apiKey,
      scopes: ['calls:read'],
      baseUrl: fake.url,
      store,
    });
    const writer = createVolubileClient({
      apiKey,
      scopes: ['calls:write', 'calls:read'],
      baseUrl: fake.url,
      store,
    });
    const sameAsWriter = createVolubileClient({
      apiKey,
      scopes: ['calls:read', 'calls:write'],
      baseUrl: fake.url,
      store,
    });
    await reader.GET('/v1/calls');
    await writer.POST('/v1/calls', {
      body: { agentId: 'agent-1', recipient: { phone: '+33100000000' } },
    });
    await sameAsWriter.GET('/v1/calls/{id}', { params: { path: { id: 'call-1' } } });
    expect(scopeBodies()).toEqual([['calls:read'], ['calls:read', 'calls:write']]);
    expect(fake.apiRequests().map((request) => request.headers.authorization)).toEqual([
      `Bearer ${[...fake.book.issued.keys()][0]}`,
      `Bearer ${[...fake.book.issued.keys()][1]}`,
      `Bearer ${[...fake.book.issued.keys()][1]}`,
    ]);
  });

  it('a revoked token: 401, one re-issuance, the POST replayed with its JSON body intact', async () => {
    fake = await startVolubileFake({ apiKey });
    const client = createVolubileClient({ apiKey, scopes: ['calls:write'], baseUrl: fake.url });
    await client.POST('/v1/calls', {
      body: { agentId: 'agent-1', recipient: { phone: '+33100000001' } },
    });
    fake.book.revokeAll();
    const body = {
      agentId: 'agent-7',
      recipient: { phone: '+33100000002', context: { name: 'Zoé', tags: ['é', '✓'] } },
    };
    const { data, response } = await client.POST('/v1/calls', { body });
    expect(response.status).toBe(200);
    expect(data).toMatchObject(body);
    expect(fake.tokenRequests()).toHaveLength(2);
    const posts = fake.apiRequests().slice(1);
    expect(posts.map((request) => request.body)).toEqual([
      JSON.stringify(body),
      JSON.stringify(body),
    ]);
    expect(posts[0]?.headers.authorization).not.toBe(posts[1]?.headers.authorization);
  });

  it('400: BAD_REQUEST naming the rejected fields, never their values', async () => {
    fake = await startVolubileFake({ apiKey });
    fake.switches.unsupported = ['integrations:write'];
    const client = createVolubileClient({
      apiKey,
      scopes: ['calls:read', 'integrations:write'],
      baseUrl: fake.url,
    });
    const error = await rejection(client.GET('/v1/calls'));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect((error as Error).message).toBe(
      'Volubile token request failed: HTTP 400 BAD_REQUEST: rejected scope[1]',
    );
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('401: INVALID_CREDENTIALS after one attempt, the key nowhere in the error', async () => {
    fake = await startVolubileFake({ apiKey });
    const wrong = 'vk_live_WRONG_key_must_not_leak';
    const client = createVolubileClient({
      apiKey: wrong,
      scopes: ['calls:read'],
      baseUrl: fake.url,
    });
    const error = await rejection(client.GET('/v1/calls'));
    expect(error).toMatchObject({ name: 'AuthError', code: 'INVALID_CREDENTIALS', status: 401 });
    expect(fake.tokenRequests()).toHaveLength(1);
    for (const text of [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(text).not.toContain(wrong);
    }
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(wrong);
  });

  it('403: FORBIDDEN, saying that a Bearer token cannot mint tokens', async () => {
    fake = await startVolubileFake({ apiKey });
    fake.switches.forbidden = true;
    const client = createVolubileClient({ apiKey, scopes: ['calls:read'], baseUrl: fake.url });
    const error = await rejection(client.GET('/v1/calls'));
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect((error as Error).message).toContain('a Bearer token cannot mint another token');
  });

  it('an API that never answers: RequestError TIMEOUT within timeoutMs plus one second', async () => {
    fake = await startVolubileFake({ apiKey });
    fake.faults.hang = '/v1/calls';
    const client = createVolubileClient({
      apiKey,
      scopes: ['calls:read'],
      baseUrl: fake.url,
      timeoutMs: 300,
      maxRetries: 0,
    });
    const started = Date.now();
    const error = await rejection(client.GET('/v1/calls'));
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(300 + 1_000);
  });
});

describe('Volubile with apiKey alone, and with getToken', () => {
  it('apiKey without scopes: X-Api-Key on each call, never a Bearer, no token minted', async () => {
    fake = await startVolubileFake({ apiKey });
    const client = createVolubileClient({ apiKey, baseUrl: fake.url });
    await client.GET('/v1/calls');
    await client.POST('/v1/calls', {
      body: { agentId: 'agent-1', recipient: { phone: '+33100000003' } },
    });
    expect(fake.tokenRequests()).toHaveLength(0);
    for (const request of fake.apiRequests()) {
      expect(request.headers['x-api-key']).toBe(apiKey);
      expect(request.headers.authorization).toBeUndefined();
    }
    expect(client.session).toBeUndefined();
  });

  it('getToken: the frontend half of backend-mints/frontend-uses', async () => {
    fake = await startVolubileFake({ apiKey });
    // Backend: mint a scoped token with the key.
    const minted = await issueVolubileToken({ apiKey, scopes: ['calls:read'], baseUrl: fake.url });
    // Frontend: only ever sees the token.
    let asked = 0;
    const client = createVolubileClient({
      baseUrl: fake.url,
      getToken: async () => {
        asked++;
        return { accessToken: minted.token, expiresIn: minted.expiresIn };
      },
    });
    expect((await client.GET('/v1/calls')).response.status).toBe(200);
    expect((await client.GET('/v1/calls')).response.status).toBe(200);
    expect(asked).toBe(1);
    expect(fake.apiRequests().every((request) => request.headers['x-api-key'] === undefined)).toBe(
      true,
    );
  });
});

describe('issueVolubileToken', () => {
  it('mints one scoped token and says when it expires, measured from the request start', async () => {
    fake = await startVolubileFake({ apiKey });
    const before = Date.now();
    const minted = await issueVolubileToken({
      apiKey,
      scopes: ['calls:write', 'calls:read'],
      baseUrl: fake.url,
    });
    expect(minted).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
    expect(minted.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 900_000);
    expect(minted.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 900_000);
    expect(scopeBodies()).toEqual([['calls:read', 'calls:write']]);
    expect(fake.tokenRequests()[0]?.headers.authorization).toBeUndefined();
  });

  it('a wrong key: AuthError INVALID_CREDENTIALS', async () => {
    fake = await startVolubileFake({ apiKey });
    expect(
      await rejection(
        issueVolubileToken({ apiKey: 'nope', scopes: ['calls:read'], baseUrl: fake.url }),
      ),
    ).toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('rejects bad options at once, naming them', async () => {
    await expect(issueVolubileToken({ apiKey: '', scopes: ['calls:read'] })).rejects.toThrow(
      'issueVolubileToken: options.apiKey must not be empty',
    );
    await expect(issueVolubileToken({ apiKey, scopes: [] })).rejects.toThrow(
      'issueVolubileToken: options.scopes must be a non-empty array',
    );
  });
});

describe('construction', () => {
  it('an unknown scope from a JavaScript caller fails at construction, naming it', () => {
    expect(() => createVolubileClient({ apiKey, scopes: ['calls:raed' as never] })).toThrow(
      'createVolubileClient: options.scopes has an unknown scope "calls:raed"; known: calls:read, calls:write',
    );
    expect(() => createVolubileClient({ apiKey, scopes: [] })).toThrow(
      'createVolubileClient: options.scopes must be a non-empty array of scopes',
    );
  });

  it('types: an unknown scope does not compile', () => {
    // @ts-expect-error 'calls:raed' is not a Volubile scope
    const build = () => createVolubileClient({ apiKey, scopes: ['calls:raed'] });
    expect(build).toThrow('unknown scope');
  });

  it('the browser guard: an apiKey where window and document exist throws; getToken or the opt-in passes', () => {
    const g = globalThis as { window?: unknown; document?: unknown };
    g.window = {};
    g.document = {};
    try {
      expect(() => createVolubileClient({ apiKey })).toThrow(/options\.apiKey .* browser/);
      expect(() => createVolubileClient({ getToken: async () => 't' })).not.toThrow();
      expect(() => createVolubileClient({ apiKey, dangerouslyAllowBrowser: true })).not.toThrow();
    } finally {
      delete g.window;
      delete g.document;
    }
  });
});
