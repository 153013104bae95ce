// Encryption at rest with Web Crypto: AES-256-GCM for the entry, HMAC-SHA-256 for the token's
// fingerprint (what compare-and-delete sends to Redis instead of the token), both derived from
// the user's key with HKDF-SHA-256 so that neither key can stand in for the other.

const encoder = new TextEncoder();
const subtle = () => globalThis.crypto.subtle;

export interface Keys {
  readonly encryption: CryptoKey;
  readonly fingerprint: CryptoKey;
}

export async function deriveKeys(secret: string | Uint8Array | ArrayBuffer): Promise<Keys> {
  const material = typeof secret === 'string' ? encoder.encode(secret) : new Uint8Array(secret);
  const base = await subtle().importKey('raw', material, 'HKDF', false, ['deriveKey']);
  const derive = (
    info: string,
    algorithm: AesKeyGenParams | HmacImportParams,
    usages: KeyUsage[],
  ) =>
    subtle().deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) },
      base,
      algorithm,
      false,
      usages,
    );
  const [encryption, fingerprint] = await Promise.all([
    derive('@apiclients/redis-store v1 aes-gcm', { name: 'AES-GCM', length: 256 }, [
      'encrypt',
      'decrypt',
    ]),
    derive('@apiclients/redis-store v1 fingerprint', { name: 'HMAC', hash: 'SHA-256' }, ['sign']),
  ]);
  return { encryption, fingerprint };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** `v1:<fingerprint>:`: what an entry starts with, and what compare-and-delete compares. */
export async function entryPrefix(keys: Keys, accessToken: string): Promise<string> {
  const mac = await subtle().sign('HMAC', keys.fingerprint, encoder.encode(accessToken));
  return `v1:${toBase64(new Uint8Array(mac, 0, 16))}:`;
}

/** `v1:<fingerprint>:<iv>:<ciphertext>`, bound to its Redis key: moved elsewhere, it won't open. */
export async function seal(keys: Keys, key: string, accessToken: string, plaintext: string) {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(key) },
    keys.encryption,
    encoder.encode(plaintext),
  );
  return `${await entryPrefix(keys, accessToken)}${toBase64(iv)}:${toBase64(new Uint8Array(sealed))}`;
}

/** The plaintext, or undefined when the entry is not one this key sealed for this Redis key. */
export async function open(keys: Keys, key: string, entry: string): Promise<string | undefined> {
  const [version, , iv, sealed] = entry.split(':');
  if (version !== 'v1' || iv === undefined || sealed === undefined) return undefined;
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(key) },
      keys.encryption,
      fromBase64(sealed),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
