import type { Permission } from '@apiclients/blips';
import { issueVolubileToken } from '@apiclients/volubile';
import type { Clients } from './clients.js';
import type { BackendConfig } from './config.js';
import { HttpError } from './http.js';
import type { UpstreamStats } from './upstream-stats.js';

export interface RouteContext {
  readonly body: () => Promise<unknown>;
  readonly query: URLSearchParams;
  readonly params: readonly string[];
}

export interface Route {
  readonly method: string;
  readonly path: string | RegExp;
  readonly handle: (context: RouteContext) => Promise<{ status: number; body: unknown }>;
}

interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// openapi-fetch hands HTTP errors back instead of throwing; the page gets a 502 that says which
// provider failed and how, rather than a provider's status passed off as the backend's own.
function relay(provider: string, { data, error, response }: ApiResult) {
  if (response.ok) return { status: response.status, body: data };
  throw new HttpError(502, `${provider} answered ${response.status}`, {
    upstream: { status: response.status, body: error },
  });
}

function configured<T>(client: T | undefined, provider: string, variables: string): T {
  if (client === undefined)
    throw new HttpError(503, `${provider} is not configured: set ${variables}`);
  return client;
}

const PERMISSIONS: readonly Permission[] = ['VIEW', 'TRANSACT', 'MANAGE'];
const TRANSACTION_STATUSES = ['pending', 'completed'] as const;

const isTransactionStatus = (value: string): value is (typeof TRANSACTION_STATUSES)[number] =>
  (TRANSACTION_STATUSES as readonly string[]).includes(value);

function tokenRequest(body: unknown): { name: string; permissions: Permission[] } {
  const { name = 'Example backend token', permissions = ['VIEW'] } = (body ?? {}) as {
    name?: unknown;
    permissions?: unknown;
  };
  if (typeof name !== 'string' || name === '') throw new HttpError(400, 'name must be a string');
  if (
    !Array.isArray(permissions) ||
    permissions.length === 0 ||
    !permissions.every((p) => PERMISSIONS.includes(p))
  )
    throw new HttpError(400, `permissions must be a non-empty list of ${PERMISSIONS.join(', ')}`);
  return { name, permissions };
}

/**
 * The backend's API. No route authenticates its caller: this example listens on loopback only.
 * A real backend puts its own user authentication in front of every one of them.
 */
export function createRoutes(config: BackendConfig, clients: Clients, stats: UpstreamStats) {
  const hashrails = () =>
    configured(clients.hashrails, 'Hashrails', 'HASHRAILS_CLIENT_ID and HASHRAILS_CLIENT_SECRET');
  const volubile = () => configured(clients.volubile, 'Volubile', 'VOLUBILE_API_KEY');
  const volubileKey = () => configured(config.volubile, 'Volubile', 'VOLUBILE_API_KEY');
  const blips = () =>
    configured(clients.blips, 'Blips', 'BLIPS_CLIENT_ID, BLIPS_CLIENT_SECRET and BLIPS_BASE_URL');

  const routes: Route[] = [
    {
      // The page learns where Volubile is from here, so only the backend's environment says it.
      method: 'GET',
      path: '/api/config',
      handle: async () => ({
        status: 200,
        body: { volubileBaseUrl: config.volubile?.baseUrl ?? null },
      }),
    },
    {
      // The frontend's getToken: a short-lived token that can read calls and do nothing else.
      method: 'GET',
      path: '/api/volubile-token',
      handle: async () => {
        const { apiKey, baseUrl } = volubileKey();
        const { token, expiresIn } = await issueVolubileToken({
          apiKey,
          scopes: ['calls:read'],
          baseUrl,
          fetch: stats.fetch('volubile'),
        });
        return { status: 200, body: { accessToken: token, expiresIn } };
      },
    },
    {
      method: 'GET',
      path: '/api/calls',
      handle: async () =>
        relay('Volubile', await volubile().GET('/v1/calls', { params: { query: { page: 1 } } })),
    },
    {
      method: 'GET',
      path: '/api/transactions',
      handle: async ({ query }) => {
        const status = query.get('status');
        if (status !== null && !isTransactionStatus(status))
          throw new HttpError(400, `status must be one of ${TRANSACTION_STATUSES.join(', ')}`);
        const filter = status === null ? {} : { status };
        return relay(
          'Hashrails',
          await hashrails().GET('/v1/transactions', { params: { query: filter } }),
        );
      },
    },
    {
      method: 'GET',
      path: '/api/blips/tokens',
      handle: async () => relay('Blips', await blips().GET('/tokens')),
    },
    {
      method: 'POST',
      path: '/api/blips/tokens',
      handle: async ({ body }) =>
        relay('Blips', await blips().POST('/tokens', { body: tokenRequest(await body()) })),
    },
    {
      method: 'POST',
      path: /^\/api\/blips\/tokens\/([^/]+)\/revoke$/,
      handle: async ({ params: [tokenId = ''] }) =>
        relay(
          'Blips',
          await blips().POST('/tokens/{tokenId}/revoke', {
            params: { path: { tokenId: decodeURIComponent(tokenId) } },
          }),
        ),
    },
    {
      method: 'GET',
      path: '/api/stats',
      handle: async () => ({ status: 200, body: stats.snapshot() }),
    },
  ];
  return routes;
}
