import { describe, expect, it } from 'vitest';
import { createBlipsClient, type Permission } from '../src/index.js';

function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ data: [] });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

const baseUrl = 'https://public-test.blips.network';

describe('createBlipsClient', () => {
  it('sends Basic base64(clientId:clientSecret) on every operation', async () => {
    const { requests, fetch } = recorder();
    const client = createBlipsClient({ clientId: 'id', clientSecret: 'secret', baseUrl, fetch });
    await client.GET('/tokens');
    await client.POST('/tokens', { body: { name: 'ops', permissions: ['VIEW'] } });
    await client.POST('/tokens/{tokenId}/revoke', { params: { path: { tokenId: 'Token:0195' } } });
    expect(requests.map((request) => request.url)).toEqual([
      `${baseUrl}/tokens`,
      `${baseUrl}/tokens`,
      `${baseUrl}/tokens/Token%3A0195/revoke`, // openapi-fetch percent-encodes path params
    ]);
    for (const request of requests)
      expect(request.headers.get('authorization')).toBe('Basic aWQ6c2VjcmV0');
  });

  it('encodes a non-ASCII secret as UTF-8 before base64', async () => {
    const { requests, fetch } = recorder();
    const client = createBlipsClient({
      clientId: 'clé',
      clientSecret: 'pässwörd-€-🔑',
      baseUrl,
      fetch,
    });
    await client.GET('/tokens');
    const expected = `Basic ${Buffer.from('clé:pässwörd-€-🔑', 'utf8').toString('base64')}`;
    expect(requests[0]?.headers.get('authorization')).toBe(expected);
  });

  it('has no default baseUrl: a missing one is a clear error', () => {
    expect(() => createBlipsClient({ clientId: 'id', clientSecret: 's' } as never)).toThrow(
      'createBlipsClient: options.baseUrl is required: Blips has no default server',
    );
  });

  it('rejects bad options at construction, naming the option', () => {
    expect(() => createBlipsClient({ clientSecret: 's', baseUrl } as never)).toThrow(
      'createBlipsClient: options.clientId is required and must be a string',
    );
    expect(() => createBlipsClient({ clientId: 'id', clientSecret: '', baseUrl })).toThrow(
      'createBlipsClient: options.clientSecret must not be empty',
    );
    expect(() =>
      createBlipsClient({ clientId: 'id', clientSecret: 's', baseUrl: 'https://u:p@host' }),
    ).toThrow('createBlipsClient: options.baseUrl must not carry credentials');
  });

  it("types: the Permission union is the spec's enum", () => {
    const permission: Permission = 'TRANSACT';
    // @ts-expect-error — not a Blips permission
    const wrong: Permission = 'ADMIN';
    expect([permission, wrong]).toHaveLength(2);
  });
});
