// One real workflow per provider, on the endpoints beyond tokens. They run only against the
// Prism mocks: a workflow that creates transfers or places calls is not something a demo does
// to a real account.
import { createBlipsClient } from '@apiclients/blips';
import { createHashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient } from '@apiclients/volubile';
import { detail, plural } from './print.js';
import type { Step } from './tour.js';

// The demo pages through at most this many pages: Prism answers every page with its example.
const MAX_PAGES = 10;

// Results of a call that must succeed: the data, or an error naming the call and its status.
function must<T>(what: string, result: { data?: T; response: Response }): T {
  if (!result.response.ok || result.data === undefined)
    throw new Error(`${what} answered ${result.response.status}`);
  return result.data;
}

const WORKFLOWS = { file: 'scripts/src/demo/workflows.ts', symbol: 'workflowSteps' } as const;

/** `mocks`: provider → the URL of its Prism mock; a provider without one gets no workflow. */
export function workflowSteps(mocks: Readonly<Record<string, string>>): Step[] {
  const steps: Step[] = [];
  const hashrailsUrl = mocks.hashrails;
  if (hashrailsUrl)
    steps.push({
      title: 'Hashrails workflow (Prism): a recipient, a transfer request, the rate confirmed',
      code: [
        { ...WORKFLOWS, what: 'the three POSTs, straight from a client (not via the backend)' },
        {
          file: 'packages/auth-session/src/fetch/idempotency-key.ts',
          symbol: 'idempotencyKey',
          what: 'the X-Idempotency-Key a client sends when the caller gives none (here the demo gives its own)',
        },
      ],
      async run() {
        const hashrails = createHashrailsClient({
          clientId: 'demo-client-id',
          clientSecret: 'demo-client-secret',
          baseUrl: hashrailsUrl,
          maxRetries: 0,
        });
        const key = () => ({ 'X-Idempotency-Key': crypto.randomUUID() });
        const recipient = must(
          'POST /v1/recipients',
          await hashrails.POST('/v1/recipients', {
            params: { header: key() },
            body: {
              type: 'crypto',
              name: 'My USDT Wallet',
              wallet_address: '0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e',
              network: 'Polygon',
              symbol: 'USDT',
            },
          }),
        );
        const recipientId = recipient.data?.id ?? 'rec_01J8V9ZP3A7';
        detail(`POST /v1/recipients (X-Idempotency-Key) → ${recipient.message}: ${recipientId}`);
        const transfer = must(
          'POST /v1/transfer-requests',
          await hashrails.POST('/v1/transfer-requests', {
            params: { header: key() },
            body: {
              type: 'onramp',
              amount: 10000,
              from_currency: 'NGN',
              to_currency: 'USDC',
              recipient_id: recipientId,
            },
          }),
        );
        const id = transfer.data?.id ?? 'c17d2777-e604-45e2-b6d5-7743652eadf1';
        detail(
          `POST /v1/transfer-requests → ${transfer.data?.reference} ${transfer.data?.type} ${transfer.data?.source?.amount} ${transfer.data?.source?.currency} → ${transfer.data?.destination?.currency}, status ${transfer.data?.status}`,
        );
        const confirmed = must(
          'POST /v1/transfer-requests/{id}/confirm-rate',
          await hashrails.POST('/v1/transfer-requests/{id}/confirm-rate', {
            params: { path: { id }, header: key() },
            body: { amount: 10000 },
          }),
        );
        detail(`POST /v1/transfer-requests/{id}/confirm-rate → ${confirmed.message}`);
        detail(
          'the values are the spec examples Prism answers with; this client issued its own token first, as in step 1',
        );
      },
    });
  const volubileUrl = mocks.volubile;
  if (volubileUrl)
    steps.push({
      title: 'Volubile workflow (Prism): a call started, then the calls paged through',
      code: [
        { ...WORKFLOWS, what: 'the call started, then volubile.paginate(…).pages()' },
        {
          file: 'packages/auth-session/src/client/paginate.ts',
          symbol: 'paginator',
          what: "follows the spec's x-pagination: page numbers up to totalPages",
        },
      ],
      async run() {
        const volubile = createVolubileClient({
          apiKey: 'demo-api-key',
          scopes: ['calls:read', 'calls:write'],
          baseUrl: volubileUrl,
          maxRetries: 0,
        });
        const call = must(
          'POST /v1/calls',
          await volubile.POST('/v1/calls', {
            body: {
              agentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
              recipient: { phone: '+33612345678', context: { firstName: 'Ada' } },
            },
          }),
        );
        detail(`POST /v1/calls (scope calls:write) → 201, call ${call.id}`);
        let pages = 0;
        let calls = 0;
        let totalPages: number | undefined;
        for await (const { data } of volubile
          .paginate('/v1/calls', { params: { query: { size: 100 } } })
          .pages()) {
          pages++;
          calls += data.content?.length ?? 0;
          totalPages = data.totalPages;
          if (pages >= MAX_PAGES) break;
        }
        detail(
          `GET /v1/calls?page=…&size=100 (x-pagination: page, size, content, totalPages) → ${plural(pages, 'page')}, ${plural(calls, 'call')}`,
        );
        detail(
          `(${plural(pages, 'page')}: the first answer said totalPages ${totalPages ?? '(none)'}; ${plural(calls, 'call')}: what Prism's example page holds)`,
        );
      },
    });
  const blipsUrl = mocks.blips;
  if (blipsUrl)
    steps.push({
      title: 'Blips workflow (Prism): a customer, a quote created and executed',
      code: [
        { ...WORKFLOWS, what: 'the customer, the receiver lookup, the quote and its execution' },
        {
          file: 'packages/blips/src/generated/client.ts',
          symbol: 'createBlipsClient',
          what: 'Authorization: Basic on each of these calls',
        },
      ],
      async run() {
        const blips = createBlipsClient({
          clientId: 'demo-client-id',
          clientSecret: 'demo-client-secret',
          baseUrl: blipsUrl,
          maxRetries: 0,
        });
        const customer = must(
          'POST /customers',
          await blips.POST('/customers', { body: { platformCustomerId: 'partner_cust_001' } }),
        );
        detail(`POST /customers → 201, customer ${customer.id} (${customer.platformCustomerId})`);
        const ppvAddress = 'demo-customer@demo.blips.test';
        const lookup = must(
          'GET /receiver/ppv/{ppvAddress}',
          await blips.GET('/receiver/ppv/{ppvAddress}', { params: { path: { ppvAddress } } }),
        );
        const quote = must(
          'POST /quotes',
          await blips.POST('/quotes', {
            body: {
              lookupId: lookup.lookupId ?? 'lookup_replace_with_fresh_receiver_lookup',
              source: { accountId: 'InternalAccount:replace_with_sender_internal_account' },
              destination: { ppvAddress, currency: 'PHP' },
              lockedCurrencySide: 'SENDING',
              lockedCurrencyAmount: '10000',
            },
          }),
        );
        detail(
          `POST /quotes → 201, ${quote.quoteId}: ${quote.sendingAmount?.amountMinor} ${quote.sendingAmount?.currencyCode} → ${quote.receivingAmount?.amountMinor} ${quote.receivingAmount?.currencyCode} at ${quote.exchangeRate}, ${quote.status}`,
        );
        must(
          'POST /quotes/{quoteId}/execute',
          await blips.POST('/quotes/{quoteId}/execute', {
            params: {
              path: { quoteId: quote.quoteId ?? 'Quote:quote_123' },
              header: { 'Idempotency-Key': crypto.randomUUID() },
            },
          }),
        );
        detail('POST /quotes/{quoteId}/execute (Idempotency-Key) → 200');
      },
    });
  return steps;
}
