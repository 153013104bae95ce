import { describe, expect, it } from 'vitest';
import { createMemoryStore, createTokenSession, type StoredToken } from '../src/index.js';
import { fakeClock, fakeJwt, flush, manualIssuer } from './support/fakes.js';

describe('expiry', () => {
  it('counts expiresIn from the start of the issue request, not from its answer', async () => {
    const clock = fakeClock(0);
    const issuer = manualIssuer();
    const store = createMemoryStore();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now, store });
    const first = session.getToken();
    await flush();
    clock.advance(30_000); // the issue request takes 30 s
    issuer.next().resolve({ accessToken: 'a', expiresIn: 1000 });
    await first;
    expect(((await store.get('default')) as StoredToken).expiresAt).toBe(1_000_000);

    // 1000 s after the request started, minus the 5 s margin: must refresh, although only
    // 965 s have passed since the answer.
    clock.advance(1_000_000 - 30_000 - 5000);
    const second = session.getToken();
    await flush();
    expect(issuer.stats.calls).toBe(2);
    issuer.next().resolve({ accessToken: 'b', expiresIn: 1000 });
    expect(await second).toBe('b');
  });

  it('reads the JWT exp claim when expiresIn is absent', async () => {
    const clock = fakeClock(1_700_000_000_000);
    const issuer = manualIssuer();
    const session = createTokenSession({
      issue: issuer.issue,
      now: clock.now,
      retry: { maxAttempts: 1 },
    });
    const jwt = fakeJwt({ sub: 'x', exp: 1_700_000_000 + 600 });
    const first = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: jwt });
    expect(await first).toBe(jwt);

    // Lifetime 600 s from the request's start: window min(60 s, 60 s) = 60 s, margin 5 s.
    clock.advance(600_000 - 60_001);
    expect(await session.getToken()).toBe(jwt);
    await flush();
    expect(issuer.stats.calls).toBe(1);

    clock.advance(30_000); // 30 s left: inside the window
    expect(await session.getToken()).toBe(jwt);
    await flush();
    expect(issuer.stats.calls).toBe(2); // background refresh from the window
    issuer.next().reject(new Error('down'));
    await flush();
  });

  it('waits at the JWT exp margin', async () => {
    const clock = fakeClock(1_700_000_000_000);
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now });
    const jwt = fakeJwt({ exp: 1_700_000_000 + 600 });
    const first = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: jwt });
    await first;
    clock.advance(600_000 - 5000);
    const second = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'opaque', expiresIn: 60 });
    expect(await second).toBe('opaque');
  });

  it('keeps a token with neither expiresIn nor a JWT exp until it is invalidated', async () => {
    const clock = fakeClock();
    let calls = 0;
    const session = createTokenSession({
      issue: async () => ({ accessToken: `opaque-${++calls}` }),
      now: clock.now,
    });
    expect(await session.getToken()).toBe('opaque-1');
    clock.advance(10 * 365 * 24 * 3600 * 1000);
    expect(await session.getToken()).toBe('opaque-1');
    expect(calls).toBe(1);
    session.invalidate('opaque-1');
    expect(await session.getToken()).toBe('opaque-2');
  });

  it('treats a JWT without a numeric exp as opaque', async () => {
    const clock = fakeClock();
    const jwt = fakeJwt({ exp: 'tomorrow' });
    const session = createTokenSession({
      issue: async () => ({ accessToken: jwt }),
      now: clock.now,
    });
    await session.getToken();
    clock.advance(1e12);
    expect(await session.getToken()).toBe(jwt);
  });
});
