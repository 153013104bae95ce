import { type components, createBlipsClient } from '@apiclients/blips';
import { createHashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient } from '@apiclients/volubile';
import type { ProviderStats, Stats } from '../../../examples/node-backend/src/backend.js';
import { type BackendClient, describeFailure } from './backend-client.js';
import { fleetStep } from './fleet.js';
import { detail, mask, plural, say, table } from './print.js';

export interface Step {
  readonly title: string;
  run(): Promise<void>;
}

const CONCURRENT_CALLS = 20;

const CREDENTIAL: Record<string, string> = {
  Bearer: 'Authorization: Bearer',
  Basic: 'Authorization: Basic',
  'X-Api-Key': 'X-Api-Key',
  none: 'no credentials',
};
const credential = (auth: string) => CREDENTIAL[auth] ?? auth;

// Ids make paths long and say nothing about what was called.
const template = (path: string) =>
  path
    .split('/')
    .map((segment) => (segment.includes('%3A') || segment.length > 24 ? '{id}' : segment))
    .join('/');

const count = (stats: ProviderStats, method: string, path: string) =>
  stats.requests
    .filter((entry) => entry.method === method && entry.path === path)
    .reduce((sum, entry) => sum + entry.count, 0);

const authOf = (stats: ProviderStats, method: string, path: string) =>
  [
    ...new Set(
      stats.requests.filter((r) => r.method === method && r.path === path).map((r) => r.auth),
    ),
  ]
    .map(credential)
    .join(', ') || '(not sent)';

// Results of a call that must succeed: the data, or an error naming the call and its status.
function must<T>(what: string, result: { data?: T; response: Response }): T {
  if (!result.response.ok || result.data === undefined)
    throw new Error(`${what} answered ${result.response.status}`);
  return result.data;
}

/**
 * One real workflow per provider, on the endpoints beyond tokens. They run only against the
 * Prism mocks (`mocks`: provider → URL): a workflow that creates transfers or places calls is
 * not something a demo does to a real account.
 */
