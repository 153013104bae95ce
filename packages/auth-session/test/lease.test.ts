import { describe, expect, it } from 'vitest';
import {
  AuthError,
  createMemoryStore,
  createTokenSession,
  type SessionEvent,
  type StoredToken,
  type TokenStore,
} from '../src/index.js';

// A store offering `withLease`, as a fleet store (the Redis one) does: here the lease is always
// granted, or the store is "down" (rejects before issuing), or another process holds it and
// hands over the token it stored.
function leasingStore(mode: 'grant' | 'down' | 'handover', handed?: StoredToken) {
  const base = createMemoryStore();
  const leases: string[] = [];
  const store: TokenStore = {
    ...base,
    async withLease(key, issue, signal) {
      leases.push(key);
      expect(signal).toBeInstanceOf(AbortSignal);
      if (mode === 'down') throw new Error('ECONNREFUSED');
      if (mode === 'handover') return handed as StoredToken;
      const token = await issue();
      await base.set(key, token);
      return token;
    },
  };
  return { store, leases, base };
}

describe('store lease (withLease)', () => {
  it('issues through the lease, once, and the store keeps the token', async () => {
    const { store, leases, base } = leasingStore('grant');
    let issued = 0;
    const session = createTokenSession({
      key: 'k',
      store,
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
    });
    const tokens = await Promise.all([session.getToken(), session.getToken(), session.getToken()]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    expect(issued).toBe(1);
    expect(leases).toEqual(['k']);
    expect((await base.get('k'))?.accessToken).toBe('t1');
  });

  it("uses the lease holder's token without issuing", async () => {
    const handed = {
      accessToken: 'from-holder',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 3.6e6,
    };
    const { store } = leasingStore('handover', handed);
    let issued = 0;
    const session = createTokenSession({
      store,
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
    });
    expect(await session.getToken()).toBe('from-holder');
    expect(issued).toBe(0);
  });

  it('a store that cannot coordinate: issues alone and says so in an event', async () => {
    const { store } = leasingStore('down');
    const events: SessionEvent[] = [];
    let issued = 0;
    const session = createTokenSession({
      store,
      onEvent: (event) => events.push(event),
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
    });
    expect(await session.getToken()).toBe('t1');
    expect(issued).toBe(1);
    expect(events).toContainEqual({ type: 'store-failure', operation: 'lease' });
  });

  it("the issuance's own failure is the caller's answer: no second issuance outside the lease", async () => {
    const { store } = leasingStore('grant');
    let issued = 0;
    const session = createTokenSession({
      store,
      retry: { maxAttempts: 1 },
      issue: async () => {
        issued++;
        throw new AuthError('INVALID_CREDENTIALS', { status: 401 });
      },
    });
    await expect(session.getToken()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(issued).toBe(1);
  });

  it('an unsendable token handed over by the store is not used: the session issues', async () => {
    const handed = {
      accessToken: 'bad\r\ntoken',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 3.6e6,
    };
    const { store } = leasingStore('handover', handed);
    const events: SessionEvent[] = [];
    const session = createTokenSession({
      store,
      onEvent: (event) => events.push(event),
      issue: async () => ({ accessToken: 'fresh', expiresIn: 3600 }),
    });
    expect(await session.getToken()).toBe('fresh');
    expect(events).toContainEqual({ type: 'store-failure', operation: 'lease' });
  });

  it('says which token it replaces, and takes no expiring token as a handover', async () => {
    const base = createMemoryStore();
    const replacing: (string | undefined)[] = [];
    let handed: StoredToken | undefined;
    const store: TokenStore = {
      ...base,
      async withLease(key, issue, _signal, replaced) {
        replacing.push(replaced);
        if (handed) return handed;
        const token = await issue();
        await base.set(key, token);
        return token;
      },
    };
    let issued = 0;
    const events: SessionEvent[] = [];
    const session = createTokenSession({
      key: 'k',
      store,
      onEvent: (event) => events.push(event),
      issue: async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }),
    });
    expect(await session.getToken()).toBe('t1');
    session.invalidate('t1');
    // The holder hands back a token about to expire: the session issues on its own.
    handed = { accessToken: 'old', issuedAt: Date.now() - 3.6e6, expiresAt: Date.now() + 1000 };
    expect(await session.getToken()).toBe('t2');
    expect(replacing).toEqual([undefined, 't1']);
    expect(events).toContainEqual({ type: 'store-failure', operation: 'lease' });
  });
});
