import { describe, expect, it } from 'vitest';
import { AuthError } from '../src/index.js';
import { callTokenEndpoint, type EndpointResult, type TokenEndpointOptions } from '../src/kit.js';
import type { Sleep } from '../src/timing/sleep.js';
import { deferred } from './support/fakes.js';

type Call = (signal: AbortSignal) => Promise<EndpointResult<unknown>>;

/** A sleep whose waits end only when the test says: `fire()` ends the pending timeout. */
function manualSleep() {
  const waits: { ms: number; signal?: AbortSignal; fire: () => void }[] = [];
  const sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      waits.push({ ms, signal, fire: resolve });
      signal?.addEventListener('abort', () => reject(signal.reason));
    });
  return { sleep, waits };
}

/** A call that settles only when its signal aborts, as a fetch given the signal does. */
const hanging: Call = (signal) =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason));
  });

const answer = (status: number, headers?: HeadersInit, error?: unknown) => async () => ({
  error,
  response: new Response(null, { status, headers }),
});

function options(overrides: Partial<TokenEndpointOptions> = {}): TokenEndpointOptions {
  return {
    provider: 'Acme',
    signal: new AbortController().signal,
    timeoutMs: 5000,
    sleep: manualSleep().sleep,
    ...overrides,
  };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(AuthError);
      return error as AuthError;
    },
  );

describe('callTokenEndpoint', () => {
  it('returns the data of a 2xx answer', async () => {
    const data = { access_token: 'token' };
    const call = async () => ({ data, response: new Response(null, { status: 200 }) });
    await expect(callTokenEndpoint(call, options())).resolves.toBe(data);
  });

  it('maps a network error to NETWORK, keeping a summary of the error as its cause', async () => {
    const cause = new TypeError('fetch failed');
    const error = await failure(
      callTokenEndpoint(() => Promise.reject(cause), options({ provider: 'Acme' })),
    );
    expect(error).toMatchObject({ code: 'NETWORK', provider: 'Acme' });
    expect((error.cause as Error).message).toMatch(/^TypeError \(message withheld/);
    expect(error.message).toBe('Acme token request failed: no response');
  });

  it('maps its own timeout to TIMEOUT, through the injected sleep', async () => {
    const { sleep, waits } = manualSleep();
    let attempt: AbortSignal | undefined;
    const pending = callTokenEndpoint(
      (signal) => {
        attempt = signal;
        return hanging(signal);
      },
      options({ timeoutMs: 1234, sleep }),
    );
    expect(waits.map((wait) => wait.ms)).toEqual([1234]);
    expect(attempt?.aborted).toBe(false);
    waits[0]?.fire();
    const error = await failure(pending);
    expect(error).toMatchObject({ code: 'TIMEOUT', provider: 'Acme' });
    expect(error.message).toBe('Acme token request timed out after 1234 ms');
  });

  it('maps the caller aborting to ABORTED, not TIMEOUT', async () => {
    const caller = new AbortController();
    const pending = callTokenEndpoint(hanging, options({ signal: caller.signal }));
    caller.abort();
    expect(await failure(pending)).toMatchObject({ code: 'ABORTED', provider: 'Acme' });
  });

  it('maps a caller signal that aborted before the call to ABORTED', async () => {
    const error = await failure(
      callTokenEndpoint(hanging, options({ signal: AbortSignal.abort() })),
    );
    expect(error.code).toBe('ABORTED');
  });

  it('maps a 2xx whose body is not JSON (the call throws SyntaxError) to MALFORMED_RESPONSE', async () => {
    const call = () => Promise.reject(new SyntaxError('Unexpected token < in JSON'));
    const error = await failure(callTokenEndpoint(call, options()));
    expect(error).toMatchObject({ code: 'MALFORMED_RESPONSE', provider: 'Acme' });
    expect(error.message).toBe('Acme token response is not JSON');
    expect('cause' in error).toBe(false);
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'INVALID_CREDENTIALS'],
    [403, 'FORBIDDEN'],
    [500, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
  ])('maps HTTP %i to %s', async (status, code) => {
    const error = await failure(callTokenEndpoint(answer(status), options()));
    expect(error).toMatchObject({ code, status, provider: 'Acme', retryAfterMs: undefined });
    expect(error.message).toBe(`Acme token request failed: HTTP ${status} ${code}`);
  });

  it('maps a 429 to RATE_LIMITED with its Retry-After in ms', async () => {
    const error = await failure(callTokenEndpoint(answer(429, { 'Retry-After': '7' }), options()));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 7000 });
  });

  it('carries the response’s request id, in the error and its message', async () => {
    const error = await failure(
      callTokenEndpoint(answer(401, { 'X-Request-Id': 'req-7f3a' }), options()),
    );
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', requestId: 'req-7f3a' });
    expect((error as Error).message).toContain('(request id req-7f3a)');
    const without = await failure(callTokenEndpoint(answer(401), options()));
    expect(without).not.toHaveProperty('requestId');
  });

  it('reads Retry-After on a 5xx too', async () => {
    const error = await failure(callTokenEndpoint(answer(503, { 'Retry-After': '2' }), options()));
    expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 503, retryAfterMs: 2000 });
  });

  it('appends the explain detail, given the status and the error body', async () => {
    const body = { errors: [{ field: 'scope' }] };
    const seen: unknown[] = [];
    const explain = (status: number, error: unknown) => {
      seen.push(status, error);
      return 'rejected scope';
    };
    const error = await failure(callTokenEndpoint(answer(400, {}, body), options({ explain })));
    expect(seen).toEqual([400, body]);
    expect(error.message).toBe('Acme token request failed: HTTP 400 BAD_REQUEST: rejected scope');
  });

  it('adds nothing when explain has no detail', async () => {
    const error = await failure(
      callTokenEndpoint(answer(401), options({ explain: () => undefined })),
    );
    expect(error.message).toBe('Acme token request failed: HTTP 401 INVALID_CREDENTIALS');
  });

  it('clears its timeout and leaves the caller signal once the call settles', async () => {
    const { sleep, waits } = manualSleep();
    const caller = new AbortController();
    const listeners = { added: 0, removed: 0 };
    const signal = caller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (...args: Parameters<typeof add>) => {
      listeners.added++;
      add(...args);
    };
    signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      listeners.removed++;
      remove(...args);
    };
    await callTokenEndpoint(answer(200), options({ signal, sleep }));
    expect(waits[0]?.signal?.aborted).toBe(true);
    expect(listeners).toEqual({ added: 1, removed: 1 });
  });

  it.each([2 ** 31, Number.POSITIVE_INFINITY])(
    'does not time out at once with a %d ms timeout (beyond the timer range)',
    async (timeoutMs) => {
      const answered = deferred<EndpointResult<string>>();
      let attempt: AbortSignal | undefined;
      const pending = callTokenEndpoint(
        (signal) => {
          attempt = signal;
          return answered.promise;
        },
        { provider: 'Acme', signal: new AbortController().signal, timeoutMs },
      );
      // A raw setTimeout wraps a delay past 2^31 - 1 ms around to 1 ms.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(attempt?.aborted).toBe(false);
      answered.resolve({ data: 'ok', response: new Response(null, { status: 200 }) });
      await expect(pending).resolves.toBe('ok');
    },
  );
});
