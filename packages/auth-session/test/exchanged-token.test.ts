// The x-token-exchange runtime a generated factory names: `exchangedToken` (tokens minted through
// the spec's own token operation), `createFrontendClient` (getToken only) and `issueToken`, against
// one fake fetch serving the token operation and the API.
import { inspect } from 'node:util';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../src/index.js';
import {
  type ApiSecurityDescription,
  apiKey,
  checkScopes,
  createFrontendClient,
  createSpecClient,
  exchangedToken,
  explainExchange,
  issueToken,
  type SecuritySchemeData,
  type SpecDescription,
  type TokenExchange,
  tokenProvider,
} from '../src/kit.js';

const BASE = 'https://api.test';
const SECRET = 'sec-Yt71pq';
const KEY = 'key-Mm40aa';

/** The token operation (`POST /token`) answers `token(n, body)`; the API echoes 200. */
function backend(
  token: (n: number, body: unknown) => Response = (n) =>
    Response.json({ data: { jwt: `t${n}`, ttl: 600 } }),
) {
  const issued: { headers: Headers; body: unknown }[] = [];
  const api: Headers[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === '/token') {
      const body = await request.json();
      issued.push({ headers: request.headers, body });
      return token(issued.length, body);
    }
    api.push(request.headers);
    return Response.json({ ok: true });
  };
  return { issued, api, fetch: fetch as typeof globalThis.fetch };
}

const pairExchange: TokenExchange = {
  method: 'POST',
  path: '/token',
  issues: 'bearer',
  request: { clientId: ['client', 'id'], clientSecret: ['client', 'secret'] },
  response: { accessToken: ['data', 'jwt'], expiresIn: ['data', 'ttl'] },
  identity: 'clientId',
  authSchemes: [],
  authOptions: [],
};

const keyExchange: TokenExchange = {
  method: 'POST',
  path: '/token',
  issues: 'bearer',
  request: { scopes: ['scope'] },
  response: { accessToken: ['data', 'jwt'], expiresIn: ['data', 'ttl'] },
  required: ['expiresIn'],
  scopeOption: 'scopes',
  scopeValues: ['b:read', 'a:write'],
  errors: { 403: 'a token cannot mint a token' },
  rejectedFields: { list: ['errors'], field: ['field'] },
  authSchemes: ['key'],
  authOptions: ['apiKey'],
};

const SCHEMES: Record<string, SecuritySchemeData> = {
  bearer: { type: 'http', scheme: 'bearer' },
  key: { type: 'apiKey', in: 'header', name: 'X-Key' },
};

// The API takes the Bearer or the key; the token operation the key (or nothing).
const api = (tokenSecurity: string[][]): ApiSecurityDescription => ({
  security: [[['bearer'], ['key']], tokenSecurity],
  routes: [['POST', '/token', 1]],
});

function spec(exchange: TokenExchange): SpecDescription<object> {
  return {
    caller: 'createAcmeClient',
    provider: 'acme',
    title: 'Acme',
    server: BASE,
    securitySchemes: SCHEMES,
    handlers: [
      ['bearer', exchangedToken(exchange, { checkScopes, explain: explainExchange(exchange) })],
      ['bearer', tokenProvider],
      ...(exchange.authSchemes?.length ? [['key', apiKey] as const] : []),
    ],
    needs: 'the credentials',
    required: exchange.authSchemes?.length
      ? ['apiKey', 'is required and must be a string']
      : ['clientId', 'is required and must be a string'],
    api: api(exchange.authSchemes?.length ? [['key']] : [[]]),
    createClient: createClient<Record<string, never>>,
  };
}

type Built = {
  GET(path: string): Promise<{ response: Response }>;
  session?: { key?: string; getToken(): Promise<string> };
};
const build = (options: Record<string, unknown>, exchange: TokenExchange) =>
  createSpecClient(options as never, spec(exchange)) as unknown as Built;

const thrown = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

