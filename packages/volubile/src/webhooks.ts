// generated from specs/volubile.yaml by `pnpm generate`. To write this file by hand, delete this line: it is then yours.
// `@apiclients/volubile/webhooks`: verify a Volubile webhook delivery and get its typed body. Its own
// entry, so that a webhook receiver loads neither the client nor the token lifecycle. The
// signature scheme and the event type are generated from the spec (generated/webhooks.ts).
import { type VerifyWebhookOptions, verifySignedWebhook } from '@apiclients/auth-session/webhooks';
import { type WebhookEvent, webhookSignature } from './generated/webhooks.js';

export {
  type VerifyWebhookOptions,
  WebhookError,
  type WebhookErrorCode,
} from '@apiclients/auth-session/webhooks';
export type { WebhookEvent };

/**
 * Verifies a Volubile webhook delivery and resolves to its parsed body, or rejects with
 * `WebhookError` (`MISSING_SIGNATURE`, `INVALID_SIGNATURE`, `MALFORMED_PAYLOAD`). Pass the raw
 * body as received, the request's headers and the webhook secret.
 */
export const verifyWebhook = (options: VerifyWebhookOptions): Promise<WebhookEvent> =>
  verifySignedWebhook<WebhookEvent>(webhookSignature, options);
