// FNV-1a, 64-bit, over UTF-8: a stable fingerprint of a credential for a store key. Not a
// cryptographic hash, and it need not be: it only tells two keys apart, and 64 bits of an
// API key's digest reveal nothing usable about the key.
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * 128 random bits: the identity of a `getToken` client nobody named, so that no other client,
 * in this process or another sharing the store, can ever read its tokens.
 */
const instanceId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

/**
 * provider + base URL + credential identity + sorted scopes, each kind of identity tagged so that
 * no two kinds can collide: `id:` a public client id, `fp:` the fingerprint of a secret (an API
 * key, never the key itself); `getToken:` keys come from `tokenProviderKey`.
 */
export function sessionKey(parts: {
  provider: string;
  baseUrl: string;
  identity?: string;
  secretIdentity?: string;
  scopes?: readonly string[];
}): string {
  const who =
    parts.secretIdentity !== undefined
      ? `fp:${fingerprint(parts.secretIdentity)}`
      : `id:${parts.identity ?? ''}`;
  const scopes = parts.scopes ? [...new Set(parts.scopes)].sort().join(' ') : '';
  return [parts.provider, parts.baseUrl, who, scopes].join('|');
}

/**
 * The key of a `getToken` client: `getToken:` and the `identity` it was given (its tokens are then
 * shared with every client of that name) or, unnamed (`null`), a random id of its own: never
 * shared. Apart from `sessionKey`, so that a frontend bundle carries no fingerprinting.
 */
export const tokenProviderKey = (
  where: { readonly provider: string; readonly baseUrl: string },
  named: string | null,
) => `${where.provider}|${where.baseUrl}|getToken:${named ?? `instance-${instanceId()}`}|`;
