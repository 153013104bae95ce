// createSpecClient: a spec's security schemes as credential options, through the handlers a
// generated factory names, against a fake API and, for OAuth2 client credentials, a fake token
// endpoint on the same fetch.
import { inspect } from 'node:util';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError, createMemoryStore } from '../src/index.js';
import {
  type ApiSecurityDescription,
  apiKey,
  bearerToken,
  clientCredentials,
  createSpecClient,
  httpBasic,
  pagesOf,
  type SchemeHandler,
  type SecuritySchemeData,
  type SpecDescription,
} from '../src/kit.js';

const SECRET = 'client-secret-Zq81xV';
const KEY = 'api-key-Hw55tR';
const BASE = 'https://api.test/v2';

type Paths = Record<string, never>;
interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
}

/**
 * One fetch for the API and the token endpoint (`/oauth/token`): the token endpoint answers
 * `token(n)` for its nth call, the API 401 for the tokens in `refused` and 200 otherwise.
 */
function backend(
  token: (n: number, seen: Seen) => Response = (n) =>
    Response.json({ access_token: `t${n}`, token_type: 'Bearer', expires_in: 3600 }),
  refused: string[] = [],
) {
  const api: Seen[] = [];
  const issued: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const seen = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await request.text(),
    };
    if (new URL(request.url).pathname.endsWith('/oauth/token')) {
      issued.push(seen);
      return token(issued.length, seen);
    }
    api.push(seen);
    const bearer = request.headers.get('authorization')?.replace('Bearer ', '');
    return bearer && refused.includes(bearer)
      ? Response.json({ message: 'expired' }, { status: 401 })
      : Response.json({ ok: true });
  };
  return { api, issued, fetch: fetch as typeof globalThis.fetch };
}

const oauth: SecuritySchemeData = {
  type: 'oauth2',
  flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: ['read', 'write'] } },
};

/** A spec whose every operation takes `security` (alternatives of scheme names). */
function spec(
  schemes: Record<string, [SecuritySchemeData, ...SchemeHandler[]]>,
  security: string[][],
  extra: Partial<SpecDescription<object>> = {},
): SpecDescription<object> {
  const api: ApiSecurityDescription = {
    security: [security, []],
    routes: [['POST', '/oauth/token', 1]],
  };
  return {
    caller: 'createAcmeClient',
    provider: 'acme',
    title: 'Acme',
    server: BASE,
    securitySchemes: Object.fromEntries(Object.entries(schemes).map(([n, [s]]) => [n, s])),
    handlers: Object.entries(schemes).flatMap(([name, [, ...handlers]]) =>
      handlers.map((handler) => [name, handler] as const),
    ),
    needs: 'the credentials',
    api,
    createClient: createClient<Paths>,
    ...extra,
  };
}

type Any = Record<string, unknown>;
const client = (options: Any, description: SpecDescription<object>) =>
  createSpecClient(options as never, description) as unknown as {
    GET(path: string, init?: object): Promise<{ response: Response }>;
    POST(path: string, init?: object): Promise<{ response: Response }>;
    paginate?: unknown;
    withOptions(overrides: object): { GET(path: string): Promise<{ response: Response }> };
  };

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

