// Every client the bench compares, behind one shape: build it against a target (a stub fetch or
// the loopback server), `warm` it unless the section wants it cold, then `get()` / `post()`.
//
// Routes: the reference and rival rows call Blips-shaped routes (GET/POST /tokens) with a static
// Bearer. Our rows call each spec's own authenticated routes: Hashrails GET /v1/transactions;
// Volubile GET/POST /v1/calls (scopes calls:read + calls:write); Blips GET/POST /tokens. The
// Hashrails spec has no authenticated POST yet, so its POST row sends POST /v1/transactions
// through the client untyped: the auth fetch falls back to the spec's top-level bearerAuth.

import type { paths as BlipsPaths } from '@apiclients/blips';
import { createBlipsClient } from '@apiclients/blips';
import { createHashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient } from '@apiclients/volubile';
import { createClient as createHeyApiClient } from '@hey-api/client-fetch';
import OpenAI from 'openai';
import createOpenapiFetchClient, { type Client } from 'openapi-fetch';
import { HASHRAILS_TOKEN_PATH } from './stub-fetch.js';

export type Group = 'reference' | 'ours' | 'rival';

export interface Driver {
  get(): Promise<unknown>;
  post(): Promise<unknown>;
}

export interface Target {
  readonly baseUrl: string;
  /** A stub; undefined means the global fetch (the loopback sections). */
  readonly fetch?: typeof fetch;
  /** Token lifetime and refresh window, for the soak. */
  readonly refreshWindowMs?: number;
}

export interface Variant {
  readonly name: string;
  readonly group: Group;
  /** Whether the client obtains tokens itself (cold burst and soak apply). */
  readonly issuesTokens?: boolean;
  create(target: Target): Promise<Driver>;
}

export const BARE = 'openapi-fetch';

const STATIC_BEARER = { authorization: 'Bearer bench-static-token' };
const TOKEN_BODY = { name: 'bench', permissions: ['VIEW'] as ('VIEW' | 'TRANSACT' | 'MANAGE')[] };
const CALL_BODY = { agentId: 'agent-1', recipient: { phone: '+15550100' } };
const SECRETS = { clientId: 'bench-client', clientSecret: 'bench-secret' };

const fail = (what: string, error: unknown): never => {
  throw new Error(`${what} answered with an error: ${JSON.stringify(error)}`);
};

/** openapi-fetch answers `{ data, error }`; an error here means the bench measures nothing. */
async function ok<T extends { error?: unknown }>(what: string, call: Promise<T>): Promise<T> {
  const result = await call;
  if (result.error !== undefined) fail(what, result.error);
  return result;
}

/** Tokens issued, caches filled, the JIT given a first look. */
export async function warm(driver: Driver, calls = 20): Promise<Driver> {
  for (let i = 0; i < calls; i++) {
    await driver.get();
    await driver.post();
  }
  return driver;
}

/** Bare openapi-fetch with a static Bearer; `signal`, if given, makes each call's signal. */
async function bareDriver({ baseUrl, fetch }: Target, signal?: () => AbortSignal): Promise<Driver> {
  const client = createOpenapiFetchClient<BlipsPaths>({ baseUrl, fetch, headers: STATIC_BEARER });
  return {
    // No `signal` key at all on the bare row: it must cost nothing there.
    get: () => ok('GET /tokens', client.GET('/tokens', signal && { signal: signal() })),
    post: () =>
      ok(
        'POST /tokens',
        client.POST(
          '/tokens',
          signal ? { body: TOKEN_BODY, signal: signal() } : { body: TOKEN_BODY },
        ),
      ),
  };
}

