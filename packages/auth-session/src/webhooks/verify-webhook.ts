import { WebhookError } from '../errors/webhook-error.js';
import { hmacSha256Hex, matches } from './mac.js';
import { optionError } from './option-error.js';
import { bodyBytes, headerValues } from './read-delivery.js';
import type { WebhookSignature } from './signature.js';

export interface VerifyWebhookOptions {
  /**
   * The request body exactly as received, before any JSON parsing: re-serialised JSON differs
   * byte for byte and fails. Bytes are safest; a string is encoded as UTF-8.
   */
  readonly payload: string | Uint8Array | ArrayBuffer;
  /** The request's headers: a `Headers`, or a record such as Node's `req.headers` (any case). */
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The webhook secret from the provider's dashboard. Never echoed. */
  readonly secret: string;
}

/**
 * Verifies a delivery against `signature` (a spec's declaration) and resolves to its parsed
 * body, or rejects with `WebhookError`: `MISSING_SIGNATURE` (no signature header),
 * `INVALID_SIGNATURE` (no value matches the body and secret) or `MALFORMED_PAYLOAD` (signed, but
 * not a JSON object). Bad options reject with a `TypeError` naming the option.
 *
 * The body is parsed only once its signature holds: nothing unauthenticated is read.
 */
export async function verifySignedWebhook<Event>(
  { header, prefix }: WebhookSignature,
  options: VerifyWebhookOptions,
): Promise<Event> {
  // No options at all reads as a missing secret: the first thing to name.
  const { payload, headers, secret } = options ?? ({} as Partial<VerifyWebhookOptions>);
  // A blank secret is a missing environment variable, not a key anyone meant.
  if (typeof secret !== 'string' || !secret.trim()) {
    throw optionError('secret', 'must be a non-empty string');
  }
  const body = bodyBytes(payload);
  const values = headerValues(headers, header);
  if (!values.length) throw new WebhookError('MISSING_SIGNATURE', `No ${header} header`);
  const expected = await hmacSha256Hex(secret, body);
  if (!values.some((value) => matches(value, expected, prefix))) {
    throw new WebhookError('INVALID_SIGNATURE', `${header} does not match`);
  }
  let event: unknown;
  try {
    // UTF-8, invalid sequences replaced, as `Response.json()` reads a body.
    event = JSON.parse(new TextDecoder().decode(body));
  } catch {
    // The parser's own message quotes the body: dropped, not wrapped.
  }
  if (typeof event !== 'object' || !event || Array.isArray(event)) {
    throw new WebhookError('MALFORMED_PAYLOAD', 'Payload is not a JSON object');
  }
  return event as Event;
}
