// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

import type { components } from './schema.js';

/** How deliveries are signed: the spec's `x-webhook-signature`, read by `verifySignedWebhook`. */
export const webhookSignature = {
  "header": "X-Webhook-Signature",
  "algorithm": "hmac-sha256",
  "encoding": "hex",
  "payload": "raw-body",
  "prefix": "sha256="
} as const;

/**
 * A verified delivery's body: one of the spec's webhooks.
 * - `callEnded` (POST): A call completed or failed
 */
export type WebhookEvent =
  | components["schemas"]["Call"];
