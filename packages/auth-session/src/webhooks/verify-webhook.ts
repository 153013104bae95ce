import { WebhookError } from '../errors/webhook-error.js';
import { check, requireNonEmptyString } from '../options/validate.js';
import { decodeSignature, hmacSha256, sameBytes } from './mac.js';
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

const CALLER = 'verifyWebhook';

/**
 * Verifies a delivery against `signature` (a spec's declaration) and resolves to its parsed
 * body, or rejects with `WebhookError`: `MISSING_SIGNATURE` (no signature header),
 * `INVALID_SIGNATURE` (no value matches the body and secret) or `MALFORMED_PAYLOAD` (signed, but
 * not a JSON object). Bad options reject with a `TypeError` naming the option.
 *
 * The body is parsed only once its signature holds: nothing unauthenticated is read.
 */
export async function verifySignedWebhook<Event>(
  signature: WebhookSignature,
  options: VerifyWebhookOptions,
): Promise<Event> {
  check(CALLER, '', typeof options === 'object' && options, 'must be an object');
  const secret = requireNonEmptyString(CALLER, 'secret', options.secret);
  const body = bodyBytes(options.payload);
  const values = headerValues(options.headers, signature.header);
  if (values.length === 0) {
    throw new WebhookError('MISSING_SIGNATURE', `No ${signature.header} header on the delivery`);
  }
  const expected = await hmacSha256(secret, body);
  const matches = values.some((value) => {
    const given = decodeSignature(value, signature);
    return given !== undefined && sameBytes(given, expected);
  });
  if (!matches) {
    throw new WebhookError(
      'INVALID_SIGNATURE',
      `${signature.header} does not match the payload and secret`,
    );
  }
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    // The parser's own message quotes the body: dropped, not wrapped.
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new WebhookError('MALFORMED_PAYLOAD', 'The payload is not a JSON object');
  }
  return event as Event;
}
