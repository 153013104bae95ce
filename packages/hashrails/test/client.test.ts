import { describe, expect, it } from 'vitest';
import { createHashrailsClient } from '../src/index.js';

function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ success: true, data: {} });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('createHashrailsClient', () => {
  it("calls the spec's first server by default with the Bearer token from getToken", async () => {
    const { requests, fetch } = recorder();
    const client = createHashrailsClient({ getToken: async () => 'tok-1', fetch });
    const { response } = await client.GET('/v1/transactions', {
      params: { query: { status: 'pending' } },
    });
    expect(response.status).toBe(200);
    expect(requests[0]?.url).toBe(
      'https://api.railsfromthecrypt.com/v1/transactions?status=pending',
    );
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer tok-1');
  });

  it('accepts getToken returning an object', async () => {
    const { requests, fetch } = recorder();
    const client = createHashrailsClient({
      getToken: async () => ({ accessToken: 'tok-2', expiresIn: 60 }),
      fetch,
    });
    await client.GET('/v1/transactions');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer tok-2');
  });

  it('sends no credentials to the token endpoint, whose spec security is []', async () => {
    const { requests, fetch } = recorder();
    let asked = 0;
    const client = createHashrailsClient({ getToken: async () => `tok-${++asked}`, fetch });
    await client.POST('/v1/auth/token/issue', {
      body: { client_id: 'id', client_secret: 'secret' },
    });
    expect(requests[0]?.url).toBe('https://api.railsfromthecrypt.com/v1/auth/token/issue');
    expect(requests[0]?.headers.has('authorization')).toBe(false);
    expect(asked).toBe(0);
  });

  it('honours baseUrl, with a path prefix, and default headers', async () => {
    const { requests, fetch } = recorder();
    const client = createHashrailsClient({
      getToken: async () => 'tok',
      baseUrl: 'https://api.hashrails.com/prefix/',
      headers: { 'x-trace': 'abc' },
      fetch,
    });
    await client.GET('/v1/transactions');
    await client.POST('/v1/auth/token/issue', { body: { client_id: 'id', client_secret: 's' } });
    expect(requests.map((request) => request.url)).toEqual([
      'https://api.hashrails.com/prefix/v1/transactions',
      'https://api.hashrails.com/prefix/v1/auth/token/issue',
    ]);
    expect(requests[0]?.headers.get('x-trace')).toBe('abc');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer tok');
    expect(requests[1]?.headers.has('authorization')).toBe(false);
  });

  it('rejects bad options at construction, naming the option', () => {
    expect(() => createHashrailsClient(undefined as never)).toThrow(
      'createHashrailsClient: options must be an object',
    );
    expect(() => createHashrailsClient({} as never)).toThrow(
      'createHashrailsClient: options.clientId is required and must be a string',
    );
    expect(() => createHashrailsClient({ clientId: 'id', clientSecret: '' })).toThrow(
      'createHashrailsClient: options.clientSecret must not be empty',
    );
    expect(() => createHashrailsClient({ getToken: 'token' as never })).toThrow(
      'createHashrailsClient: options.getToken must be a function',
    );
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret: 's', maxRetries: -1 }),
    ).toThrow('createHashrailsClient: options.maxRetries must be an integer >= 0');
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret: 's', timeoutMs: 0 }),
    ).toThrow('createHashrailsClient: options.timeoutMs must be a number > 0');
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret: 's', store: {} as never }),
    ).toThrow('createHashrailsClient: options.store must have get, set and delete methods');
    expect(() =>
      createHashrailsClient({ getToken: async () => 't', baseUrl: 'api.hashrails.com' }),
    ).toThrow('createHashrailsClient: options.baseUrl must be an absolute http(s) URL');
    expect(() =>
      createHashrailsClient({ getToken: async () => 't', baseUrl: 'ftp://api.hashrails.com' }),
    ).toThrow('options.baseUrl must be an absolute http(s) URL');
  });
});