const clean = (value: unknown, ...secrets: string[]) => {
  for (const text of [
    String(value),
    JSON.stringify(value) ?? '',
    inspect(value, { depth: 10, showHidden: true }),
  ]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createSpecClient: http basic', () => {
  const basic = spec({ basicAuth: [{ type: 'http', scheme: 'basic' }, httpBasic] }, [
    ['basicAuth'],
  ]);

  it('sends Basic base64(utf8(clientId:clientSecret)) against the default server', async () => {
    const { api, fetch } = backend();
    await client({ clientId: 'clé', clientSecret: SECRET, fetch }, basic).GET('/things');
    expect(api[0]?.url).toBe(`${BASE}/things`);
    expect(api[0]?.headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`clé:${SECRET}`).toString('base64')}`,
    );
  });

  it('refuses a colon in clientId, a missing half, and session options it has no use for', () => {
    expect(() => client({ clientId: 'a:b', clientSecret: 's' }, basic)).toThrow(
      'createAcmeClient: options.clientId must not contain ":" (RFC 7617 Basic auth)',
    );
    expect(() => client({ clientId: 'id' }, basic)).toThrow(
      'createAcmeClient: options.clientSecret is required and must be a string',
    );
    expect(() =>
      client({ clientId: 'id', clientSecret: 's', store: createMemoryStore() }, basic),
    ).toThrow('createAcmeClient: options.store is not an option');
    expect(() => client({ clientId: 'id', clientSecret: 's', clientSecet: 's' }, basic)).toThrow(
      'createAcmeClient: options.clientSecet is not an option: did you mean clientSecret?',
    );
  });

  it('names what satisfies the spec when no credentials are given', () => {
    expect(() => client({}, basic)).toThrow(
      new TypeError('createAcmeClient: options need credentials: pass the credentials'),
    );
  });

  it('takes the credentials of some operations when operations ask for different schemes', async () => {
    // Bearer on every operation the top-level requirement covers, the API key on /keyed.
    const mixed = spec(
      {
        bearer: [{ type: 'http', scheme: 'bearer' }, bearerToken],
        key: [{ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, apiKey],
      },
      [['bearer']],
    );
    const routed = {
      ...mixed,
      api: { security: [[['bearer']], [['key']]], routes: [['GET', '/keyed', 1]] as const },
    };
    const { api, fetch } = backend();
    const keyed = client({ apiKey: KEY, fetch }, routed);
    await keyed.GET('/keyed');
    expect(api[0]?.headers.get('x-api-key')).toBe(KEY);
    // No requirement met at all: still refused.
    expect(() => client({}, routed)).toThrow('options need credentials');
  });

  it('refuses the secret in a browser unless dangerouslyAllowBrowser', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => client({ clientId: 'id', clientSecret: SECRET }, basic)).toThrow(
      'createAcmeClient: options.clientSecret looks like it is running in a browser',
    );
    expect(() =>
      client({ clientId: 'id', clientSecret: SECRET, dangerouslyAllowBrowser: true }, basic),
    ).not.toThrow();
  });
});

describe('createSpecClient: base URL', () => {
  const basic = { basicAuth: [{ type: 'http', scheme: 'basic' }, httpBasic] } as Record<
    string,
    [SecuritySchemeData, SchemeHandler]
  >;
  const noServer = spec(basic, [['basicAuth']], {
    server: undefined,
    noServer: 'Acme has no default server (its server is https://{host})',
  });

  it('is required without a default server, the message saying why', () => {
    expect(() => client({ clientId: 'id', clientSecret: 's' }, noServer)).toThrow(
      new TypeError(
        'createAcmeClient: options.baseUrl is required: Acme has no default server (its server is https://{host})',
      ),
    );
  });

  it('given, it wins over the default and is checked like every base URL', async () => {
    const { api, fetch } = backend();
    await client(
      { clientId: 'id', clientSecret: 's', baseUrl: 'https://eu.api.test', fetch },
      noServer,
    ).GET('/x');
    expect(api[0]?.url).toBe('https://eu.api.test/x');
    expect(() =>
      client(
        { clientId: 'id', clientSecret: 's', baseUrl: 'ftp://x' },
        spec(basic, [['basicAuth']]),
      ),
    ).toThrow('createAcmeClient: options.baseUrl must be an absolute http(s) URL');
  });
});

describe('createSpecClient: bearer (getToken or token)', () => {
  const bearer = spec({ bearerAuth: [{ type: 'http', scheme: 'bearer' }, bearerToken] }, [
    ['bearerAuth'],
  ]);

  it('takes tokens from getToken, cached, and asks again after a 401', async () => {
    const { api, fetch } = backend(undefined, ['old']);
    const tokens = ['old', 'new'];
    const getToken = vi.fn(async () => tokens.shift() as string);
    const acme = client({ getToken, fetch }, bearer);
    const { response } = await acme.GET('/a');
    await acme.GET('/b');
    expect(response.status).toBe(200);
    expect(api.map((seen) => seen.headers.get('authorization'))).toEqual([
      'Bearer old',
      'Bearer new',
      'Bearer new',
    ]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('sends a static token as is, and refuses token with getToken', async () => {
    const { api, fetch } = backend();
    await client({ token: 'tok', fetch }, bearer).GET('/a');
    expect(api[0]?.headers.get('authorization')).toBe('Bearer tok');
    expect(() => client({ token: 'tok', getToken: async () => 'x' }, bearer)).toThrow(
      'createAcmeClient: options.token and options.getToken exclude each other',
    );
    expect(() => client({ token: 'tok\n' }, bearer)).toThrow(
      'createAcmeClient: options.token must not contain control characters',
    );
    expect(() => client({ getToken: 'tok' }, bearer)).toThrow(
      'createAcmeClient: options.getToken must be a function',
    );
    expect(() => client({ identity: 'user-1' }, bearer)).toThrow(
      'createAcmeClient: options.getToken must be a function',
    );
  });

  it('takes the session options (it keeps tokens)', () => {
    expect(() =>
      client({ getToken: async () => 't', store: createMemoryStore(), refreshWindowMs: 0 }, bearer),
    ).not.toThrow();
  });
});

describe('createSpecClient: apiKey', () => {
  const keyed = (where: string, name = 'api_key') =>
    spec({ key: [{ type: 'apiKey', in: where, name }, apiKey] }, [['key']]);

  it('in a header, that a header can carry', async () => {
    const { api, fetch } = backend();
    await client({ apiKey: KEY, fetch }, keyed('header', 'X-Api-Key')).GET('/a');
    expect(api[0]?.headers.get('x-api-key')).toBe(KEY);
    const error = thrown(() => client({ apiKey: ` ${KEY}` }, keyed('header', 'X-Api-Key')));
    expect(error.message).toBe(
      'createAcmeClient: options.apiKey must be sendable as an HTTP header value: no surrounding whitespace and no character above U+00FF',
    );
    clean(error, KEY);
  });

  it('in the query: set on the URL, other parameters and the body kept, on every retry', async () => {
    const api: Seen[] = [];
    const fetch = (async (input: Request) => {
      api.push({
        url: input.url,
        method: input.method,
        headers: input.headers,
        body: await input.text(),
      });
      return api.length === 1 ? new Response(null, { status: 503 }) : Response.json({});
    }) as typeof globalThis.fetch;
    const acme = client({ apiKey: 'k y&=', fetch }, keyed('query'));
    await acme.POST('/items', {
      params: { query: { q: 'x' } },
      body: { name: 'n' },
      headers: { 'Idempotency-Key': 'fixed' },
    });
    expect(api).toHaveLength(2);
    for (const seen of api) {
      const url = new URL(seen.url);
      expect(url.searchParams.get('api_key')).toBe('k y&=');
      expect(url.searchParams.get('q')).toBe('x');
      expect(JSON.parse(seen.body)).toEqual({ name: 'n' });
      expect(seen.method).toBe('POST');
      expect(seen.headers.get('content-type')).toBe('application/json');
    }
  });

  it('in a cookie: a Cookie header, the value checked', async () => {
    const { api, fetch } = backend();
    await client({ apiKey: KEY, fetch }, keyed('cookie', 'session')).GET('/a');
    expect(api[0]?.headers.get('cookie')).toBe(`session=${KEY}`);
    const error = thrown(() => client({ apiKey: `${KEY};x=1` }, keyed('cookie', 'session')));
    expect(error.message).toBe(
      'createAcmeClient: options.apiKey must be a valid cookie value (RFC 6265)',
    );
    clean(error, KEY);
  });

  it('refuses the key in a browser unless dangerouslyAllowBrowser', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => client({ apiKey: KEY }, keyed('header', 'X-Api-Key'))).toThrow(
      'createAcmeClient: options.apiKey looks like it is running in a browser',
    );
  });
});

describe('createSpecClient: several schemes', () => {
  const either = spec(
    {
      bearerAuth: [{ type: 'http', scheme: 'bearer' }, bearerToken],
      key: [{ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, apiKey],
    },
    [['bearerAuth'], ['key']],
  );

  it('each operation takes the first alternative the options satisfy', async () => {
    const { api, fetch } = backend();
    await client({ apiKey: KEY, fetch }, either).GET('/a');
    await client({ getToken: async () => 'tok', fetch }, either).GET('/a');
    await client({ getToken: async () => 'tok', apiKey: KEY, fetch }, either).GET('/a');
    expect(
      api.map((seen) => [seen.headers.get('x-api-key'), seen.headers.get('authorization')]),
    ).toEqual([
      [KEY, null],
      [null, 'Bearer tok'],
      [null, 'Bearer tok'],
    ]);
  });

  it('knows the options of every scheme, and no other', () => {
    expect(() => client({ apiKey: KEY, clientId: 'x' }, either)).toThrow(
      'createAcmeClient: options.clientId is not an option',
    );
  });
});

describe('createSpecClient: OAuth2 client credentials (RFC 6749 §4.4)', () => {
  const cc = spec({ oauth: [oauth, clientCredentials, bearerToken] }, [['oauth']]);

  it('exchanges the pair at the tokenUrl (relative to baseUrl): form body, Basic client auth', async () => {
    const { api, issued, fetch } = backend();
    const acme = client(
      { clientId: 'my id:1', clientSecret: 'p&ss', scopes: ['write', 'read'], fetch },
      cc,
    );
    await acme.GET('/a');
    await acme.GET('/b');
    expect(issued).toHaveLength(1);
    const [request] = issued as [Seen];
    expect(request.url).toBe('https://api.test/oauth/token');
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      grant_type: 'client_credentials',
      scope: 'read write',
    });
    // §2.3.1: both form-urlencoded, then Basic.
    expect(request.headers.get('authorization')).toBe(`Basic ${btoa('my+id%3A1:p%26ss')}`);
    expect(api.map((seen) => seen.headers.get('authorization'))).toEqual([
      'Bearer t1',
      'Bearer t1',
    ]);
  });

  it('client_secret_post: the pair in the form body, no Authorization; no scope when none asked', async () => {
    const { issued, fetch } = backend();
    await client(
      {
        clientId: 'id',
        clientSecret: SECRET,
        tokenEndpointAuthMethod: 'client_secret_post',
        fetch,
      },
      cc,
    ).GET('/a');
    expect(issued[0]?.headers.get('authorization')).toBeNull();
    expect(Object.fromEntries(new URLSearchParams(issued[0]?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'id',
      client_secret: SECRET,
    });
  });

  it('resolves a relative tokenUrl against a baseUrl with a path', async () => {
    const { issued, fetch } = backend();
    const relative = spec(
      {
        oauth: [
          { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'oauth/token' } } },
          clientCredentials,
        ],
      },
      [['oauth']],
    );
    await client({ clientId: 'id', clientSecret: 's', fetch }, relative).GET('/a');
    expect(issued[0]?.url).toBe(`${BASE}/oauth/token`);
  });

  it('one exchange however many calls wait for it', async () => {
    const { api, issued, fetch } = backend();
    const acme = client({ clientId: 'id', clientSecret: 's', fetch }, cc);
    await Promise.all(Array.from({ length: 8 }, (_, i) => acme.GET(`/calls/${i}`)));
    expect(issued).toHaveLength(1);
    expect(new Set(api.map((seen) => seen.headers.get('authorization')))).toEqual(
      new Set(['Bearer t1']),
    );
  });

  it('replays a 401 once with a fresh token', async () => {
    const { api, issued, fetch } = backend(undefined, ['t1']);
    const { response } = await client({ clientId: 'id', clientSecret: 's', fetch }, cc).GET('/a');
    expect(response.status).toBe(200);
    expect(issued).toHaveLength(2);
    expect(api.map((seen) => seen.headers.get('authorization'))).toEqual([
      'Bearer t1',
      'Bearer t2',
    ]);
  });

  it('refreshes an expiring token', async () => {
    const { issued, fetch } = backend((n) =>
      Response.json({ access_token: `t${n}`, token_type: 'bearer', expires_in: 0.2 }),
    );
    const acme = client({ clientId: 'id', clientSecret: 's', fetch }, cc);
    await acme.GET('/a');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await acme.GET('/b');
    expect(issued).toHaveLength(2);
  });

  it('shares one token through a store between clients of the same id and scopes', async () => {
    const { issued, fetch } = backend();
    const store = createMemoryStore();
    const options = { clientId: 'id', clientSecret: 's', scopes: ['read'], store, fetch };
    await client(options, cc).GET('/a');
    await client({ ...options, scopes: ['read', 'read'] }, cc).GET('/a');
    await client({ ...options, scopes: ['write'] }, cc).GET('/a');
    await client({ ...options, clientId: 'other' }, cc).GET('/a');
    expect(issued).toHaveLength(3);
  });

  it.each([
    ['not JSON', () => new Response('<html>', { status: 200 }), 'MALFORMED_RESPONSE'],
    ['no access_token', () => Response.json({ token_type: 'Bearer' }), 'MALFORMED_RESPONSE'],
    [
      'a token_type other than Bearer',
      () => Response.json({ access_token: 'x', token_type: 'mac' }),
      'MALFORMED_RESPONSE',
    ],
    [
      'a lifetime that is not a number',
      () => Response.json({ access_token: 'x', expires_in: '3600' }),
      'MALFORMED_RESPONSE',
    ],
  ])('a token response with %s is an AuthError %s', async (_, answer, code) => {
    const { fetch } = backend(answer);
    const error = await client({ clientId: 'id', clientSecret: SECRET, fetch }, cc)
      .GET('/a')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code, provider: 'Acme' });
    clean(error, SECRET);
  });

  it('a refused pair: INVALID_CREDENTIALS naming the RFC 6749 error code, never the body', async () => {
    const { issued, fetch } = backend((_, seen) =>
      Response.json(
        { error: 'invalid_client', error_description: `bad secret ${seen.body}` },
        { status: 401 },
      ),
    );
    const error = await client({ clientId: 'id', clientSecret: SECRET, fetch }, cc)
      .GET('/a')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthError', code: 'INVALID_CREDENTIALS', status: 401 });
    expect((error as Error).message).toBe(
      'Acme token request failed: HTTP 401 INVALID_CREDENTIALS: invalid_client',
    );
    expect(issued).toHaveLength(1); // not retried
    clean(error, SECRET);
  });

  it('checks scopes and the client authentication method at construction', () => {
    expect(() => client({ clientId: 'id', clientSecret: 's', scopes: ['admin'] }, cc)).toThrow(
      'createAcmeClient: options.scopes has an unknown scope "admin"; known: read, write',
    );
    expect(() => client({ clientId: 'id', clientSecret: 's', scopes: 'read' }, cc)).toThrow(
      'createAcmeClient: options.scopes must be an array of scopes',
    );
    expect(() =>
      client({ clientId: 'id', clientSecret: 's', tokenEndpointAuthMethod: 'private_key_jwt' }, cc),
    ).toThrow(
      'createAcmeClient: options.tokenEndpointAuthMethod must be "client_secret_basic" or "client_secret_post"',
    );
  });

  it('takes getToken instead (a frontend), and keeps the secret out of inspect output', async () => {
    const { api, issued, fetch } = backend();
    await client({ getToken: async () => 'minted', fetch }, cc).GET('/a');
    expect(issued).toHaveLength(0);
    expect(api[0]?.headers.get('authorization')).toBe('Bearer minted');
    clean(client({ clientId: 'id', clientSecret: SECRET, fetch }, cc), SECRET);
  });
});

describe('createSpecClient: the client', () => {
  it('pages when the spec does, and derives clients with withOptions', async () => {
    const { api, fetch } = backend();
    const basic = { basicAuth: [{ type: 'http', scheme: 'basic' }, httpBasic] } as Record<
      string,
      [SecuritySchemeData, SchemeHandler]
    >;
    const plain = client(
      { clientId: 'id', clientSecret: 's', fetch },
      spec(basic, [['basicAuth']]),
    );
    expect(plain.paginate).toBeUndefined();
    const paged = client(
      { clientId: 'id', clientSecret: 's', fetch },
      spec(basic, [['basicAuth']], {
        paginate: pagesOf({
          '/things': { style: 'cursor', cursorParam: 'c', items: 'data', nextCursor: 'n' },
        }),
      }),
    );
    expect(typeof paged.paginate).toBe('function');
    await paged.withOptions({ headers: { 'X-Trace': '1' } }).GET('/a');
    expect(api[0]?.headers.get('x-trace')).toBe('1');
    expect(api[0]?.headers.get('authorization')).toMatch(/^Basic /);
  });
});
