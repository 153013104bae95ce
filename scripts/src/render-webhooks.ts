import type { WebhooksDescription } from './describe-webhooks.js';
import { header } from './header.js';

/**
 * `webhooks.ts`: the spec's signature declaration as data for
 * `@apiclients/auth-session/webhooks`, and the union of its webhook bodies as the event type.
 */
export function renderWebhooks(
  { signature, webhooks, imports }: WebhooksDescription,
  specName: string,
): string {
  const types = [...new Set(webhooks.map((webhook) => webhook.type))];
  const list = webhooks.map(
    ({ name, method, summary }) =>
      ` * - \`${name}\` (${method.toUpperCase()})${summary ? `: ${summary}` : ''}`,
  );
  return [
    header(specName),
    `import type { ${imports.join(', ')} } from './schema.js';`,
    '',
    "/** How deliveries are signed: the spec's `x-webhook-signature`, read by `verifySignedWebhook`. */",
    `export const webhookSignature = ${JSON.stringify(signature, null, 2)} as const;`,
    '',
    '/**',
    " * A verified delivery's body: one of the spec's webhooks.",
    ...list,
    ' */',
    `export type WebhookEvent =\n${types.map((type) => `  | ${type}`).join('\n')};`,
    '',
  ].join('\n');
}
