// Every secret kind (client secret, API key, Basic pair, access token) through every error path
// the built packages have, against fetches that echo whatever they receive: no secret may be
// reachable from a thrown error (message, stack, JSON, deep inspect, cause chain), an event, or
// `util.inspect` of a client.
import { createBlipsClient } from '@apiclients/blips';
import { createHashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient, issueVolubileToken } from '@apiclients/volubile';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../src/fakes/find-leaks.js';

const HASHRAILS_SECRET = 'hr-secret-7Qm2Lp9x';
const HASHRAILS_ID = 'hr-client-id-public';
const API_KEY = 'vk-live-4Tz8Wc1r';
const BLIPS_SECRET = 'bl-secret-3Nd6Yh0k';
const BLIPS_ID = 'blipsclientid0001';
const TOKEN = 'tok.eyJleHAiOjk5OTk5OTk5OTl9.sig-Xr5Vb2';
const SECRETS = [
  HASHRAILS_SECRET,
  API_KEY,
  BLIPS_SECRET,
  btoa(`${BLIPS_ID}:${BLIPS_SECRET}`),
  TOKEN,
];

/** What a request carried, as text: a hostile fetch quotes it back everywhere it can. */
async function quote(request: Request) {
  return `${request.method} ${request.url} ${JSON.stringify([...request.headers])} ${await request.clone().text()}`;
}

type Mode =
  | 'throws-quoting'
  | 'throws-non-error'
  | 'echo-400'
  | 'echo-401'
  | 'echo-403'
  | 'echo-429'
  | 'echo-500'
  | 'garbage-200'
  | 'bad-token'
  | 'zero-lifetime'
  | 'stall'
  | 'stall-body'
  | 'abort';

const MODES: Mode[] = [
  'throws-quoting',
  'throws-non-error',
  'echo-400',
  'echo-401',
  'echo-403',
  'echo-429',
  'echo-500',
  'garbage-200',
  'bad-token',
  'zero-lifetime',
  'stall',
  'stall-body',
  'abort',
];

const isTokenRequest = (request: Request) => /\/auth\/token/.test(request.url);

