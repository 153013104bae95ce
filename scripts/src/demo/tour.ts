// The tour `pnpm demo` runs: each step does one thing through the example backend (or its own
// client), names the code that does it, and explains every count it prints.
import type { components } from '@apiclients/blips';
import { createVolubileClient } from '@apiclients/volubile';
import type { ProviderStats } from '../../../examples/node-backend/src/backend.js';
import { type BackendClient, describeFailure } from './backend-client.js';
import { type CodeRef, codeLine } from './code-ref.js';
import { credential } from './credential-label.js';
import { fleetStep } from './fleet.js';
import { detail, mask, plural, say, table } from './print.js';
import { type Ledger, template, upstreamStep } from './upstream-step.js';
import { workflowSteps } from './workflows.js';

export interface Step {
  readonly title: string;
  /** Where the code this step shows lives. */
  readonly code: readonly CodeRef[];
  run(): Promise<void>;
}

const CONCURRENT_CALLS = 20;

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

const ROUTES = 'examples/node-backend/src/routes.ts';

function hashrailsOneToken(backend: BackendClient): Step {
  return {
    title: 'Hashrails: one token, shared by concurrent calls',
    code: [
      {
        file: 'examples/node-backend/src/clients.ts',
        symbol: 'createClients',
        what: 'one Hashrails client for the whole backend, created once',
      },
      {
        file: 'packages/auth-session/src/provider/token-exchange.ts',
        symbol: 'exchangeToken',
        what: "the token request: client_id + client_secret in its JSON body, where the spec's x-token-exchange puts them",
      },
      {
        file: 'packages/auth-session/src/session/create-token-session.ts',
        symbol: 'createTokenSession',
        what: 'caches the token; concurrent callers share one issuance (single flight)',
      },
    ],
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
          [
            'POST /v1/auth/token/issue',
            `× ${tokenRequests}`,
            authOf(hashrails, 'POST', '/v1/auth/token/issue'),
          ],
          [
            'GET /v1/transactions',
            `× ${count(hashrails, 'GET', '/v1/transactions')}`,
            authOf(hashrails, 'GET', '/v1/transactions'),
          ],
        ],
        '     ',
      );
      detail(
        `→ ${plural(issued, 'token')} issued (onEvent "issue-success"), reused by all ${CONCURRENT_CALLS} calls:`,
      );
      detail(
        `  the first call started the issuance and the other ${CONCURRENT_CALLS - 1} waited for it, instead of ${CONCURRENT_CALLS} token requests`,
      );
      detail(
        "the token request sends no Authorization header (the spec's security: [] there): the client",
      );
      detail(
        'id and secret travel in its JSON body, so keep the secret on a backend (values not printed)',
      );
      if (issued !== 1 || tokenRequests !== 1)
        throw new Error(
          `expected one token for ${CONCURRENT_CALLS} concurrent calls; saw ${issued} issued in ${plural(tokenRequests, 'token request')}`,
        );
    },
  };
}

