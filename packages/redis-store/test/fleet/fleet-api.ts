// The provider a fleet meets: a Hashrails stand-in on a loopback port for several tenants (client
// id → secret), built on the shared fakes. It counts issuances per tenant, the requests that
// came with an expired token, and answers each API call with the tenant whose token it was.
import { startFakeServer } from '../../../../scripts/src/fakes/fake-server.js';
import { tokenBook } from '../../../../scripts/src/fakes/tokens.js';

export const TOKEN_PATH = '/v1/auth/token/issue';

export async function startFleetApi(credentials: Record<string, string>) {
  const books = new Map(Object.keys(credentials).map((id) => [id, tokenBook(id)]));
  const switches = { expiresIn: 3600 };
  const server = await startFakeServer((request) => {
    if (request.method === 'POST' && request.path === TOKEN_PATH) {
      const body = JSON.parse(request.body || '{}') as {
        client_id?: string;
        client_secret?: string;
      };
      const book = books.get(body.client_id ?? '');
      if (!book || credentials[body.client_id ?? ''] !== body.client_secret)
        return { status: 401, body: { success: false, message: 'Invalid client' } };
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
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    for (const [owner, book] of books) {
      if (!book.issued.has(token)) continue;
      if (!book.check(request.headers.authorization)) break;
      return { status: 200, body: { success: true, data: [], owner } };
    }
    return { status: 401, body: { success: false, message: 'Unauthorized' } };
  });
  return {
    ...server,
    switches,
    /** Tokens issued so far, per tenant or in all. */
    issued: (clientId?: string) =>
      clientId === undefined
        ? [...books.values()].reduce((sum, book) => sum + book.issued.size, 0)
        : (books.get(clientId)?.issued.size ?? 0),
    tokens: () => [...books.values()].flatMap((book) => [...book.issued.keys()]),
    /** Requests that arrived with a token past its expiry. */
    expiredSeen: () => [...books.values()].reduce((sum, book) => sum + book.expiredSeen.length, 0),
    revokeAll: () => {
      for (const book of books.values()) book.revokeAll();
    },
    /** Token requests hang (the holder stalls) until `stall(false)`. */
    stall: (on: boolean) => {
      server.faults.hang = on ? TOKEN_PATH : undefined;
    },
  };
}
