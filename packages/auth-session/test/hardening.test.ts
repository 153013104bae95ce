// Regression tests for the hardening issue: each case failed before its fix.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks } from '../../../scripts/src/fakes/find-leaks.js';
import { AuthError, createMemoryStore, createTokenSession, RequestError } from '../src/index.js';
import {
  ApiRequest,
  bearerCredential,
  callTokenEndpoint,
  createAuthFetch,
  type FetchLike,
  guardCalls,
  lifetime,
  readCommonOptions,
  requireCredential,
} from '../src/kit.js';
import { api, BASE } from './support/fake-server.js';
import { flush } from './support/fakes.js';

const SECRET = 'client-secret-Zq81xV';
const TOKEN = 'access-token-Kp02mW';

describe('no secret in a cause chain (defect 2)', () => {
  // A fetch (user-supplied, instrumented, or undici with some inputs) whose error quotes the
  // request: body, headers, and a nested cause doing the same.
  const quotingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body ?? (input instanceof Request ? await input.text() : '');
    const error = new TypeError(`fetch failed: POST ${String(input)} body=${String(body)}`);
    throw Object.assign(error, {
      code: 'UND_ERR_SOCKET',
      request: { headers: { authorization: `Bearer ${TOKEN}` }, body },
      cause: Object.assign(new Error(`socket closed while sending ${String(body)}`), {
        code: 'ECONNRESET',
        secret: SECRET,
      }),
    });
  };

  it('AuthError from a token request keeps class names and codes only', async () => {
    const error = await callTokenEndpoint(
      async (signal) => {
        await quotingFetch('https://auth.test/token', {
          method: 'POST',
          body: JSON.stringify({ client_secret: SECRET }),
          signal,
        });
        throw new Error('unreachable');
      },
      { provider: 'Acme', signal: new AbortController().signal, timeoutMs: 1000 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(findLeaks(error, [SECRET, TOKEN])).toEqual([]);
    const cause = (error as Error).cause as Error & { code?: string };
    expect(cause.message).toBe(
      'TypeError UND_ERR_SOCKET ← Error ECONNRESET (message withheld: it may quote the request)',
    );
    expect(cause.code).toBe('UND_ERR_SOCKET');
  });

  it('RequestError from an API call keeps class names and codes only', async () => {
    const session = createTokenSession({ issue: async () => ({ accessToken: TOKEN }) });
    const fetch = createAuthFetch({
      api,
      credentials: { bearer: bearerCredential(session) },
      fetch: (request) => quotingFetch(request),
      maxRetries: 0,
    });
    const error = await fetch(new Request(`${BASE}/items`, { method: 'POST', body: SECRET })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect(findLeaks(error, [SECRET, TOKEN])).toEqual([]);
  });

  it('a hostile error (throwing getters, a non-Error) becomes a plain summary', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error(SECRET);
        },
      },
    );
    for (const cause of [hostile, SECRET, { message: SECRET, name: SECRET }]) {
      const error = new AuthError('NETWORK', { cause });
      expect(findLeaks(error, [SECRET])).toEqual([]);
    }
  });
});

describe('credentials that cannot be sent are refused at construction (defect 3)', () => {
  it.each([
    ['a newline', 'key\nrest', false],
    ['a carriage return', 'key\rrest', false],
    ['a NUL', 'key\0rest', false],
    ['a trailing newline (from a file)', 'key-from-file\n', false],
    ['a character above U+00FF, in a header', 'key\u0100rest', true],
    ['surrounding spaces, in a header', ' key ', true],
  ])('with %s: names the option, never the value', (_, value, inHeader) => {
    const thrown = (() => {
      try {
        requireCredential('createAcmeClient', 'apiKey', value, inHeader);
      } catch (error) {
        return error as Error;
      }
    })();
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown?.message).toMatch(/^createAcmeClient: options\.apiKey must /);
    expect(findLeaks(thrown, [value.trim()])).toEqual([]);
  });

  it('takes what a JSON body can carry', () => {
    expect(requireCredential('c', 'clientSecret', 'sécret-\u0100')).toBe('sécret-\u0100');
  });
});

describe('a token that is not a header value is MALFORMED_RESPONSE (defect 4)', () => {
  it.each([
    ['CR LF', `${TOKEN}\r\nX-Injected: 1`],
    ['a space', `${TOKEN} more`],
    ['a character above U+00FF', `${TOKEN}\u2603`],
  ])('with %s: never sent, never echoed', async (_, accessToken) => {
    const session = createTokenSession({
      issue: async () => ({ accessToken, expiresIn: 3600 }),
      retry: { maxAttempts: 1 },
    });
    const sent: Request[] = [];
    const fetch = createAuthFetch({
      api,
      credentials: { bearer: bearerCredential(session) },
      fetch: async (request) => {
        sent.push(request);
        return new Response('ok');
      },
    });
    const error = await fetch(new Request(`${BASE}/items`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'MALFORMED_RESPONSE' });
    expect(sent).toEqual([]);
    expect(findLeaks(error, [TOKEN])).toEqual([]);
  });

  it('a store handing back an unsendable token is not used: a fresh one is issued', async () => {
    const store = createMemoryStore();
    await store.set('k', { accessToken: 'bad\ntoken', issuedAt: 0 });
    const session = createTokenSession({
      key: 'k',
      store,
      issue: async () => ({ accessToken: 'fresh' }),
    });
    expect(await session.getToken()).toBe('fresh');
  });
});