describe('exchangedToken', () => {
  it('writes each option where the exchange says, keys the session by the identity, never the secret', async () => {
    const fake = backend();
    const client = build(
      { clientId: 'acct-1', clientSecret: SECRET, fetch: fake.fetch },
      pairExchange,
    );
    await client.GET('/things');
    expect(fake.issued[0]?.body).toEqual({ client: { id: 'acct-1', secret: SECRET } });
    expect(fake.api[0]?.get('authorization')).toBe('Bearer t1');
    expect(client.session?.key).toBe(`acme|${BASE}|id:acct-1|`);
    expect(inspect(client, { depth: 6 })).not.toContain(SECRET);
  });

  it('without an identity, keys the session by a fingerprint of the credentials', async () => {
    const { identity: _, ...anonymous } = pairExchange;
    const fake = backend();
    const client = build(
      { clientId: 'acct-1', clientSecret: SECRET, fetch: fake.fetch },
      anonymous,
    );
    expect(client.session?.key).toMatch(/^acme\|https:\/\/api\.test\|fp:[0-9a-f]{16}\|$/);
    expect(client.session?.key).not.toContain('acct-1');
  });

  it('a missing or empty credential is named, a secret is refused in a browser', async () => {
    expect((await thrown(() => build({}, pairExchange))).message).toBe(
      'createAcmeClient: options.clientId is required and must be a string',
    );
    expect((await thrown(() => build({ clientId: 'a' }, pairExchange))).message).toBe(
      'createAcmeClient: options.clientSecret is required and must be a string',
    );
    const g = globalThis as { window?: unknown; document?: unknown };
    g.window = {};
    g.document = {};
    try {
      const error = await thrown(() =>
        build({ clientId: 'a', clientSecret: SECRET }, pairExchange),
      );
      expect(error.message).toMatch(/options\.clientSecret .*browser/);
      expect(error.message).not.toContain(SECRET);
    } finally {
      delete g.window;
      delete g.document;
    }
  });

  it("sends the token operation's own credential (the key), sorted scopes, and the Bearer on API calls", async () => {
    const fake = backend();
    const client = build(
      { apiKey: KEY, scopes: ['b:read', 'a:write', 'b:read'], fetch: fake.fetch },
      keyExchange,
    );
    await client.GET('/things');
    expect(fake.issued[0]?.headers.get('x-key')).toBe(KEY);
    expect(fake.issued[0]?.body).toEqual({ scope: ['a:write', 'b:read'] });
    expect(fake.api[0]?.get('authorization')).toBe('Bearer t1');
    expect(fake.api[0]?.has('x-key')).toBe(false);
    expect(client.session?.key).toMatch(/\|fp:[0-9a-f]{16}\|a:write b:read$/);
  });

  it('with the key alone: no session, the key on every call', async () => {
    const fake = backend();
    const client = build({ apiKey: KEY, fetch: fake.fetch }, keyExchange);
    await client.GET('/things');
    expect(client.session).toBeUndefined();
    expect(fake.issued).toHaveLength(0);
    expect(fake.api[0]?.get('x-key')).toBe(KEY);
  });

  it('scopes without the key name the key; bad scopes are named', async () => {
    expect((await thrown(() => build({ scopes: ['b:read'] }, keyExchange))).message).toBe(
      'createAcmeClient: options.apiKey is required and must be a string',
    );
    expect((await thrown(() => build({ apiKey: KEY, scopes: [] }, keyExchange))).message).toBe(
      'createAcmeClient: options.scopes must be a non-empty array of scopes',
    );
    expect((await thrown(() => build({ apiKey: KEY, scopes: ['c'] }, keyExchange))).message).toBe(
      'createAcmeClient: options.scopes has an unknown scope "c"; known: b:read, a:write',
    );
  });

  it("says what an error status means, as the exchange declares it, and names a 400's refused fields only", async () => {
    const answers = [
      Response.json({ errors: [] }, { status: 403 }),
      Response.json({ errors: [{ field: 'scope[0]', rejectedValue: KEY }] }, { status: 400 }),
    ];
    const fake = backend(() => answers.shift() as Response);
    const client = build(
      { apiKey: KEY, scopes: ['b:read'], fetch: fake.fetch, maxRetries: 0 },
      keyExchange,
    );
    const forbidden = await thrown(() => client.GET('/things'));
    expect(forbidden).toBeInstanceOf(AuthError);
    expect(forbidden.message).toContain('a token cannot mint a token');
    const refused = await thrown(() => client.GET('/things'));
    expect(refused.message).toContain('rejected scope[0]');
    expect(refused.message).not.toContain(KEY);
  });
});

