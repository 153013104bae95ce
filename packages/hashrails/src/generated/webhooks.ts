// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

import type { components } from './schema.js';

/** How deliveries are signed: the spec's `x-webhook-signature`, read by `verifySignedWebhook`. */
export const webhookSignature = {
  "header": "x-webhook-signature",
  "algorithm": "hmac-sha256",
  "encoding": "hex",
  "payload": "raw-body"
} as const;

/**
 * A verified delivery's body: one of the spec's webhooks.
 * - `transferRequestEvent` (POST): A transfer request event
 */
export type WebhookEvent =
  | components["schemas"]["WebhookPayload"];