/** A fetch that misbehaves as `mode` says, quoting what it received wherever it can. */
function hostile(mode: Mode): typeof fetch {
  return (async (request: Request, init?: RequestInit) => {
    const quoted = await quote(request);
    const tokenBody = isTokenRequest(request)
      ? request.url.includes('/issue')
        ? { success: true, message: quoted, data: { access_token: TOKEN, expires_in: 3600 } }
        : { token: TOKEN, expiresIn: 900, tokenType: 'Bearer', echo: quoted }
      : { ok: true, echo: quoted };
    switch (mode) {
      case 'throws-quoting':
        throw Object.assign(new TypeError(`fetch failed: ${quoted}`), {
          request: quoted,
          cause: Object.assign(new Error(quoted), { code: 'ECONNRESET', body: quoted }),
        });
      case 'throws-non-error':
        throw quoted;
      case 'garbage-200':
        return new Response(`<html>${quoted}`, {
          status: 200,
          headers: { 'content-type': 'application/json', 'content-length': '9999' },
        });
      case 'bad-token':
        return Response.json(
          isTokenRequest(request)
            ? {
                data: { access_token: `${TOKEN}\r\nX: 1`, expires_in: 3600 },
                token: `${TOKEN}\u2603`,
                expiresIn: 900,
              }
            : tokenBody,
        );
      case 'zero-lifetime':
        return Response.json(
          isTokenRequest(request)
            ? { data: { access_token: TOKEN, expires_in: 0 }, token: TOKEN, expiresIn: -1 }
            : tokenBody,
        );
      case 'stall':
        return new Promise<Response>((_, reject) =>
          request.signal.addEventListener('abort', () => reject(new Error(quoted))),
        );
      case 'stall-body': {
        // Headers, the start of a body, then nothing: ended by the signal, as a real fetch does.
        const signal = init?.signal ?? request.signal;
        return new Response(
          new ReadableStream({
            start: (controller) => {
              controller.enqueue(new TextEncoder().encode('{"echo":"'));
              signal.addEventListener('abort', () => controller.error(signal.reason));
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        );
      }
      case 'abort':
        return Response.json(tokenBody);
      default: {
        const status = Number(mode.slice(5));
        return new Response(
          JSON.stringify({ message: quoted, errors: [{ field: 'scope', rejectedValue: quoted }] }),
          {
            status,
            headers: { 'content-type': 'application/json', 'retry-after': '0' },
          },
        );
      }
    }
  }) as typeof fetch;
}

/** Runs `call`, returning what a user could log: the rejection (if any) and the events. */
async function outcome(mode: Mode, call: (signal?: AbortSignal) => Promise<unknown>) {
  const controller = new AbortController();
  if (mode === 'abort') queueMicrotask(() => controller.abort(new Error(`abort ${TOKEN}`)));
  try {
    const result = await call(controller.signal);
    // A typed error response is the API's answer, in `error`: only the thrown paths are scanned.
    return { rejected: undefined, result };
  } catch (error) {
    return { rejected: error, result: undefined };
  }
}

const common = (mode: Mode, events: unknown[]) => ({
  fetch: hostile(mode),
  timeoutMs: 150,
  maxRetries: 1,
  onEvent: (event: unknown) => events.push(event),
});

describe('secret scan: every secret kind through every error path', () => {
  it.each(MODES)(
    '%s',
    async (mode) => {
      const events: unknown[] = [];
      const hashrails = createHashrailsClient({
        clientId: HASHRAILS_ID,
        clientSecret: HASHRAILS_SECRET,
        ...common(mode, events),
      });
      const scoped = createVolubileClient({
        apiKey: API_KEY,
        scopes: ['calls:read'],
        ...common(mode, events),
      });
      const keyed = createVolubileClient({ apiKey: API_KEY, ...common(mode, events) });
      const blips = createBlipsClient({
        clientId: BLIPS_ID,
        clientSecret: BLIPS_SECRET,
        baseUrl: 'https://blips.test',
        ...common(mode, events),
      });
      const frontend = createHashrailsClient({
        getToken: async () => {
          if (mode.startsWith('throws')) throw new Error(`backend said ${TOKEN}`);
          return mode === 'bad-token' ? `${TOKEN}\n` : TOKEN;
        },
        ...common(mode, events),
      });
      const outcomes = await Promise.all([
        outcome(mode, (signal) => hashrails.GET('/v1/transactions', { signal })),
        outcome(mode, (signal) => hashrails.session.getToken({ signal })),
        outcome(mode, (signal) => scoped.GET('/v1/calls', { signal })),
        outcome(mode, (signal) => keyed.GET('/v1/calls', { signal })),
        outcome(mode, (signal) =>
          blips.POST('/tokens', { body: { name: 'n', permissions: ['VIEW'] }, signal }),
        ),
        outcome(mode, (signal) => frontend.GET('/v1/transactions', { signal })),
        outcome(mode, (signal) =>
          issueVolubileToken({
            apiKey: API_KEY,
            scopes: ['calls:read'],
            fetch: hostile(mode),
            timeoutMs: 150,
            signal,
          }),
        ),
      ]);
      const rejections = outcomes.map((entry) => entry.rejected).filter(Boolean);
      if (mode !== 'echo-400' && mode !== 'echo-401') expect(rejections.length).toBeGreaterThan(0);
      for (const rejected of rejections) {
        expect(rejected).toMatchObject({
          // A 2xx body that is not the JSON it claims is a SyntaxError, as with any fetch.
          name: expect.stringMatching(/^(AuthError|RequestError|SyntaxError)$/),
        });
      }
      expect(findLeaks(rejections, SECRETS)).toEqual([]);
      expect(findLeaks(events, SECRETS)).toEqual([]);
      expect(findLeaks([hashrails, scoped, keyed, blips, frontend], SECRETS)).toEqual([]);
    },
    30_000,
  );

  it('construction errors with secrets in the wrong places', () => {
    const attempts = [
      () =>
        createHashrailsClient({ clientId: HASHRAILS_ID, clientSecret: `${HASHRAILS_SECRET}\n` }),
      () =>
        createHashrailsClient({
          clientId: HASHRAILS_ID,
          clientSecret: HASHRAILS_SECRET,
          baseUrl: HASHRAILS_SECRET,
        }),
      () => createVolubileClient({ apiKey: `${API_KEY}\r\n` }),
      () => createVolubileClient({ apiKey: API_KEY, headers: { 'X-Key': `${API_KEY}\n` } }),
      () =>
        createBlipsClient({
          clientId: `${BLIPS_ID}:`,
          clientSecret: BLIPS_SECRET,
          baseUrl: 'https://b.test',
        }),
      () =>
        createBlipsClient({
          clientId: BLIPS_ID,
          clientSecret: `${BLIPS_SECRET}\0`,
          baseUrl: 'https://b.test',
        }),
      () =>
        createBlipsClient({
          clientId: BLIPS_ID,
          clientSecret: BLIPS_SECRET,
          baseUrl: `https://u:${BLIPS_SECRET}@b.test`,
        }),
    ];
    const errors = attempts.map((attempt) => {
      try {
        attempt();
      } catch (error) {
        return error;
      }
      return new Error('did not throw');
    });
    for (const error of errors)
      expect((error as Error).message).toMatch(/^create\w+Client: options\./);
    expect(findLeaks(errors, SECRETS)).toEqual([]);
  });
});