describe('createFrontendClient', () => {
  const frontend = (options: Record<string, unknown>, server?: string) =>
    createFrontendClient(options as never, {
      caller: 'createAcmeClient',
      provider: 'acme',
      entry: '@apiclients/acme',
      ...(server ? { server } : {}),
      schemes: ['bearer'],
      secrets: ['clientId', 'clientSecret'],
      api: api([[]]),
      createClient: createClient<Record<string, never>>,
    }) as unknown as Built;

  it('sends the Bearer getToken gives, and has the session', async () => {
    const fake = backend();
    const client = frontend({ getToken: async () => 'from-backend', fetch: fake.fetch }, BASE);
    await client.GET('/things');
    expect(fake.api[0]?.get('authorization')).toBe('Bearer from-backend');
    await expect(client.session?.getToken()).resolves.toBe('from-backend');
  });

  it('refuses a secret first, naming it and the root entry, never echoing it; then asks for getToken', async () => {
    const error = await thrown(() => frontend({ clientSecret: SECRET }, BASE));
    expect(error.message).toBe(
      'createAcmeClient: options.clientSecret is not accepted by @apiclients/acme/frontend, which takes getToken only; keep secrets on your backend and import createAcmeClient from "@apiclients/acme" there.',
    );
    expect((await thrown(() => frontend({}, BASE))).message).toBe(
      'createAcmeClient: options.getToken must be a function',
    );
    expect((await thrown(() => frontend({ getToken: async () => 't' }, undefined))).message).toBe(
      'createAcmeClient: options.baseUrl is required',
    );
  });
});

describe('issueToken', () => {
  const issue = (options: Record<string, unknown>, exchange = keyExchange) =>
    issueToken(options as never, {
      caller: 'issueAcmeToken',
      title: 'Acme',
      server: BASE,
      exchange,
      securitySchemes: SCHEMES,
      handlers: [['key', apiKey]],
      createClient: createClient<Record<string, never>>,
      parts: { checkScopes },
    });

  it('mints one token with the key and the scopes, and says when it expires', async () => {
    const fake = backend();
    const before = Date.now();
    const token = await issue({ apiKey: KEY, scopes: ['b:read'], fetch: fake.fetch });
    expect(token).toMatchObject({ token: 't1', expiresIn: 600, tokenType: 'Bearer' });
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(fake.issued[0]?.headers.get('x-key')).toBe(KEY);
  });

  it('bad options reject at once, naming them', async () => {
    await expect(issue({ scopes: ['b:read'] })).rejects.toThrow(
      'issueAcmeToken: options.apiKey is required and must be a string',
    );
    await expect(issue({ apiKey: KEY, scopes: [] })).rejects.toThrow(
      'issueAcmeToken: options.scopes must be a non-empty array',
    );
    await expect(issue({ apiKey: KEY, scopes: ['b:read'], fetch: 'x' })).rejects.toThrow(
      'issueAcmeToken: options.fetch must be a function',
    );
  });

  it('a token without a lifetime is MALFORMED_RESPONSE: whoever holds it must know when it ends', async () => {
    const fake = backend(() => Response.json({ data: { jwt: 'no-ttl' } }));
    const { required: _, ...lenient } = keyExchange;
    await expect(
      issue({ apiKey: KEY, scopes: ['b:read'], fetch: fake.fetch }, lenient),
    ).rejects.toMatchObject({
      code: 'MALFORMED_RESPONSE',
    });
  });
});