describe('a lifetime of 0 or less is MALFORMED_RESPONSE, not "no expiry" (defect 5)', () => {
  it.each([0, -1, -3600, Number.NaN, '3600'])('expiresIn %j', async (expiresIn) => {
    expect(() => lifetime(expiresIn, 'Acme')).toThrow(
      expect.objectContaining({ code: 'MALFORMED_RESPONSE' }),
    );
    const session = createTokenSession({
      issue: async () => ({ accessToken: TOKEN, expiresIn: expiresIn as number }),
      retry: { maxAttempts: 1 },
    });
    await expect(session.getToken()).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' });
  });

  it('an absent lifetime is still "until the API says 401"', () => {
    expect(lifetime(undefined, 'Acme')).toBeUndefined();
    expect(lifetime(null, 'Acme')).toBeUndefined();
    expect(lifetime(900, 'Acme')).toBe(900);
  });
});

describe('a stalled response body ends with the attempt (defect 6)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  /** A real loopback server that sends headers and half a body, then nothing. */
  async function stallingServer() {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"items": [');
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  }

  /** A client built as the generated packages build theirs: ApiRequest, auth fetch, guard. */
  const client = (timeoutMs = 60_000, fetch?: FetchLike) =>
    guardCalls(
      createClient<never>({
        Request: ApiRequest,
        fetch: createAuthFetch({
          api,
          credentials: {
            bearer: bearerCredential(
              createTokenSession({ issue: async () => ({ accessToken: 't' }) }),
            ),
          },
          timeoutMs,
          fetch,
        }),
      }) as unknown as { GET(path: string, init?: { signal?: AbortSignal }): Promise<unknown> },
    );

  it("the caller's signal aborts the body read: RequestError ABORTED", async () => {
    const url = await stallingServer();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await client()
      .GET(`${url}/items`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'ABORTED' });
  });

  it('timeoutMs bounds the attempt to the end of its body: RequestError TIMEOUT', async () => {
    const url = await stallingServer();
    const started = Date.now();
    const error = await client(300)
      .GET(`${url}/items`)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RequestError', code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an AbortSignal.timeout() of the caller reads as TIMEOUT', async () => {
    const url = await stallingServer();
    await expect(
      client().GET(`${url}/items`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('a fetch that ignores init.signal and never answers still times out', async () => {
    const ignoring: FetchLike = () => new Promise(() => {});
    const started = Date.now();
    await expect(client(200, ignoring).GET('https://api.test/items')).rejects.toMatchObject({
      name: 'RequestError',
      code: 'TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a custom fetch that passes init on keeps the deadline (it carries the signal)', async () => {
    const url = await stallingServer();
    const seen: string[] = [];
    const wrapper: FetchLike = (request, init) => {
      seen.push(request.url);
      return globalThis.fetch(request, init);
    };
    await expect(client(300, wrapper).GET(`${url}/items`)).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    expect(seen).toEqual([`${url}/items`]);
  });
});

describe('a late invalidate does not delete a fresh token (defect 8)', () => {
  it('two sessions share a store, the API revokes: 2 issuances, not 3', async () => {
    const store = createMemoryStore();
    let issued = 0;
    const issue = async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 });
    const a = createTokenSession({ issue, store, key: 'k' });
    const b = createTokenSession({ issue, store, key: 'k' });
    expect(await a.getToken()).toBe('t1');
    expect(await b.getToken()).toBe('t1');
    // The API revokes t1. A sees the 401 first and replaces it; B's 401 arrives late.
    a.invalidate('t1');
    expect(await a.getToken()).toBe('t2');
    await flush();
    b.invalidate('t1');
    await flush();
    expect(await b.getToken()).toBe('t2');
    expect(issued).toBe(2);
    expect((await store.get('k'))?.accessToken).toBe('t2');
  });

  it('the memory store deletes only the token it was asked to', async () => {
    const store = createMemoryStore();
    await store.set('k', { accessToken: 'fresh', issuedAt: 0 });
    await store.delete('k', 'stale');
    expect((await store.get('k'))?.accessToken).toBe('fresh');
    await store.delete('k', 'fresh');
    expect(await store.get('k')).toBeUndefined();
  });
});

describe('a failing background refresh does not keep the process alive (defect 9)', () => {
  it('503 with Retry-After: 30 after every call settled: the process exits at once', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/background-backoff.ts'],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const started = Date.now();
    const watchdog = setTimeout(() => child.kill(), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(watchdog);
    expect(output).toBe(
      'token first\ntoken first\nbackground refresh: 503, Retry-After 30 s\nrefresh failed: SERVER_ERROR\n',
    );
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('unsendable headers are refused at construction (defect 10)', () => {
  it.each([
    [{ 'bad name': 'v' }, 'has a header name that is not a valid HTTP token'],
    [{ 'X-Tenant': `acme\r\nX-Injected: ${SECRET}` }, 'has a value for "X-Tenant"'],
    [[['X-Key', `${SECRET}\u2603`]], 'has a value for "X-Key"'],
    [new Headers({ 'X-Ok': 'fine' }), undefined],
    [{ 'X-Multi': ['a', 'b'], 'X-Unset': null, 'X-Count': 5 }, undefined],
  ])('%j', (headers, message) => {
    const read = () => readCommonOptions('createAcmeClient', { headers: headers as HeadersInit });
    if (!message) return expect(read).not.toThrow();
    const thrown = (() => {
      try {
        read();
      } catch (error) {
        return error as Error;
      }
    })();
    expect(thrown?.message).toContain(`createAcmeClient: options.headers ${message}`);
    expect(findLeaks(thrown, [SECRET])).toEqual([]);
  });
});
