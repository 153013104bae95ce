// Test-only: Blips as seed 003 and PROVIDERS.md describe it: Basic auth with credential pairs,
// which its own API creates (the secret shown once) and revokes.
import { startFakeServer } from './fake-server.js';

export async function startBlipsFake(initial: { clientId: string; clientSecret: string }) {
  const pairs = new Map([
    [initial.clientId, { secret: initial.clientSecret, id: 'Token:initial', revoked: false }],
  ]);
  let serial = 0;
  const basicOf = (authorization: string | undefined) => {
    const encoded = authorization?.match(/^Basic (.+)$/)?.[1];
    if (!encoded) return undefined;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0
      ? undefined
      : { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
  };
  const server = await startFakeServer((request) => {
    const caller = basicOf(request.headers.authorization);
    const pair = caller && pairs.get(caller.clientId);
    if (!pair || pair.revoked || pair.secret !== caller.clientSecret) {
      return {
        status: 401,
        body: { status: 401, code: 'UNAUTHORIZED', message: 'Invalid credentials' },
      };
    }
    const now = new Date().toISOString();
    if (request.method === 'POST' && request.path === '/tokens') {
      const { name, permissions } = JSON.parse(request.body || '{}') as {
        name: string;
        permissions: string[];
      };
      const id = `Token:${String(++serial).padStart(4, '0')}`;
      const clientId = `client${serial}`;
      const clientSecret = `secret-${serial}-${Math.random().toString(36).slice(2)}`;
      pairs.set(clientId, { secret: clientSecret, id, revoked: false });
      return {
        status: 201,
        body: { id, clientId, clientSecret, name, permissions, createdAt: now, updatedAt: now },
      };
    }
    const revoke = request.path.match(/^\/tokens\/([^/]+)\/revoke$/);
    if (request.method === 'POST' && revoke) {
      const id = decodeURIComponent(revoke[1] as string);
      const target = [...pairs.entries()].find(([, value]) => value.id === id);
      if (!target)
        return { status: 404, body: { status: 404, code: 'NOT_FOUND', message: 'No such token' } };
      target[1].revoked = true;
      return {
        status: 200,
        body: {
          id,
          clientId: target[0],
          name: 'revoked',
          permissions: ['VIEW'],
          createdAt: now,
          updatedAt: now,
        },
      };
    }
    if (request.method === 'GET' && request.path === '/tokens')
      return { status: 200, body: { data: [] } };
    return { status: 404, body: { status: 404, code: 'NOT_FOUND', message: 'Not found' } };
  });
  return server;
}
