import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../src/index.js';
import { assertNotInBrowser, readCommonOptions, sessionKey, tokenProviderKey } from '../src/kit.js';

const CALLER = 'createAcmeClient';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readCommonOptions', () => {
  it('gives the defaults: 2 retries, 60 s per attempt, nothing else set', () => {
    expect(readCommonOptions(CALLER, {})).toEqual({
      fetch: expect.any(Function),
      timeoutMs: 60_000,
      request: {
        fetch: expect.any(Function),
        maxRetries: 2,
        timeoutMs: 60_000,
        onEvent: undefined,
      },
      session: {
        store: undefined,
        refreshWindowMs: undefined,
        expiryMarginMs: undefined,
        onEvent: undefined,
      },
    });
  });

  it('passes valid options through, ready for createAuthFetch and createTokenSession', () => {
    const fetch = async () => new Response();
    const onEvent = () => {};
    const store = createMemoryStore();
    const options = {
      fetch,
      maxRetries: 0,
      timeoutMs: 0.5,
      refreshWindowMs: 0,
      expiryMarginMs: 1500,
      store,
      onEvent,
    };
    expect(readCommonOptions(CALLER, options)).toEqual({
      fetch,
      timeoutMs: 0.5,
      request: { fetch, maxRetries: 0, timeoutMs: 0.5, onEvent },
      session: { store, refreshWindowMs: 0, expiryMarginMs: 1500, onEvent },
    });
  });

  it.each([
    ['maxRetries', -1, 'an integer >= 0'],
    ['maxRetries', 1.5, 'an integer >= 0'],
    ['maxRetries', '2', 'an integer >= 0'],
    ['timeoutMs', 0, 'a number > 0'],
    ['timeoutMs', Number.NaN, 'a number > 0'],
    ['timeoutMs', Number.POSITIVE_INFINITY, 'a number > 0'],
    ['refreshWindowMs', -1, 'a number >= 0'],
    ['expiryMarginMs', null, 'a number >= 0'],
  ])('rejects %s: %j, naming the option', (name, value, what) => {
    expect(() => readCommonOptions(CALLER, { [name]: value })).toThrow(
      new TypeError(`${CALLER}: options.${name} must be ${what}`),
    );
  });

  it.each(['fetch', 'onEvent'])('rejects a %s that is not a function', (name) => {
    expect(() => readCommonOptions(CALLER, { [name]: 'nope' })).toThrow(
      new TypeError(`${CALLER}: options.${name} must be a function`),
    );
  });

  it.each([null, 'redis', { get: async () => undefined, set: async () => {} }])(
    'rejects a store without get, set and delete: %j',
    (store) => {
      expect(() => readCommonOptions(CALLER, { store } as never)).toThrow(
        new TypeError(`${CALLER}: options.store must have get, set and delete methods`),
      );
    },
  );

  it('never echoes the rejected value', () => {
    const secret = 'sk_live_do_not_print';
    expect(() => readCommonOptions(CALLER, { timeoutMs: secret } as never)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) }),
    );
  });
});

describe('sessionKey', () => {
  const base = { provider: 'acme', baseUrl: 'https://api.acme.test' };

  it('is provider | base URL | public identity | scopes', () => {
    expect(sessionKey({ ...base, identity: 'client-123' })).toBe(
      'acme|https://api.acme.test|id:client-123|',
    );
  });

  it('gives a getToken client its name, or a random identity nobody else can have', () => {
    expect(tokenProviderKey(base, 'tenant-a')).toBe(
      'acme|https://api.acme.test|getToken:tenant-a|',
    );
    const one = tokenProviderKey(base, null);
    expect(one).toMatch(/^acme\|https:\/\/api\.acme\.test\|getToken:instance-[0-9a-f]{32}\|$/);
    expect(tokenProviderKey(base, null)).not.toBe(one);
    // A client id that spells out a getToken name still cannot collide with it.
    expect(sessionKey({ ...base, identity: 'getToken:tenant-a' })).not.toBe(
      tokenProviderKey(base, 'tenant-a'),
    );
  });

  it('never contains a secret identity, only its fingerprint', () => {
    const secret = 'sk_live_0123456789abcdef';
    const key = sessionKey({ ...base, secretIdentity: secret });
    expect(key).not.toContain(secret);
    expect(key).not.toContain('0123456789abcdef');
    expect(key).toMatch(/^acme\|https:\/\/api\.acme\.test\|fp:[0-9a-f]{16}\|$/);
  });

  it('fingerprints with 64-bit FNV-1a: the same secret, the same key; another, another', () => {
    // The reference vector for "foobar".
    expect(sessionKey({ ...base, secretIdentity: 'foobar' })).toBe(
      'acme|https://api.acme.test|fp:85944171f73967e8|',
    );
    const one = sessionKey({ ...base, secretIdentity: 'key-one' });
    expect(sessionKey({ ...base, secretIdentity: 'key-one' })).toBe(one);
    expect(sessionKey({ ...base, secretIdentity: 'key-two' })).not.toBe(one);
  });

  it('sorts and deduplicates the scopes, so that their order does not split the cache', () => {
    const key = sessionKey({ ...base, identity: 'id', scopes: ['calls:write', 'calls:read'] });
    expect(key).toBe('acme|https://api.acme.test|id:id|calls:read calls:write');
    expect(
      sessionKey({ ...base, identity: 'id', scopes: ['calls:read', 'calls:write', 'calls:read'] }),
    ).toBe(key);
  });

  it('tells providers, base URLs and identities apart', () => {
    const keys = new Set([
      sessionKey({ ...base, identity: 'id' }),
      sessionKey({ ...base, provider: 'other', identity: 'id' }),
      sessionKey({ ...base, baseUrl: 'https://eu.acme.test', identity: 'id' }),
      sessionKey({ ...base, identity: 'id2' }),
      sessionKey({ ...base, identity: 'id', scopes: ['a'] }),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('assertNotInBrowser', () => {
  const inBrowser = () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
  };

  it('lets a secret through outside a browser', () => {
    expect(() => assertNotInBrowser(CALLER, 'clientSecret', undefined)).not.toThrow();
  });

  it('refuses a secret where window and document exist, explaining getToken', () => {
    inBrowser();
    expect(() => assertNotInBrowser(CALLER, 'clientSecret', undefined)).toThrow(
      /^createAcmeClient: options\.clientSecret looks like it is running in a browser/,
    );
    expect(() => assertNotInBrowser(CALLER, 'apiKey', false)).toThrow(/getToken/);
    expect(() => assertNotInBrowser(CALLER, 'apiKey', false)).toThrow(
      /dangerouslyAllowBrowser: true/,
    );
  });

  it('lets it through with dangerouslyAllowBrowser: true', () => {
    inBrowser();
    expect(() => assertNotInBrowser(CALLER, 'clientSecret', true)).not.toThrow();
  });

  it('needs both window and document: a worker or a server-side global is not a page', () => {
    vi.stubGlobal('window', {});
    expect(() => assertNotInBrowser(CALLER, 'clientSecret', undefined)).not.toThrow();
    vi.unstubAllGlobals();
    vi.stubGlobal('document', {});
    expect(() => assertNotInBrowser(CALLER, 'clientSecret', undefined)).not.toThrow();
  });
});
