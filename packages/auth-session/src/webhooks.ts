// `@apiclients/auth-session/webhooks`: signature verification for webhook deliveries, driven by a
// spec's declaration. Its own entry, so that a webhook receiver pays for neither the token
// lifecycle nor the client kit, and they never pay for it.
export { WebhookError, type WebhookErrorCode } from './errors/webhook-error.js';
export type { WebhookSignature } from './webhooks/signature.js';
export { type VerifyWebhookOptions, verifySignedWebhook } from './webhooks/verify-webhook.js';
