// Test-only: the token book a fake keeps: what it issued, when each expires, what was revoked.
import { fakeJwt } from './fake-server.js';

export interface Issued {
  readonly token: string;
  readonly expiresAt: number;
  readonly scopes: readonly string[];
}

export function tokenBook(subject: string) {
  const issued = new Map<string, Issued>();
  const revoked = new Set<string>();
  let serial = 0;
  /** Requests that arrived with a token past its expiry: a session must never send one. */
  const expiredSeen: string[] = [];
  return {
    issued,
    expiredSeen,
    issue(expiresInS: number, scopes: readonly string[] = []): Issued {
      const token = fakeJwt(subject, expiresInS, ++serial);
      const entry = { token, expiresAt: Date.now() + expiresInS * 1000, scopes };
      issued.set(token, entry);
      return entry;
    },
    revoke(token: string) {
      revoked.add(token);
    },
    revokeAll() {
      for (const token of issued.keys()) revoked.add(token);
    },
    /** The token behind `Authorization: Bearer …`, if it is valid now. */
    check(authorization: string | undefined): Issued | undefined {
      const token = authorization?.match(/^Bearer (.+)$/)?.[1];
      const entry = token ? issued.get(token) : undefined;
      if (!entry || revoked.has(entry.token)) return undefined;
      if (Date.now() >= entry.expiresAt) {
        expiredSeen.push(entry.token);
        return undefined;
      }
      return entry;
    },
  };
}
