import { describe, expect, it } from 'vitest';
import {
  AuthError,
  type AuthErrorCode,
  createTokenSession,
  type IssuedToken,
  type SessionEvent,
  type TokenSessionOptions,
} from '../src/index.js';
import { fakeClock, instantSleep, seededRandom } from './support/fakes.js';

type Outcome = IssuedToken | Error | ((now: number) => void);

/** A session whose issue calls play `outcomes` in order, on a fake clock with instant sleeps. */
function scripted(outcomes: Outcome[], options: Partial<TokenSessionOptions> = {}) {
  const clock = fakeClock(0);
  const { sleep, delays } = instantSleep(clock);
  const events: SessionEvent[] = [];
  let calls = 0;
  const session = createTokenSession({
    issue: async () => {
      calls++;
      let outcome = outcomes.shift();
      // A function outcome spends time inside the request, then plays the next outcome.
      while (typeof outcome === 'function') {
        outcome(clock.now());
        outcome = outcomes.shift();
      }
      if (outcome === undefined) throw new Error('script exhausted');
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    now: clock.now,
    sleep,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { session, delays, events, clock, calls: () => calls };
}

const ok: IssuedToken = { accessToken: 'token', expiresIn: 3600 };

describe('issuance retries', () => {
  it('waits at least retryAfterMs after RATE_LIMITED', async () => {
    const run = scripted([new AuthError('RATE_LIMITED', { status: 429, retryAfterMs: 7000 }), ok]);
    expect(await run.session.getToken()).toBe('token');
    expect(run.delays).toHaveLength(1);
    expect(run.delays[0]).toBeGreaterThanOrEqual(7000);
  });

  it('backs off exponentially with full jitter from the injected random source', async () => {
    const random = seededRandom(42);
    const expected = seededRandom(42);
    const run = scripted(
      [
        new AuthError('SERVER_ERROR'),
        new AuthError('NETWORK'),
        new AuthError('TIMEOUT'),
        new AuthError('RATE_LIMITED'),
        ok,
      ],
      { random, retry: { maxAttempts: 5, baseDelayMs: 100 } },
    );
    expect(await run.session.getToken()).toBe('token');
    expect(run.delays).toEqual([100, 200, 400, 800].map((ceiling) => expected() * ceiling));
    for (const [i, delay] of run.delays.entries()) expect(delay).toBeLessThan(100 * 2 ** i);
  });

  it('caps each wait at maxDelayMs', async () => {
    const run = scripted([new AuthError('SERVER_ERROR'), new AuthError('SERVER_ERROR'), ok], {
      random: () => 0.999,
      retry: { baseDelayMs: 1000, maxDelayMs: 1500 },
    });
    await run.session.getToken();
    expect(run.delays).toEqual([999, 1498.5]);
  });

  it('stops at maxAttempts and rejects with the last error', async () => {
    const last = new AuthError('SERVER_ERROR', { status: 503 });
    const run = scripted(
      [new AuthError('SERVER_ERROR', { status: 500 }), new AuthError('NETWORK'), last, ok],
      { retry: { maxAttempts: 3 } },
    );
    await expect(run.session.getToken()).rejects.toBe(last);
    expect(run.calls()).toBe(3);
    expect(run.events.filter((event) => event.type === 'issue-failure')).toEqual([
      expect.objectContaining({ attempt: 1, code: 'SERVER_ERROR', status: 500, willRetry: true }),
      expect.objectContaining({ attempt: 2, code: 'NETWORK', willRetry: true }),
      expect.objectContaining({ attempt: 3, code: 'SERVER_ERROR', status: 503, willRetry: false }),
    ]);
  });

  it('stops when the next wait would end past budgetMs, issue latency included', async () => {
    const spend = (ms: number) => () => run.clock.advance(ms);
    const run = scripted(
      [spend(1500), new AuthError('SERVER_ERROR'), spend(1500), new AuthError('SERVER_ERROR'), ok],
      { random: () => 0.5, retry: { baseDelayMs: 1000, budgetMs: 4000, maxAttempts: 10 } },
    );
    // 1.5 s + 0.5 s wait + 1.5 s = 3.5 s; the next wait (1 s) would end at 4.5 s > 4 s.
    await expect(run.session.getToken()).rejects.toMatchObject({ code: 'SERVER_ERROR' });
    expect(run.calls()).toBe(2);
    expect(run.delays).toEqual([500]);
  });

  it('does not wait for a Retry-After that ends past the budget', async () => {
    const run = scripted([new AuthError('RATE_LIMITED', { retryAfterMs: 120_000 }), ok]);
    await expect(run.session.getToken()).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 120_000,
    });
    expect(run.delays).toEqual([]);
  });

  it.each<AuthErrorCode>(['INVALID_CREDENTIALS', 'FORBIDDEN', 'BAD_REQUEST', 'MALFORMED_RESPONSE'])(
    'makes one attempt on %s and rejects with that error',
    async (code) => {
      const error = new AuthError(code);
      const run = scripted([error, ok]);
      await expect(run.session.getToken()).rejects.toBe(error);
      expect(run.calls()).toBe(1);
      expect(run.delays).toEqual([]);
    },
  );

  it.each<[string, unknown]>([
    ['no object', null],
    ['no accessToken', { expiresIn: 60 }],
    ['an empty accessToken', { accessToken: '' }],
    ['a non-string accessToken', { accessToken: 42 }],
    ['a negative expiresIn', { accessToken: 'x', expiresIn: -1 }],
    ['a non-numeric expiresIn', { accessToken: 'x', expiresIn: 'soon' }],
  ])('rejects an answer with %s as MALFORMED_RESPONSE, without retrying', async (_, answer) => {
    const run = scripted([answer as IssuedToken, ok]);
    await expect(run.session.getToken()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'MALFORMED_RESPONSE',
    });
    expect(run.calls()).toBe(1);
  });

  it('treats any other thrown error as NETWORK, retried', async () => {
    const run = scripted([new TypeError('fetch failed'), ok]);
    expect(await run.session.getToken()).toBe('token');
    expect(run.events).toContainEqual(
      expect.objectContaining({ type: 'issue-failure', code: 'NETWORK', willRetry: true }),
    );
  });

  it('clears the failure: the next call after a propagated error issues again', async () => {
    const run = scripted([new AuthError('INVALID_CREDENTIALS'), ok]);
    await expect(run.session.getToken()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(await run.session.getToken()).toBe('token');
  });
});
