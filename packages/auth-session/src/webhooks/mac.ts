import type { WebhookSignature } from './signature.js';

// Whole bytes of hex, in either case (Hashrails' docs uppercase theirs, their example is lower).
const HEX = /^(?:[0-9a-f]{2})+$/i;

/** A header value's MAC bytes, or undefined when it is not in the declared encoding. */
export function decodeSignature(
  value: string,
  { encoding, prefix }: WebhookSignature,
): Uint8Array | undefined {
  const text =
    prefix && value.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
      ? value.slice(prefix.length)
      : value;
  if (encoding === 'hex') {
    if (!HEX.test(text)) return undefined;
    const bytes = new Uint8Array(text.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** HMAC-SHA256 of `body` keyed with the UTF-8 bytes of `secret`, by Web Crypto. */
export async function hmacSha256(secret: string, body: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  // Browsers hide it outside secure contexts: say so rather than "cannot read 'importKey'".
  if (!subtle) throw new TypeError('verifyWebhook: Web Crypto (crypto.subtle) is not available');
  const key = await subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', key, body as Uint8Array<ArrayBuffer>));
}

/**
 * Whether two MACs are equal, in time that depends on their length only: every byte is compared
 * whatever the first difference, so a forger learns nothing byte by byte. The length of an
 * HMAC-SHA256 is public.
 */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
