import { describe, expect, it } from 'vitest';
import { createTokenSession, type SessionEvent } from '../src/index.js';
import { flush, manualIssuer } from './support/fakes.js';

function counting() {
  let calls = 0;
  const events: SessionEvent[] = [];
  const session = createTokenSession({
    issue: async () => ({ accessToken: `token-${++calls}`, expiresIn: 3600 }),
    onEvent: (event) => events.push(event),
  });
  return { session, events, calls: () => calls };
}

describe('invalidate', () => {
  it('drops the cached token when it is the one named', async () => {
    const { session, events } = counting();
    expect(await session.getToken()).toBe('token-1');
    session.invalidate('token-1');
    expect(events).toContainEqual({ type: 'token-invalidated' });
    expect(await session.getToken()).toBe('token-2');
  });

  it('keeps the cached token when another one is named', async () => {
    const { session, calls } = counting();
    await session.getToken();
    session.invalidate('token-0');
    expect(await session.getToken()).toBe('token-1');
    expect(calls()).toBe(1);
  });

  it('drops whatever is cached without an argument', async () => {
    const { session } = counting();
    await session.getToken();
    session.invalidate();
    expect(await session.getToken()).toBe('token-2');
  });

  it('a stale invalidation after a refresh does not drop the new token', async () => {
    const { session, calls } = counting();
    await session.getToken();
    session.invalidate('token-1');
    await session.getToken();
    session.invalidate('token-1');
    expect(await session.getToken()).toBe('token-2');
    expect(calls()).toBe(2);
  });
});

describe('forceRefresh', () => {
  it('bypasses the cached token', async () => {
    const { session } = counting();
    await session.getToken();
    expect(await session.getToken({ forceRefresh: true })).toBe('token-2');
    expect(await session.getToken()).toBe('token-2');
  });

  it('still single-flights concurrent forced and plain callers', async () => {
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue });
    const first = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'a', expiresIn: 3600 });
    await first;

    const calls = [
      session.getToken({ forceRefresh: true }),
      session.getToken({ forceRefresh: true }),
      session.getToken(),
      session.getToken({ forceRefresh: true }),
    ];
    await flush();
    expect(issuer.stats.calls).toBe(2);
    issuer.next().resolve({ accessToken: 'b', expiresIn: 3600 });
    expect(await Promise.all(calls)).toEqual(['b', 'b', 'b', 'b']);
  });
});

describe('concurrent invalidations of one token', () => {
  it('drop it once: the later ones, arriving while the new token is issued, change nothing', async () => {
    const issuer = manualIssuer();
    const events: SessionEvent[] = [];
    const session = createTokenSession({
      issue: issuer.issue,
      onEvent: (event) => events.push(event),
    });
    const first = session.getToken();
    await flush();
    issuer.next().resolve({ accessToken: 'a', expiresIn: 3600 });
    await first;
    session.invalidate('a');
    const next = session.getToken();
    session.invalidate('a');
    session.invalidate('a');
    await flush();
    issuer.next().resolve({ accessToken: 'b', expiresIn: 3600 });
    expect(await next).toBe('b');
    session.invalidate('a');
    expect(await session.getToken()).toBe('b');
    expect(events.filter((event) => event.type === 'token-invalidated')).toHaveLength(1);
    expect(issuer.stats.calls).toBe(2);
  });
});
