// Test-only: Volubile as seed 002 and PROVIDERS.md describe it, with fault switches.
import { startFakeServer } from './fake-server.js';
import { tokenBook } from './tokens.js';

const SCOPES = [
  'calls:read',
  'calls:write',
  'campaigns:read',
  'campaigns:write',
  'agents:read',
  'agents:write',
  'integrations:read',
  'integrations:write',
];
const NEEDS: Record<string, string> = { GET: 'calls:read', POST: 'calls:write' };

const problem = (status: number, message: string, errors: unknown[] = []) => ({
  status,
  body: { timestamp: new Date().toISOString(), status, message, errors },
});

export async function startVolubileFake({ apiKey }: { apiKey: string }) {
  const book = tokenBook('volubile');
  const switches = {
    expiresIn: 900,
    /** Scopes the token endpoint answers 400 for, as if the account lacked them. */
    unsupported: [] as string[],
    /** The token endpoint answers 403, as it does to a Bearer trying to mint. */
    forbidden: false,
  };
  let calls = 0;
  const server = await startFakeServer((request) => {
    const key = request.headers['x-api-key'];
    const bearer = request.headers.authorization;
    if (request.method === 'POST' && request.path === '/v1/auth/token') {
      if ((!key && bearer) || switches.forbidden)
        return problem(403, 'Bearer tokens cannot be used to mint another token');
      if (key !== apiKey) return problem(401, 'Missing or invalid API key');
      const body = JSON.parse(request.body || '{}') as { scope?: unknown };
      if (!Array.isArray(body.scope))
        return problem(400, 'Invalid payload', [
          { field: 'scope', rejectedValue: body.scope ?? null, message: 'must not be null' },
        ]);
      const unknown = body.scope
        .map((scope, index) => [scope, index] as const)
        .filter(
          ([scope]) =>
            !SCOPES.includes(scope as string) || switches.unsupported.includes(scope as string),
        );
      if (unknown.length > 0) {
        return problem(
          400,
          'Unsupported scope',
          unknown.map(([scope, index]) => ({
            field: `scope[${index}]`,
            rejectedValue: scope,
            message: 'unsupported scope',
          })),
        );
      }
      const { token } = book.issue(switches.expiresIn, body.scope as string[]);
      return { status: 200, body: { token, expiresIn: switches.expiresIn, tokenType: 'Bearer' } };
    }
    if (request.path.startsWith('/v1/calls')) {
      const needed = NEEDS[request.method] ?? 'calls:write';
      if (!(key === apiKey)) {
        const entry = book.check(bearer);
        if (!entry) return problem(401, 'Unauthorized');
        if (!entry.scopes.includes(needed)) return problem(403, `Missing scope ${needed}`);
      }
      if (request.method === 'POST')
        return {
          status: 200,
          body: { id: `call-${++calls}`, ...JSON.parse(request.body || '{}') },
        };
      return {
        status: 200,
        body: { content: [], size: 20, page: 1, totalElements: 0, totalPages: 0 },
      };
    }
    return problem(404, 'Not found');
  });
  return {
    ...server,
    book,
    switches,
    tokenRequests: () => server.seen.filter((request) => request.path === '/v1/auth/token'),
    apiRequests: () => server.seen.filter((request) => request.path !== '/v1/auth/token'),
  };
}
