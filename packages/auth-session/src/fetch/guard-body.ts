import { RequestError } from '../errors/request-error.js';

const READS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;
type Read = (typeof READS)[number];

/**
 * Keeps an attempt's deadline and the caller's signal over the reading of its response body:
 * headers may arrive and the body then stall. A body read ends when the attempt's signal does,
 * rejecting with `ended()` (TIMEOUT or ABORTED) even under a fetch that ignores its signal; a
 * connection lost mid-body is NETWORK. `settle` runs once the body is read or has none, so the
 * attempt's timer and listener live exactly as long as the attempt.
 */
export function guardBody(
  response: Response,
  attempt: AbortSignal,
  ended: () => RequestError,
  settle: () => void,
): Response {
  // No body, or one openapi-fetch will not read (HEAD, Content-Length: 0): nothing to guard.
  if (!response.body || response.headers.get('content-length') === '0') {
    settle();
    return response;
  }
  const guarded = response as unknown as Record<Read, () => Promise<unknown>>;
  for (const name of READS) {
    const read = guarded[name];
    if (typeof read !== 'function') continue;
    guarded[name] = () =>
      new Promise((resolve, reject) => {
        const stop = () => {
          response.body?.cancel().catch(() => {});
          reject(ended());
        };
        if (attempt.aborted) return stop();
        attempt.addEventListener('abort', stop);
        // Settled before the caller resumes: once a body is read, nothing of its attempt is left.
        const done = () => {
          attempt.removeEventListener('abort', stop);
          settle();
        };
        read.call(response).then(
          (value) => {
            done();
            resolve(value);
          },
          (error: unknown) => {
            const lost = attempt.aborted;
            done();
            // A body that is not what it claims (bad JSON) is the caller's to see, as with any
            // fetch; a connection lost mid-body is no response.
            reject(
              lost
                ? ended()
                : error instanceof SyntaxError
                  ? error
                  : new RequestError('NETWORK', error),
            );
          },
        );
      });
  }
  return response;
}
