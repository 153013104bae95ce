import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError, createTokenSession } from '../src/index.js';
import { fakeClock, flush, manualIssuer } from './support/fakes.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('abort', () => {
  it('rejects the aborted caller at once; the shared issuance completes for the others and is cached', async () => {
    const clock = fakeClock();
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now });
    const controller = new AbortController();
    const aborted = session.getToken({ signal: controller.signal });
    const patient = session.getToken();
    await flush();

    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AuthError', code: 'ABORTED' });
    expect(issuer.pending[0]?.signal.aborted).toBe(false);

    issuer.next().resolve({ accessToken: 'shared', expiresIn: 3600 });
    expect(await patient).toBe('shared');
    expect(await session.getToken()).toBe('shared');
    expect(issuer.stats.calls).toBe(1);
  });

  it('rejects a caller whose signal is already aborted, even with a cached token', async () => {
    const session = createTokenSession({
      issue: async () => ({ accessToken: 't', expiresIn: 3600 }),
    });
    await session.getToken();
    await expect(session.getToken({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AuthError,
    );
  });

  it('aborts the issuance when its last caller leaves, and the next call starts afresh', async () => {
    const clock = fakeClock();
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now });
    const controller = new AbortController();
    const call = session.getToken({ signal: controller.signal });
    await flush();
    const { signal } = issuer.pending[0] ?? {};
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    expect(signal?.aborted).toBe(true);
    expect(issuer.stats.inFlight).toBe(0);

    const next = session.getToken();
    await flush();
    expect(issuer.stats.calls).toBe(2);
    issuer.pending.at(-1)?.resolve({ accessToken: 'fresh', expiresIn: 3600 });
    expect(await next).toBe('fresh');
  });

  it('clears a sleeping backoff timer when the caller aborts', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const session = createTokenSession({
      issue: async () => {
        calls++;
        throw new AuthError('RATE_LIMITED', { retryAfterMs: 30_000 });
      },
    });
    const controller = new AbortController();
    const call = session.getToken({ signal: controller.signal });
    const outcome = call.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    expect(vi.getTimerCount()).toBe(1); // the 30 s backoff

    controller.abort();
    expect(await outcome).toMatchObject({ code: 'ABORTED' });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls).toBe(1);
  });

  it('does not abort a background refresh when a caller that joined it leaves', async () => {
    const clock = fakeClock();
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now });
    const first = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'old', expiresIn: 1000 });
    await first;
    clock.advance(1_000_000 - 30_000);
    await session.getToken(); // starts the background refresh
    clock.advance(26_000); // past the margin: the next caller joins the refresh
    const controller = new AbortController();
    const joined = session.getToken({ signal: controller.signal });
    await flush();
    controller.abort();
    await expect(joined).rejects.toMatchObject({ code: 'ABORTED' });
    expect(issuer.pending[0]?.signal.aborted).toBe(false);
    issuer.next().resolve({ accessToken: 'new', expiresIn: 1000 });
    await flush();
    expect(await session.getToken()).toBe('new');
    expect(issuer.stats.calls).toBe(2);
  });
});
