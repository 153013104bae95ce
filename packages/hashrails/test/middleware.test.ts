import { describe, expect, it } from 'vitest';
import { createHashrailsClient, type Middleware } from '../src/index.js';

// What the README's Cookbook says a middleware sees: it runs once per call, outside the client's
// authentication and retries.
describe('middleware', () => {
  it('onRequest sees no credential nor idempotency key; a header it sets reaches every attempt; onResponse sees the final response once', async () => {
    const sent: string[] = [];
    let apiCalls = 0;
    const client = createHashrailsClient({
      clientId: 'client-1',
      clientSecret: 'secret-1',
      fetch: async (input) => {
        const request = input as Request;
        const { pathname } = new URL(request.url);
        if (pathname === '/v1/auth/token/issue') {
          return Response.json({
            success: true,
            data: { access_token: 'tok-1', expires_in: 3600 },
          });
        }
        sent.push(
          [
            request.headers.get('authorization'),
            request.headers.get('x-correlation-id'),
            request.headers.get('x-idempotency-key') ? 'key' : 'no key',
          ].join(' '),
        );
        return ++apiCalls === 1
          ? new Response(null, { status: 503, headers: { 'retry-after': '0' } })
          : Response.json({ success: true, data: {} }, { headers: { 'x-request-id': 'req-7' } });
      },
    });
    const seen: string[] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        seen.push(
          `request ${request.headers.get('authorization')} ${request.headers.get('x-idempotency-key')}`,
        );
        request.headers.set('x-correlation-id', 'corr-1');
      },
      onResponse({ response, schemaPath }) {
        seen.push(
          `response ${schemaPath} ${response.status} ${response.headers.get('x-request-id')}`,
        );
      },
    };
    client.use(middleware);

    const { response } = await client.POST('/v1/recipients', {
      body: {
        type: 'crypto',
        name: 'Wallet',
        wallet_address: '0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e',
        network: 'Polygon',
        symbol: 'USDT',
      },
    });

    expect(response.status).toBe(200);
    expect(seen).toEqual(['request null null', 'response /v1/recipients 200 req-7']);
    expect(sent).toEqual(['Bearer tok-1 corr-1 key', 'Bearer tok-1 corr-1 key']);
  });
});