function volubileFrontendToken(backend: BackendClient): Step {
  return {
    title: 'Volubile: a scoped token minted for a frontend',
    code: [
      {
        file: ROUTES,
        symbol: 'createRoutes',
        what: 'GET /api/volubile-token mints a calls:read token with issueVolubileToken',
      },
      {
        file: 'packages/auth-session/src/provider/issue-token.ts',
        symbol: 'issueToken',
        what: "POST /v1/auth/token, the API key in the X-Api-Key header, as the spec's x-token-exchange says",
      },
      {
        file: 'examples/browser-frontend/src/backend-api.ts',
        symbol: 'tokenFromBackend',
        what: "the frontend's getToken: asks the backend, holds no key",
      },
    ],
    async run() {
      const minted = await backend.expect<{ accessToken: string; expiresIn: number }>(
        'GET',
        '/api/volubile-token',
      );
      detail(
        `GET /api/volubile-token → a calls:read token, expires in ${minted.expiresIn} s (Volubile's expiresIn; the token, ${minted.accessToken.length} chars, is not printed)`,
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
      if (!response.ok) throw new Error(`the frontend's GET /v1/calls answered ${response.status}`);
      const headers = sent.at(-1) ?? new Headers();
      const scheme = headers.get('authorization')?.split(' ')[0] ?? 'none';
      detail(
        `the frontend's createVolubileClient({ getToken }): GET /v1/calls → ${response.status}, ${plural(data?.content?.length ?? 0, 'call')} (the page Volubile answered)`,
      );
      detail(
        `it sent ${credential(scheme)}, ${headers.has('x-api-key') ? 'AND X-Api-Key' : 'and no X-Api-Key'}`,
      );
      if (scheme !== 'Bearer' || headers.has('x-api-key'))
        throw new Error('the frontend client should send a Bearer token and never an API key');
      const { volubile } = await backend.stats();
      const withKey = volubile.requests.filter((entry) => entry.auth.includes('X-Api-Key'));
      const where = [...new Set(withKey.map((entry) => `${entry.method} ${entry.path}`))];
      const mints = withKey.reduce((sum, entry) => sum + entry.count, 0);
      detail(
        `the API key stayed on the backend: it went, in the X-Api-Key header, only to ${where.join(', ')} (× ${mints}):`,
      );
      detail(
        "  one mint per GET /api/volubile-token: the demo's above and the frontend client's getToken",
      );
    },
  };
}

function oneCallPerProvider(backend: BackendClient): Step {
  return {
    title: 'One authenticated call per provider, from the backend',
    code: [
      {
        file: ROUTES,
        symbol: 'createRoutes',
        what: 'GET /api/transactions, /api/calls and /api/blips/tokens: one client call each',
      },
      {
        file: 'packages/auth-session/src/fetch/auth-fetch.ts',
        symbol: 'createAuthFetch',
        what: "puts each operation's credential where its spec's security says",
      },
      {
        file: 'packages/blips/src/generated/client.ts',
        symbol: 'createBlipsClient',
        what: "generated from the spec's http basic scheme: Authorization: Basic on every call",
      },
    ],
    async run() {
      const calls = [
        ['Hashrails', '/api/transactions?status=completed', 'hashrails', '/v1/transactions'],
        ['Volubile', '/api/calls', 'volubile', '/v1/calls'],
        ['Blips', '/api/blips/tokens', 'blips', '/tokens'],
      ] as const;
      for (const [, route] of calls) await backend.expect('GET', route);
      const stats = await backend.stats();
      table(
        calls.map(([name, route, provider, upstream]) => [
          name,
          `GET ${route}`,
          `→ GET ${upstream}`,
          '200',
          authOf(stats[provider], 'GET', upstream),
        ]),
      );
      detail("Hashrails reused step 1's token; the backend's Volubile client first minted its own");
      detail(
        'calls:read token with the API key (its POST /v1/auth/token is in the last step); Blips sent',
      );
      detail('the client id and secret, base64-encoded, as it does on every call.');
    },
  };
}

function blipsCredentialPair(backend: BackendClient, mocked: boolean): Step {
  return {
    title: 'Blips: a credential pair created',
    code: [
      {
        file: ROUTES,
        symbol: 'createRoutes',
        what: 'POST /api/blips/tokens and POST /api/blips/tokens/{id}/revoke',
      },
      {
        file: 'scripts/src/demo/print.ts',
        symbol: 'mask',
        what: 'the new secret, shown as its first 4 characters and its length',
      },
    ],
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
      if (mocked)
        detail(
          '(Prism answers with the spec example, whatever was asked: the demo asked for "apiclients demo", VIEW)',
        );
      detail(`clientId ${created.clientId}`);
      detail(`clientSecret ${mask(created.clientSecret)}: shown once, at creation; keep it safe`);
      const revoke = `/api/blips/tokens/${encodeURIComponent(created.id)}/revoke`;
      await backend.expect('POST', revoke);
      detail(
        `POST ${template(revoke)} → 200: revoked again, so a real run leaves no live credential`,
      );
    },
  };
}

export function tourSteps(
  backend: BackendClient,
  mocks: Readonly<Record<string, string>> = {},
): Step[] {
  const ledger: Ledger = [];
  const steps = [
    hashrailsOneToken(backend),
    volubileFrontendToken(backend),
    oneCallPerProvider(backend),
    blipsCredentialPair(backend, mocks.blips !== undefined),
    ...workflowSteps(mocks),
    fleetStep(),
  ];
  // What the backend had sent once each step was done: the last step says which step sent what.
  return [
    ...steps.map(
      (step, index): Step => ({
        ...step,
        async run() {
          await step.run();
          ledger.push({ step: index + 1, stats: await backend.stats() });
        },
      }),
    ),
    upstreamStep(backend, ledger),
  ];
}

/** Runs the steps in order; the first failure stops the tour, naming its step. */
export async function runTour(steps: readonly Step[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    say();
    say(`${index + 1}. ${step.title}`);
    for (const ref of step.code) detail(codeLine(ref));
    try {
      await step.run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`step ${index + 1} (${step.title}) failed: ${reason}`);
    }
  }
}
