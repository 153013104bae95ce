import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStore,
  createTokenSession,
  type SessionEvent,
  type StoredToken,
  type TokenStore,
} from '../src/index.js';
import { deferred, fakeClock, flush, manualIssuer } from './support/fakes.js';

/** A store backed by a Map, each method going through `gate` (to make it slow or failing). */
function customStore(gate: (operation: string) => Promise<void> = async () => {}) {
  const map = new Map<string, StoredToken>();
  const calls: string[] = [];
  const store: TokenStore = {
    async get(key) {
      calls.push(`get ${key}`);
      await gate('get');
      return map.get(key);
    },
    async set(key, token) {
      calls.push(`set ${key}`);
      await gate('set');
      map.set(key, token);
    },
    async delete(key) {
      calls.push(`delete ${key}`);
      await gate('delete');
      map.delete(key);
    },
  };
  return { store, map, calls };
}

describe('token store', () => {
  it('defaults to a memory store private to the session', async () => {
    let calls = 0;
    const issue = async () => ({ accessToken: `t${++calls}`, expiresIn: 3600 });
    const a = createTokenSession({ issue });
    const b = createTokenSession({ issue });
    expect(await a.getToken()).toBe('t1');
    expect(await b.getToken()).toBe('t2');
    expect(await a.getToken()).toBe('t1');
  });

  it('the memory store keeps, returns and deletes by key', async () => {
    const store = createMemoryStore();
    const token: StoredToken = { accessToken: 'x', issuedAt: 0, expiresAt: 1 };
    await store.set('k', token);
    expect(await store.get('k')).toBe(token);
    expect(await store.get('other')).toBeUndefined();
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('uses a custom async store: reads a stored token, writes issued ones, deletes on invalidate', async () => {
    const clock = fakeClock(0);
    const { store, map, calls } = customStore();
    map.set('acct', { accessToken: 'persisted', issuedAt: 0, expiresAt: 3_600_000 });
    let issued = 0;
    const session = createTokenSession({
      issue: async () => ({
        accessToken: `issued-${++issued}`,
        expiresIn: 3600,
        tokenType: 'Bearer',
      }),
      key: 'acct',
      store,
      now: clock.now,
    });
    expect(await session.getToken()).toBe('persisted');
    expect(issued).toBe(0);

    session.invalidate('persisted');
    expect(await session.getToken()).toBe('issued-1');
    await flush();
    // The invalidation compares before it deletes: a sibling's fresh token would survive.
    expect(calls).toEqual(['get acct', 'get acct', 'get acct', 'delete acct', 'set acct']);
    expect(map.get('acct')).toEqual({
      accessToken: 'issued-1',
      tokenType: 'Bearer',
      issuedAt: 0,
      expiresAt: 3_600_000,
    });
  });

  it('lets two sessions sharing a store and key share a token', async () => {
    const { store } = customStore();
    let issued = 0;
    const issue = async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 });
    const a = createTokenSession({ issue, store, key: 'k' });
    const b = createTokenSession({ issue, store, key: 'k' });
    expect(await a.getToken()).toBe('t1');
    await flush();
    expect(await b.getToken()).toBe('t1');
    expect(issued).toBe(1);
  });

  it('does not take back from the store a token it invalidated (delete failed)', async () => {
    const { store, map } = customStore(async (operation) => {
      if (operation === 'delete') throw new Error('store down');
    });
    let issued = 0;
    const session = createTokenSession({
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
      store,
    });
    expect(await session.getToken()).toBe('t1');
    await flush();
    session.invalidate('t1');
    await flush();
    expect(map.get('default')?.accessToken).toBe('t1');
    expect(await session.getToken()).toBe('t2');
  });

  it('with a slow store, 100 concurrent cold callers cause one read and one issue, and a slow write delays nobody', async () => {
    const gates = { get: deferred<void>(), set: deferred<void>() };
    const { store, calls } = customStore((operation) =>
      operation === 'get'
        ? gates.get.promise
        : operation === 'set'
          ? gates.set.promise
          : Promise.resolve(),
    );
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, store });
    const callers = Array.from({ length: 100 }, () => session.getToken());
    await flush();
    expect(calls).toEqual(['get default']);
    expect(issuer.stats.calls).toBe(0);

    gates.get.resolve();
    await flush();
    expect(issuer.stats.calls).toBe(1);
    issuer.next().resolve({ accessToken: 'tok', expiresIn: 3600 });
    // The write never finishes, yet every caller has its token.
    expect(new Set(await Promise.all(callers))).toEqual(new Set(['tok']));
    expect(calls).toEqual(['get default', 'set default']);
    gates.set.resolve();
  });

  it('degrades a throwing store to issuing, reporting each failure, never failing a call', async () => {
    const events: SessionEvent[] = [];
    const throwing: TokenStore = {
      get: () => {
        throw new Error('sync boom');
      },
      set: async () => {
        throw new Error('async boom');
      },
      delete: () => Promise.reject(new Error('rejected boom')),
    };
    let issued = 0;
    const session = createTokenSession({
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
      store: throwing,
      onEvent: (event) => events.push(event),
    });
    expect(await session.getToken()).toBe('t1');
    expect(await session.getToken()).toBe('t1');
    session.invalidate();
    expect(await session.getToken()).toBe('t2');
    await flush();
    const operations = events.flatMap((event) =>
      event.type === 'store-failure' ? [event.operation] : [],
    );
    expect(operations.sort()).toEqual(['delete', 'get', 'get', 'set', 'set']);
  });

  it('ignores a stored token inside its margin and issues instead', async () => {
    const clock = fakeClock(1_000_000);
    const { store, map } = customStore();
    map.set('default', { accessToken: 'old', issuedAt: 0, expiresAt: 1_002_000 });
    const issue = vi.fn(async () => ({ accessToken: 'new', expiresIn: 3600 }));
    const session = createTokenSession({ issue, store, now: clock.now });
    expect(await session.getToken()).toBe('new');
    expect(issue).toHaveBeenCalledTimes(1);
  });
});
