// Entropy drawn 256 keys at a time: one `getRandomValues` per key cost ~5 µs on Node 20, most of
// it the call itself (Node's own `randomUUID` caches the same way). Each byte is used once.
const pool = new Uint8Array(4096);
let used = 4096;

/**
 * A UUID v4 (RFC 9562), from `crypto.getRandomValues`: `crypto.randomUUID` exists only in secure
 * contexts, and a page served over plain http still makes writes worth protecting.
 */
export function idempotencyKey(): string {
  if (used === 4096) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  // Version 4 and the RFC 9562 variant.
  pool[used + 6] = ((pool[used + 6] as number) & 0x0f) | 0x40;
  pool[used + 8] = ((pool[used + 8] as number) & 0x3f) | 0x80;
  let key = '';
  for (let index = 0; index < 16; index++) {
    key += `${index === 4 || index === 6 || index === 8 || index === 10 ? '-' : ''}${((pool[used + index] as number) + 256).toString(16).slice(1)}`;
  }
  used += 16;
  return key;
}
