/** HMAC-SHA256 of `body`, keyed with the secret's UTF-8 bytes, by Web Crypto: lowercase hex. */
export async function hmacSha256Hex(secret: string, body: Uint8Array): Promise<string> {
  const { subtle } = crypto;
  const key = await subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await subtle.sign('HMAC', key, body as Uint8Array<ArrayBuffer>));
  // Two digits per byte: 0x1XY written in hex, its leading 1 dropped.
  return Array.from(mac, (byte) => (byte + 256).toString(16).slice(1)).join('');
}

/**
 * Whether a header value (trimmed, its `prefix` stripped when present, hex in either case) is
 * `expected`, in time that depends on the lengths only: every character is compared whatever the
 * first difference, so a forger learns nothing character by character. The length of an
 * HMAC-SHA256 is public.
 */
export function matches(value: string, expected: string, prefix?: string): boolean {
  let given = value.trim().toLowerCase();
  if (prefix && given.startsWith(prefix.toLowerCase())) given = given.slice(prefix.length);
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i++) {
    difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  }
  return difference === 0;
}
