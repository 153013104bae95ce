import { describe, expect, it } from 'vitest';
import { createVolubileClient, type Scope } from '../src/index.js';

function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ token: 't', expiresIn: 900, tokenType: 'Bearer' });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('createVolubileClient', () => {
  it('with apiKey: X-Api-Key on API calls and on the token endpoint, never a Bearer', async () => {
    const { requests, fetch } = recorder();
    const client = createVolubileClient({ apiKey: 'key-123', fetch });
    await client.GET('/v1/calls', { params: { query: { page: 1, size: 20 } } });
    await client.POST('/v1/auth/token', { body: { scope: ['calls:read'] } });
    expect(requests.map((request) => request.url)).toEqual([
      'https://api.eu.volubile.ai/v1/calls?page=1&size=20',
      'https://api.eu.volubile.ai/v1/auth/token',
    ]);
    for (const request of requests) {
      expect(request.headers.get('x-api-key')).toBe('key-123');
      expect(request.headers.has('authorization')).toBe(false);
    }
  });

  it('with getToken: only a Bearer on API calls; the API-key-only token endpoint gets nothing', async () => {
    const { requests, fetch } = recorder();
    const client = createVolubileClient({ getToken: async () => 'jwt-1', fetch });
    await client.GET('/v1/calls/{id}', { params: { path: { id: 'c-1' } } });
    await client.POST('/v1/auth/token', { body: { scope: ['calls:read'] } });
    expect(requests[0]?.url).toBe('https://api.eu.volubile.ai/v1/calls/c-1');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer jwt-1');
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
    expect(requests[1]?.headers.has('authorization')).toBe(false);
    expect(requests[1]?.headers.has('x-api-key')).toBe(false);
  });

  it('rejects bad options at construction, naming the option', () => {
    expect(() => createVolubileClient({} as never)).toThrow(
      'createVolubileClient: options.apiKey is required and must be a string',
    );
    expect(() => createVolubileClient({ apiKey: '  ' })).toThrow(
      'createVolubileClient: options.apiKey must not be empty',
    );
    expect(() => createVolubileClient({ getToken: 'nope' as never })).toThrow(
      'createVolubileClient: options.getToken must be a function',
    );
    expect(() => createVolubileClient({ apiKey: 'k', baseUrl: '/relative' })).toThrow(
      'createVolubileClient: options.baseUrl must be an absolute http(s) URL',
    );
  });

  it('does not echo the API key in an option error', () => {
    expect(() => createVolubileClient({ apiKey: 'sk-secret', baseUrl: 'sk-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-secret') }),
    );
  });

  it("types: the Scope union is the spec's enum", () => {
    const scope: Scope = 'calls:read';
    // @ts-expect-error — not a Volubile scope
    const typo: Scope = 'calls:raed';
    expect([scope, typo]).toHaveLength(2);
  });
});
