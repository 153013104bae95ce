import { describe, expect, it } from 'vitest';
import { AuthError } from '../src/index.js';
import { flush, primedSession } from './support/fakes.js';

describe('a failed background refresh', () => {
  it('keeps serving the token until the margin, says what failed, and retries past the margin', async () => {
    const { clock, issuer, session, events } = await primedSession(
      { accessToken: 'old', expiresIn: 1000 },
      { retry: { maxAttempts: 1 } },
    );

    clock.advance(1_000_000 - 30_000); // inside the 60 s window
    expect(await session.getToken()).toBe('old');
    await flush();
    expect(issuer.stats.calls).toBe(2);
    issuer.next().reject(new AuthError('SERVER_ERROR', { status: 503 }));
    await flush();
    expect(events).toContainEqual({ type: 'refresh-background-failure', code: 'SERVER_ERROR' });

    // Still inside the window: the old token is served, and no background retry storm.
    clock.advance(20_000);
    expect(await session.getToken()).toBe('old');
    expect(await session.getToken()).toBe('old');
    await flush();
    expect(issuer.stats.calls).toBe(2);

    // Past the margin: the next call waits for a new issuance, which succeeds.
    clock.advance(6000);
    const past = session.getToken();
    await flush();
    expect(issuer.stats.calls).toBe(3);
    issuer.next().resolve({ accessToken: 'new', expiresIn: 1000 });
    expect(await past).toBe('new');
  });

  it('fails only the callers past the margin, and the call after that tries again', async () => {
    const { clock, issuer, session } = await primedSession(
      { accessToken: 'old', expiresIn: 1000 },
      { retry: { maxAttempts: 1 } },
    );

    clock.advance(1_000_000);
    const failing = session.getToken();
    await flush();
    issuer.next().reject(new AuthError('SERVER_ERROR'));
    await expect(failing).rejects.toMatchObject({ code: 'SERVER_ERROR' });

    const retrying = session.getToken();
    await flush();
    expect(issuer.stats.calls).toBe(3);
    issuer.next().resolve({ accessToken: 'new', expiresIn: 1000 });
    expect(await retrying).toBe('new');
  });

  it('starts a new background refresh for the next token after a success', async () => {
    const { clock, issuer, session } = await primedSession(
      { accessToken: 'a', expiresIn: 1000 },
      { retry: { maxAttempts: 1 } },
    );
    clock.advance(1_000_000 - 30_000);
    await session.getToken();
    await flush();
    issuer.next().reject(new AuthError('NETWORK'));
    await flush();
    clock.advance(30_000);
    const waited = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'b', expiresIn: 1000 });
    expect(await waited).toBe('b');

    clock.advance(1_000_000 - 30_000);
    expect(await session.getToken()).toBe('b');
    await flush();
    expect(issuer.stats.calls).toBe(4);
    issuer.next().resolve({ accessToken: 'c', expiresIn: 1000 });
    await flush();
    expect(await session.getToken()).toBe('c');
  });
});
