import type { StoredToken, TokenStore } from './token-store.js';

/** The default store: a Map private to whoever created it. */
export function createMemoryStore(): TokenStore {
  const tokens = new Map<string, StoredToken>();
  return {
    get: async (key) => tokens.get(key),
    set: async (key, token) => {
      tokens.set(key, token);
    },
    delete: async (key, accessToken) => {
      if (accessToken === undefined || tokens.get(key)?.accessToken === accessToken) {
        tokens.delete(key);
      }
    },
  };
}