export const VARIANTS: readonly Variant[] = [
  {
    name: 'fetch (raw)',
    group: 'reference',
    async create({ baseUrl, fetch: send = globalThis.fetch }) {
      const json = async (response: Promise<Response>) => (await response).json();
      return {
        get: () => json(send(`${baseUrl}/tokens`, { headers: STATIC_BEARER })),
        post: () =>
          json(
            send(`${baseUrl}/tokens`, {
              method: 'POST',
              headers: { ...STATIC_BEARER, 'content-type': 'application/json' },
              body: JSON.stringify(TOKEN_BODY),
            }),
          ),
      };
    },
  },
  {
    name: BARE,
    group: 'reference',
    create: (target) => bareDriver(target),
  },
  {
    // What a timeout costs on its own: bare openapi-fetch given a deadline signal per call, as a
    // user of a client without one would add. Every client with a per-attempt timeout hands fetch
    // a signal, and undici follows each (a listener, a WeakRef, a finalizer): on a real socket
    // that is most of the difference between our rows and the bare one.
    name: 'openapi-fetch + timeout signal',
    group: 'reference',
    create: (target) => bareDriver(target, () => AbortSignal.timeout(60_000)),
  },
  {
    // What a hand-rolled integration looks like: one token, fetched once, set by a middleware.
    name: 'openapi-fetch + naive auth',
    group: 'reference',
    async create({ baseUrl, fetch: send = globalThis.fetch }) {
      let token: Promise<string> | undefined;
      const issue = async () => {
        const response = await send(`${baseUrl}${HASHRAILS_TOKEN_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            client_id: SECRETS.clientId,
            client_secret: SECRETS.clientSecret,
          }),
        });
        const body = (await response.json()) as { data: { access_token: string } };
        return body.data.access_token;
      };
      const client = createOpenapiFetchClient<BlipsPaths>({ baseUrl, fetch: send });
      client.use({
        async onRequest({ request }) {
          token ??= issue();
          request.headers.set('authorization', `Bearer ${await token}`);
          return request;
        },
      });
      return {
        get: () => ok('GET /tokens', client.GET('/tokens')),
        post: () => ok('POST /tokens', client.POST('/tokens', { body: TOKEN_BODY })),
      };
    },
  },
  {
    name: '@apiclients/hashrails',
    group: 'ours',
    issuesTokens: true,
    async create({ baseUrl, fetch, refreshWindowMs }) {
      const client = createHashrailsClient({ ...SECRETS, baseUrl, fetch, refreshWindowMs });
      // No authenticated POST in specs/hashrails.yaml yet: the untyped client sends one.
      const untyped = client as unknown as Client<Record<string, never>>;
      return {
        get: () => ok('GET /v1/transactions', client.GET('/v1/transactions')),
        post: () =>
          ok(
            'POST /v1/transactions',
            (untyped.POST as (path: string, init: object) => Promise<{ error?: unknown }>)(
              '/v1/transactions',
              { body: { amount: 100, currency: 'USD' } },
            ),
          ),
      };
    },
  },
  {
    name: '@apiclients/volubile',
    group: 'ours',
    issuesTokens: true,
    async create({ baseUrl, fetch, refreshWindowMs }) {
      const client = createVolubileClient({
        apiKey: 'bench-api-key',
        scopes: ['calls:read', 'calls:write'],
        baseUrl,
        fetch,
        refreshWindowMs,
      });
      return {
        get: () => ok('GET /v1/calls', client.GET('/v1/calls')),
        post: () => ok('POST /v1/calls', client.POST('/v1/calls', { body: CALL_BODY })),
      };
    },
  },
  {
    name: '@apiclients/blips',
    group: 'ours',
    async create({ baseUrl, fetch }) {
      const client = createBlipsClient({ ...SECRETS, baseUrl, fetch });
      return {
        get: () => ok('GET /tokens', client.GET('/tokens')),
        post: () => ok('POST /tokens', client.POST('/tokens', { body: TOKEN_BODY })),
      };
    },
  },
  {
    // Stainless-generated; driven through its generic verbs, which run its whole request path
    // (headers, retries, timeout, JSON parsing) without any OpenAI endpoint's types.
    name: 'openai (Stainless)',
    group: 'rival',
    async create({ baseUrl, fetch }) {
      const client = new OpenAI({ apiKey: 'bench-static-token', baseURL: baseUrl, fetch });
      return {
        get: () => client.get('/tokens'),
        post: () => client.post('/tokens', { body: TOKEN_BODY }),
      };
    },
  },
  {
    name: '@hey-api/client-fetch',
    group: 'rival',
    async create({ baseUrl, fetch }) {
      const client = createHeyApiClient({
        baseUrl,
        auth: () => 'bench-static-token',
        ...(fetch ? { fetch: (request: Request) => fetch(request) } : {}),
      });
      const security = [{ type: 'http', scheme: 'bearer' }] as const;
      return {
        get: () => ok('GET /tokens', client.get({ url: '/tokens', security: [...security] })),
        post: () =>
          ok(
            'POST /tokens',
            client.post({ url: '/tokens', security: [...security], body: TOKEN_BODY }),
          ),
      };
    },
  },
];
