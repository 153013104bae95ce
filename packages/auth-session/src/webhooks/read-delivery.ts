import { optionError } from './option-error.js';

/** The raw body, as the bytes that were signed. */
export function bodyBytes(payload: unknown): Uint8Array {
  if (typeof payload === 'string') return new TextEncoder().encode(payload);
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  // Uint8Array, Node's Buffer (a Uint8Array), or any other view: its own bytes, not its buffer's
  // (a pooled Buffer shares a larger one).
  if (ArrayBuffer.isView(payload)) {
    return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  }
  throw optionError('payload', 'must be a string, Uint8Array or ArrayBuffer');
}

/**
 * Every value given for header `name`, whatever its case: `Headers` (which joins repeats with
 * ", "), or a record such as Node's `req.headers` (string, string[] or undefined per name). A
 * comma never appears in a hex signature, so split values are the candidates: a sender that
 * signs with two secrets during a rotation is verified by either. No headers at all have no
 * signature header either: MISSING_SIGNATURE names the one expected.
 */
export function headerValues(headers: unknown, name: string): string[] {
  const given = Object(headers) as Headers & Record<string, unknown>;
  const found =
    typeof given.get === 'function'
      ? [given.get(name)]
      : Object.entries(given)
          .filter(([key]) => key.toLowerCase() === name.toLowerCase())
          .map(([, value]) => value);
  // Absent values join as empty strings, and empty candidates are dropped; `matches` trims.
  return found.flat().join().split(',').filter(Boolean);
}
