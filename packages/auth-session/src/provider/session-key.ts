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
 * provider + base URL + credential identity + sorted scopes. `identity` is public (a client id);
 * `secretIdentity` (an API key) is only ever fingerprinted.
 */
export function sessionKey(parts: {
  provider: string;
  baseUrl: string;
  identity?: string;
  secretIdentity?: string;
  scopes?: readonly string[];
}): string {
  const who = parts.identity ?? `fp:${fingerprint(parts.secretIdentity ?? '')}`;
  const scopes = parts.scopes ? [...new Set(parts.scopes)].sort().join(' ') : '';
  return [parts.provider, parts.baseUrl, who, scopes].join('|');
}