export function workflowSteps(mocks: Readonly<Record<string, string>>): Step[] {
  const steps: Step[] = [];
  const hashrailsUrl = mocks.hashrails;
  if (hashrailsUrl)
    steps.push({
      title: 'Hashrails workflow (Prism): a recipient, a transfer request, the rate confirmed',
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
      },
    });
  const volubileUrl = mocks.volubile;
  if (volubileUrl)
    steps.push({
      title: 'Volubile workflow (Prism): a call started, then the calls paged through',
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
        for (let page = 1; page <= 10; page++) {
          const data = must(
            'GET /v1/calls',
            await volubile.GET('/v1/calls', { params: { query: { page, size: 100 } } }),
          );
          pages++;
          calls += data.content?.length ?? 0;
          if (!data.totalPages || page >= data.totalPages) break;
        }
        detail(
          `GET /v1/calls?page=…&size=100 (x-pagination: page, size, content, totalPages) → ${plural(pages, 'page')}, ${plural(calls, 'call')}`,
        );
      },
    });
  const blipsUrl = mocks.blips;
  if (blipsUrl)
    steps.push({
      title: 'Blips workflow (Prism): a customer, a quote created and executed',
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

export function tourSteps(
  backend: BackendClient,
  mocks: Readonly<Record<string, string>> = {},
): Step[] {
  return [
    {
      title: 'Hashrails: one token, shared by concurrent calls',
      async run() {
        const answers = await Promise.all(
          Array.from({ length: CONCURRENT_CALLS }, () => backend.call('GET', '/api/transactions')),
        );
        const failed = answers.filter((answer) => answer.status !== 200);
        if (failed[0])
          throw new Error(
            `${failed.length} of ${CONCURRENT_CALLS} calls failed; the first: ${describeFailure('GET', '/api/transactions', failed[0])}`,
          );
        const { hashrails } = await backend.stats();
        const tokenRequests = count(hashrails, 'POST', '/v1/auth/token/issue');
        const issued = hashrails.events['issue-success'] ?? 0;
        detail(
          `${CONCURRENT_CALLS} concurrent GET /api/transactions to the backend → ${CONCURRENT_CALLS} × 200`,
        );
        detail('what Hashrails received from the backend:');
        table(
          [
            ['POST /v1/auth/token/issue', `× ${tokenRequests}`, credential('none')],
            [
              'GET /v1/transactions',
              `× ${count(hashrails, 'GET', '/v1/transactions')}`,
              authOf(hashrails, 'GET', '/v1/transactions'),
            ],
          ],
          '     ',
        );
        detail(
          `→ ${plural(issued, 'token')} issued (onEvent "issue-success"), reused by all ${CONCURRENT_CALLS} calls`,
        );
        if (issued !== 1 || tokenRequests !== 1)
          throw new Error(
            `expected one token for ${CONCURRENT_CALLS} concurrent calls; saw ${issued} issued in ${plural(tokenRequests, 'token request')}`,
          );
      },
    },
    {
      title: 'Volubile: a scoped token minted for a frontend',
      async run() {
        const minted = await backend.expect<{ accessToken: string; expiresIn: number }>(
          'GET',
          '/api/volubile-token',
        );
        detail(
          `GET /api/volubile-token → a calls:read token, expires in ${minted.expiresIn} s (${minted.accessToken.length} chars, not printed)`,
        );
        // Now the frontend's half, run here: it holds no key, only a way to ask the backend.
        const { volubileBaseUrl } = await backend.expect<{ volubileBaseUrl: string | null }>(
          'GET',
          '/api/config',
        );
        const sent: Headers[] = [];
        const frontend = createVolubileClient({
          getToken: () => backend.expect('GET', '/api/volubile-token'),
          ...(volubileBaseUrl === null ? {} : { baseUrl: volubileBaseUrl }),
          fetch: (input, init) => {
            sent.push(new Headers(input instanceof Request ? input.headers : init?.headers));
            return fetch(input, init);
          },
        });
        const { data, response } = await frontend.GET('/v1/calls', {
          params: { query: { page: 1 } },
        });
        if (!response.ok)
          throw new Error(`the frontend's GET /v1/calls answered ${response.status}`);
        const headers = sent.at(-1) ?? new Headers();
        const scheme = headers.get('authorization')?.split(' ')[0] ?? 'none';
        detail(
          `the frontend's createVolubileClient({ getToken }): GET /v1/calls → ${response.status}, ${plural(data?.content?.length ?? 0, 'call')}`,
        );
        detail(
          `it sent ${credential(scheme)}, ${headers.has('x-api-key') ? 'AND X-Api-Key' : 'and no X-Api-Key'}`,
        );
        if (scheme !== 'Bearer' || headers.has('x-api-key'))
          throw new Error('the frontend client should send a Bearer token and never an API key');
        const { volubile } = await backend.stats();
        const withKey = volubile.requests.filter((entry) => entry.auth.includes('X-Api-Key'));
        const where = [...new Set(withKey.map((entry) => `${entry.method} ${entry.path}`))];
        detail(
          `the API key stayed on the backend: it was sent only to ${where.join(', ')} (× ${withKey.reduce((sum, entry) => sum + entry.count, 0)})`,
        );
      },
    },
    {
      title: 'One authenticated call per provider, from the backend',
      async run() {
        const calls = [
          ['Hashrails', '/api/transactions?status=completed', 'hashrails', '/v1/transactions'],
          ['Volubile', '/api/calls', 'volubile', '/v1/calls'],
          ['Blips', '/api/blips/tokens', 'blips', '/tokens'],
        ] as const;
        for (const [, route] of calls) await backend.expect('GET', route);
        const stats: Stats = await backend.stats();
        table(
          calls.map(([name, route, provider, upstream]) => [
            name,
            `GET ${route}`,
            `→ GET ${upstream}`,
            '200',
            authOf(stats[provider], 'GET', upstream),
          ]),
        );
      },
    },
    {
      title: 'Blips: a credential pair created',
      async run() {
        const created = await backend.expect<components['schemas']['ApiTokenWithSecret']>(
          'POST',
          '/api/blips/tokens',
          201,
          { name: 'apiclients demo', permissions: ['VIEW'] },
        );
        detail(
          `POST /api/blips/tokens → 201: ${created.id} "${created.name}" (${created.permissions.join(', ')})`,
        );
        detail(`clientId ${created.clientId}`);
        detail(`clientSecret ${mask(created.clientSecret)}: shown once, at creation; keep it safe`);
        const revoke = `/api/blips/tokens/${encodeURIComponent(created.id)}/revoke`;
        await backend.expect('POST', revoke);
        detail(
          `POST ${template(revoke)} → 200: revoked again, so a real run leaves no live credential`,
        );
      },
    },
    ...workflowSteps(mocks),
    fleetStep(),
    {
      title: 'Everything the backend sent upstream',
      async run() {
        const stats: Stats = await backend.stats();
        table(
          Object.entries(stats).flatMap(([provider, { requests }]) =>
            requests.map((entry) => [
              provider,
              `${entry.method} ${template(entry.path)}`,
              credential(entry.auth),
              String(entry.status),
              `× ${entry.count}`,
            ]),
          ),
        );
      },
    },
  ];
}

/** Runs the steps in order; the first failure stops the tour, naming its step. */
export async function runTour(steps: readonly Step[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    say();
    say(`${index + 1}. ${step.title}`);
    try {
      await step.run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`step ${index + 1} (${step.title}) failed: ${reason}`);
    }
  }
}
