// Test-only: Hashrails as seeds 000 and 001 describe it, with fault switches.
import { startFakeServer } from './fake-server.js';
import { tokenBook } from './tokens.js';

export async function startHashrailsFake({
  clientId,
  clientSecret,
}: {
  clientId: string;
  clientSecret: string;
}) {
  const book = tokenBook('hashrails');
  const switches = {
    expiresIn: 3600,
    /** The next N token requests answer 429 with `Retry-After: retryAfter`. */
    rateLimited: 0,
    retryAfter: '1',
    /** The next N token requests answer 503. */
    unavailable: 0,
    malformed: undefined as 'not-json' | 'no-token' | undefined,
  };
  const server = await startFakeServer((request) => {
    if (request.method === 'POST' && request.path === '/v1/auth/token/issue') {
      if (switches.rateLimited > 0) {
        switches.rateLimited--;
        return {
          status: 429,
          headers: { 'retry-after': switches.retryAfter },
          body: { success: false, message: 'Rate limit exceeded. Please try again later.' },
        };
      }
      if (switches.unavailable > 0) {
        switches.unavailable--;
        return { status: 503, body: { success: false, message: 'Service unavailable' } };
      }
      const body = JSON.parse(request.body || '{}') as {
        client_id?: string;
        client_secret?: string;
      };
      if (body.client_id !== clientId || body.client_secret !== clientSecret) {
        return {
          status: 401,
          body: { success: false, message: 'Invalid client_id or client_secret' },
        };
      }
      if (switches.malformed === 'not-json')
        return {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: '<html>maintenance</html>',
        };
      if (switches.malformed === 'no-token')
        return {
          status: 200,
          body: { success: true, message: 'API token issued successfully', data: {} },
        };
      const { token } = book.issue(switches.expiresIn);
      return {
        status: 200,
        body: {
          success: true,
          message: 'API token issued successfully',
          data: { access_token: token, expires_in: switches.expiresIn, token_type: 'Bearer' },
        },
      };
    }
    if (request.path.startsWith('/v1/')) {
      if (!book.check(request.headers.authorization))
        return { status: 401, body: { success: false, message: 'Unauthorized' } };
      return {
        status: 200,
        body: {
          success: true,
          data: [],
          echo: request.body ? JSON.parse(request.body) : undefined,
        },
      };
    }
    return { status: 404, body: { success: false, message: 'Not found' } };
  });
  return {
    ...server,
    book,
    switches,
    tokenRequests: () => server.seen.filter((request) => request.path === '/v1/auth/token/issue'),
    apiRequests: () => server.seen.filter((request) => request.path !== '/v1/auth/token/issue'),
  };
}
