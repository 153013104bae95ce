import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuthError, createTokenSession, type SessionEvent } from '../src/index.js';
import { bearerCredential, createAuthFetch } from '../src/kit.js';
import { api, BASE, fakeServer } from './support/fake-server.js';
import { fakeClock, flush, instantSleep, virtualTime } from './support/fakes.js';

const SECRET = 'client-secret-Zq81xV';
const TOKEN = 'access-token-Kp02mW';

/** Every way an error, a session or an event can end up in a log. */
const renderings = (value: unknown) => [
  String(value),
  JSON.stringify(value) ?? '',
  inspect(value, { depth: 10, showHidden: true }),
  value instanceof Error ? `${value.message}\n${value.stack}` : '',
];

function expectClean(value: unknown) {
  for (const text of renderings(value)) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
}

describe('secrets', () => {
  it('keep out of errors wrapped from a failing issue, even when its error quotes them', async () => {
    const events: SessionEvent[] = [];
    const session = createTokenSession({
      issue: async () => {
        throw new Error(`POST /token {"client_secret":"${SECRET}"} failed`);
      },
      sleep: instantSleep().sleep,
      onEvent: (event) => events.push(event),
    });
    const error = await session.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expectClean(error);
    expectClean(events);
  });

  it('keep out of the session, its JSON and inspect output, and its events', async () => {
    const clock = fakeClock();
    const events: SessionEvent[] = [];
    let calls = 0;
    const session = createTokenSession({
      issue: async () => {
        calls++;
        if (calls === 2) throw new AuthError('SERVER_ERROR', { status: 500 });
        return { accessToken: `${TOKEN}-${SECRET}`, expiresIn: 100 };
      },
      now: clock.now,
      key: 'hashrails:https://api.test:client-id',
      retry: { maxAttempts: 1 },
      onEvent: (event) => events.push(event),
    });
    const token = await session.getToken();
    expect(token).toContain(TOKEN);
    clock.advance(95_000 - 1); // the window: a background refresh that fails
    await session.getToken();
    await flush();
    session.invalidate(token);
    await session.getToken({ forceRefresh: true });

    expectClean(session);
    expect(inspect(session)).toContain('hashrails:https://api.test:client-id');
    expect(JSON.parse(JSON.stringify(session))).toMatchObject({ issuing: false });
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['issue-success', 'refresh-background-failure', 'token-invalidated']),
    );
    expectClean(events);
  });

  it('keep out of errors and events of the authenticated fetch', async () => {
    const events: SessionEvent[] = [];
    const onEvent = (event: SessionEvent) => events.push(event);
    const session = createTokenSession({
      issue: async () => ({ accessToken: TOKEN, expiresIn: 3600 }),
      onEvent,
    });
    const server = fakeServer((_, index) => {
      if (index === 0) return new Response(`bad token ${TOKEN}`, { status: 401 });
      throw new TypeError('fetch failed');
    });
    const time = virtualTime();
    const fetch = createAuthFetch({
      api,
      credentials: { bearer: bearerCredential(session) },
      fetch: server.fetch,
      onEvent,
      sleep: time.sleep,
    });
    const error = await time.run(fetch(new Request(`${BASE}/items`))).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RequestError', code: 'NETWORK' });
    expectClean(error);
    expectClean(events);
  });

  it('AuthError serialises to its code and status only', () => {
    const error = new AuthError('RATE_LIMITED', {
      status: 429,
      retryAfterMs: 1000,
      provider: 'hashrails',
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'AuthError',
      code: 'RATE_LIMITED',
      status: 429,
      retryAfterMs: 1000,
      provider: 'hashrails',
    });
    expect(error.message).toBe('RATE_LIMITED (HTTP 429)');
    expect(error).toBeInstanceOf(Error);
    expect('cause' in error).toBe(false);
  });
});
