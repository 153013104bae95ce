// The loopback server of the bench, run in a child process (`fork`) so that its work does not
// share the measured event loop. Keep-alive HTTP/1.1 on 127.0.0.1. It answers both token
// endpoints, `{"ok":true}` to everything else, and keeps count of what matters: tokens issued,
// and requests that arrived with one of its tokens already expired (a session must send none).
// The parent talks to it over IPC: { type: 'ttl', seconds } | { type: 'stats' } | { type: 'reset' }.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HASHRAILS_TOKEN_PATH, VOLUBILE_TOKEN_PATH } from './stub-fetch.js';

export type Provider = 'hashrails' | 'volubile';

export interface ServerStats {
  /** API requests answered (token requests not included). */
  readonly calls: number;
  readonly issued: Readonly<Record<Provider, number>>;
  /** Requests that carried one of this provider's tokens past its expiry. */
  readonly expired: Readonly<Record<Provider, number>>;
}

export type ServerMessage =
  | { readonly type: 'ttl'; readonly seconds: number }
  | { readonly type: 'stats' }
  | { readonly type: 'reset' };

let ttlS = 3600;
let serial = 0;
const zero = () => ({
  calls: 0,
  issued: { hashrails: 0, volubile: 0 },
  expired: { hashrails: 0, volubile: 0 },
});
let stats = zero();
/** Issued token → its provider and expiry (ms since epoch). Bounded by the bench's issuances. */
const issued = new Map<string, [Provider, number]>();

function issue(provider: Provider): string {
  const token = `${provider}-${process.pid}-${++serial}`;
  issued.set(token, [provider, Date.now() + ttlS * 1000]);
  stats.issued[provider]++;
  return token;
}

const server = createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
  // Drained, not kept: the body's bytes are the client's cost, not the server's state.
  request.resume();
  request.on('end', () => {
    const path = (request.url ?? '/').split('?')[0];
    let body: string;
    let status = 200;
    if (request.method === 'POST' && path === HASHRAILS_TOKEN_PATH) {
      body = JSON.stringify({
        success: true,
        message: 'ok',
        data: { access_token: issue('hashrails'), expires_in: ttlS, token_type: 'Bearer' },
      });
    } else if (request.method === 'POST' && path === VOLUBILE_TOKEN_PATH) {
      body = JSON.stringify({ token: issue('volubile'), expiresIn: ttlS, tokenType: 'Bearer' });
    } else {
      stats.calls++;
      const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
      const known = bearer === undefined ? undefined : issued.get(bearer);
      // Tokens it never issued (the reference rows' static one) pass: only its own can expire.
      if (known !== undefined && Date.now() >= known[1]) {
        stats.expired[known[0]]++;
        status = 401;
        body = '{"message":"token expired"}';
      } else {
        body = '{"ok":true}';
      }
    }
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});

process.on('message', (message: ServerMessage) => {
  if (message.type === 'ttl') ttlS = message.seconds;
  if (message.type === 'reset') {
    stats = zero();
    issued.clear();
  }
  process.send?.({ type: 'stats', stats });
});
// The parent's exit (or crash) ends the server: nothing is left listening.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'listening', url: `http://127.0.0.1:${port}` });
});
