import { endedRead, RELEASE } from '../fetch/abort-errors.js';
import { handover } from '../fetch/api-request.js';
import type { FetchLike } from '../fetch/auth-fetch.js';

const CALLS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Call = (
  path: string,
  init?: { signal?: AbortSignal | null; fetch?: (input: Request) => Promise<Response> },
) => Promise<unknown>;

// Shared, so that a successful call allocates nothing here: releases the deadline (and the
// caller-signal listener) the attempt kept for its body, exactly once.
const released = (result: unknown) => {
  const response = (result as { response?: { [RELEASE]?: () => void } } | undefined)?.response;
  const release = response?.[RELEASE];
  if (release) {
    response[RELEASE] = undefined;
    release();
  }
  return result;
};

/**
 * Wraps an openapi-fetch client's calls so that what goes wrong after the headers arrived, while
 * openapi-fetch reads the body, comes out typed and clean:
 * - a body read ended by the attempt's deadline or the caller's signal is `RequestError`
 *   TIMEOUT or ABORTED, not a bare DOMException;
 * - a 2xx JSON body that does not parse stays a SyntaxError (what a bad body gives with any
 *   fetch) with the path in its message, its text withheld: `JSON.parse` quotes the start of the
 *   body, where a proxy's error page or a hostile server may echo the request's credentials.
 *
 * A per-call `fetch` (openapi-fetch's `init.fetch`) would replace the authenticated fetch, and so
 * send the request bare: `authenticate` wraps it instead, credentials, retries and timeouts
 * included.
 */
export function guardCalls<Client extends object>(
  client: Client,
  authenticate?: (fetch: typeof globalThis.fetch) => FetchLike,
): Client {
  const calls = client as unknown as Record<string, Call>;
  for (const name of CALLS) {
    const call = calls[name];
    if (typeof call !== 'function') continue;
    calls[name] = (path, init) => {
      handover.template = path;
      const pending = call(
        path,
        init?.fetch && authenticate
          ? { ...init, fetch: authenticate(init.fetch as typeof globalThis.fetch) }
          : init,
      );
      handover.template = undefined;
      return pending.then(released, (error: unknown) => {
        if (error instanceof SyntaxError) {
          throw new SyntaxError(
            `${name} ${path}: response body is not valid JSON (text withheld: it may echo the request)`,
          );
        }
        throw endedRead(error, init?.signal ?? undefined) ?? error;
      });
    };
  }
  return client;
}
