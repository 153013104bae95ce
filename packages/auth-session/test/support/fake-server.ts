import { createTokenSession, type SessionEvent } from '../../src/index.js';
import {
  type ApiSecurityDescription,
  bearerCredential,
  createAuthFetch,
  type FetchLike,
} from '../../src/kit.js';
import { seededRandom, virtualTime } from './fakes.js';

export const BASE = 'https://api.test';

export const api: ApiSecurityDescription = {
  security: [[['bearer']], [], [['apiKey']]],
  routes: [
    ['GET', '/items', 0],
    ['POST', '/items', 0],
    ['PATCH', '/items/{id}', 0],
    ['GET', '/health', 1],
    ['GET', '/keyed', 2],
    ['POST', '/payments', 0, 'Idempotency-Key'],
  ],
};

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/**
 * A fetch double: records what it receives and answers with `respond`, honouring the request's
 * signal (or `init.signal`, which overrides it) as a real fetch does: a pending answer rejects on
 * abort.
 */
export function fakeServer(
  respond: (request: Received, index: number) => Response | Promise<Response>,
) {
  const received: Received[] = [];
  const fetch: FetchLike = async (request, init) => {
    const entry: Received = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: new Uint8Array(await request.arrayBuffer()),
    };
    received.push(entry);
    return new Promise<Response>((resolve, reject) => {
      // As fetch(request, init) does: init.signal, when given, overrides the request's.
      const signal = init?.signal ?? request.signal;
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason));
      Promise.resolve(respond(entry, received.length - 1)).then(resolve, reject);
    });
  };
  return { fetch, received };
}

/** A session issuing t1, t2, … and an authenticated fetch over `server`, with instant retries. */
export function authenticated(
  server: { fetch: FetchLike },
  options: { maxRetries?: number; timeoutMs?: number; realSleep?: boolean } = {},
) {
  let issued = 0;
  const events: SessionEvent[] = [];
  const onEvent = (event: SessionEvent) => events.push(event);
  const session = createTokenSession({
    issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
    onEvent,
  });
  const time = virtualTime();
  const fetch = createAuthFetch({
    api,
    credentials: { bearer: bearerCredential(session) },
    fetch: server.fetch,
    onEvent,
    random: seededRandom(7),
    ...(options.realSleep ? {} : { sleep: time.sleep }),
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
  });
  const retryDelays = () =>
    events.flatMap((event) => (event.type === 'request-retry' ? [event.delayMs] : []));
  return { fetch, session, events, time, retryDelays, issued: () => issued };
}

export const authorization = (request: Received) => request.headers.get('authorization');
