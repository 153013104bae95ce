export type WebhookErrorCode = 'MISSING_SIGNATURE' | 'INVALID_SIGNATURE' | 'MALFORMED_PAYLOAD';

/**
 * A webhook delivery was refused: unsigned, signed with another secret or over another body, or
 * not a JSON object. Built from a code and a fixed sentence only, never from the delivery: the
 * body, the signature and the secret are exactly what must not reach a log. No `cause` either —
 * `JSON.parse`'s own error quotes the body.
 */
export class WebhookError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return '@@apiclients/WebhookError' in Object(value);
  }
  get '@@apiclients/WebhookError'(): true {
    return true;
  }
  override readonly name = 'WebhookError';
  declare readonly code: WebhookErrorCode;

  constructor(code: WebhookErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
