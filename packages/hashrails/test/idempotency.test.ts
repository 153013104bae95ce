// Idempotency keys through the Hashrails client as a user calls it: no key in the call (the
// generated types make it optional), one UUID v4 on the wire, the same on the retry.
import { describe, expect, it } from 'vitest';
import { createHashrailsClient } from '../src/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function api(statuses: number[]) {
  const keys: (string | null)[] = [];
  const fetch = async (request: Request) => {
    if (request.url.endsWith('/v1/auth/token/issue')) {
      return Response.json({ success: true, data: { access_token: 'jwt-1', expires_in: 3600 } });
    }
    keys.push(request.headers.get('x-idempotency-key'));
    const status = statuses[keys.length - 1] ?? 201;
    return Response.json({ success: status < 300, data: { id: 'r-1' } }, { status });
  };
  return { keys, fetch: fetch as typeof globalThis.fetch };
}

const recipient = {
  type: 'crypto',
  name: 'Wallet',
  wallet_address: '0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e',
  network: 'Polygon',
  symbol: 'USDT',
} as const;

describe('Hashrails idempotency keys', () => {
  it('a POST without a key gets one, the same on the 503 retry', async () => {
    const { keys, fetch } = api([503]);
    const hashrails = createHashrailsClient({ clientId: 'id', clientSecret: 'secret', fetch });
    const { response } = await hashrails.POST('/v1/recipients', { body: recipient });
    expect(response.status).toBe(201);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toBe(keys[0]);
  });

  it("the caller's key is sent as given", async () => {
    const { keys, fetch } = api([]);
    const hashrails = createHashrailsClient({ clientId: 'id', clientSecret: 'secret', fetch });
    await hashrails.POST('/v1/recipients', {
      params: { header: { 'X-Idempotency-Key': '550e8400-e29b-41d4-a716-446655440000' } },
      body: recipient,
    });
    expect(keys).toEqual(['550e8400-e29b-41d4-a716-446655440000']);
  });
});
