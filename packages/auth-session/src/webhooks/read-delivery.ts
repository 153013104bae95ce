import { check } from '../options/validate.js';

const CALLER = 'verifyWebhook';

/** The raw body, as the bytes that were signed. */
export function bodyBytes(payload: unknown): Uint8Array {
  if (typeof payload === 'string') return new TextEncoder().encode(payload);
  // By tag rather than `instanceof`: a body from another realm (a worker, a vm context) is still
  // an ArrayBuffer.
  if (Object.prototype.toString.call(payload) === '[object ArrayBuffer]') {
    return new Uint8Array(payload as ArrayBuffer);
  }
  // Uint8Array, Node's Buffer (a Uint8Array), or any other view: its own bytes, not its buffer's
  // (a pooled Buffer shares a larger one).
  if (ArrayBuffer.isView(payload)) {
    return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  }
  throw new TypeError(
    `${CALLER}: options.payload must be the raw request body: a string, a Uint8Array or an ArrayBuffer`,
  );
}

/**
 * Every value given for header `name`, whatever its case: `Headers` (which joins repeats with
 * ", "), or a record such as Node's `req.headers` (string, string[] or undefined per name). A
 * comma never appears in a hex or base64 signature, so split values are the candidates: a
 * sender that signs with two secrets during a rotation is verified by either.
 */
export function headerValues(headers: unknown, name: string): string[] {
  check(
    CALLER,
    'headers',
    typeof headers === 'object' && headers,
    'must be a Headers or a record of header names to values',
  );
  const found: unknown[] = [];
  if (typeof (headers as Headers).get === 'function') {
    found.push((headers as Headers).get(name));
  } else {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers as object)) {
      if (key.toLowerCase() === wanted) found.push(value);
    }
  }
  return found
    .flat()
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map((value) => value.trim())
    .filter(Boolean);
}
