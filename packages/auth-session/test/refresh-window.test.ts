import { describe, expect, it } from 'vitest';
import { createTokenSession, type SessionEvent } from '../src/index.js';
import { fakeClock, flush, instantSleep, manualIssuer, primedSession } from './support/fakes.js';

// A 1,000 s token: default window min(60 s, 100 s) = 60 s, default margin min(5 s, 50 s) = 5 s.
const LIFETIME_S = 1000;

async function sessionWithToken() {
  const primed = await primedSession({ accessToken: 'old', expiresIn: LIFETIME_S });
  expect(primed.first).toBe('old');
  return primed;
}

describe('refresh window', () => {
  it('is quiet before the window', async () => {
    const { clock, issuer, session } = await sessionWithToken();
    clock.advance(LIFETIME_S * 1000 - 60_001);
    expect(await session.getToken()).toBe('old');
    await flush();
    expect(issuer.stats.calls).toBe(1);
  });

  it('answers at once inside the window and starts exactly one background issuance', async () => {
    const { clock, issuer, session, events } = await sessionWithToken();
    clock.advance(LIFETIME_S * 1000 - 60_000);

    // Resolves although the background issuance is still pending.
    expect(await session.getToken()).toBe('old');
    const meanwhile = await Promise.all(Array.from({ length: 50 }, () => session.getToken()));
    expect(meanwhile.every((token) => token === 'old')).toBe(true);
    await flush();
    expect(issuer.stats.calls).toBe(2);
    expect(events).toContainEqual({ type: 'issue-start', attempt: 1, background: true });

    issuer.next().resolve({ accessToken: 'new', expiresIn: LIFETIME_S });
    await flush();
    expect(await session.getToken()).toBe('new');
    expect(issuer.stats.calls).toBe(2);
  });

  it('honours explicit refreshWindowMs and expiryMarginMs', async () => {
    const { clock, issuer, session } = await primedSession(
      { accessToken: 'old', expiresIn: LIFETIME_S },
      { refreshWindowMs: 300_000, expiryMarginMs: 100_000, retry: { maxAttempts: 1 } },
    );

    clock.advance(LIFETIME_S * 1000 - 300_000); // inside the 300 s window
    expect(await session.getToken()).toBe('old');
    await flush();
    expect(issuer.stats.calls).toBe(2);
    issuer.next().reject(new Error('down'));
    await flush();

    clock.advance(200_000); // inside the 100 s margin: must wait
    let settled = false;
    const waiting = session.getToken().finally(() => {
      settled = true;
    });
    await flush();
    expect(settled).toBe(false);
    issuer.next().resolve({ accessToken: 'new', expiresIn: LIFETIME_S });
    expect(await waiting).toBe('new');
  });
});

describe('expiry margin', () => {
  it('makes a call inside the margin wait for the fresh token', async () => {
    const { clock, issuer, session } = await sessionWithToken();
    clock.advance(LIFETIME_S * 1000 - 5000);

    let settled = false;
    const waiting = session.getToken().finally(() => {
      settled = true;
    });
    await flush();
    expect(settled).toBe(false);
    expect(issuer.stats.calls).toBe(2);
    issuer.next().resolve({ accessToken: 'new', expiresIn: LIFETIME_S });
    expect(await waiting).toBe('new');
  });

  it('never hands out a token past its expiry, even after the clock jumped far ahead', async () => {
    const { clock, issuer, session } = await sessionWithToken();
    clock.advance(LIFETIME_S * 1000 * 5);
    const waiting = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'new', expiresIn: LIFETIME_S });
    expect(await waiting).toBe('new');
  });

  it('does not hand out a token that arrives already inside its margin: it issues again', async () => {
    const clock = fakeClock();
    const issuer = manualIssuer();
    const events: SessionEvent[] = [];
    const session = createTokenSession({
      issue: issuer.issue,
      now: clock.now,
      sleep: instantSleep().sleep,
      onEvent: (event) => events.push(event),
    });
    const waiting = session.getToken();
    await flush();
    // 10 s token, 0.5 s margin; the issue request took 9.6 s.
    clock.advance(9600);
    issuer.next().resolve({ accessToken: 'stale-on-arrival', expiresIn: 10 });
    await flush();
    expect(issuer.stats.calls).toBe(2);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'issue-failure', code: 'TIMEOUT', willRetry: true }),
    );
    issuer.next().resolve({ accessToken: 'new', expiresIn: LIFETIME_S });
    expect(await waiting).toBe('new');
  });
});
