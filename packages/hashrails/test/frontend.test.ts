import { describe, expect, it } from 'vitest';
import { AuthError, createHashrailsClient } from '../src/frontend.js';
import { AuthError as RootAuthError } from '../src/index.js';

function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ success: true, data: {} });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('@apiclients/hashrails/frontend', () => {
  it('sends the Bearer token from getToken, cached across calls', async () => {
    const { requests, fetch } = recorder();
    let asked = 0;
    const client = createHashrailsClient({ getToken: async () => `tok-${++asked}`, fetch });
    await client.GET('/v1/transactions');
    await client.GET('/v1/transactions');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
    ]);
    expect(requests[0]?.url).toBe('https://api.railsfromthecrypt.com/v1/transactions');
    await expect(client.session.getToken()).resolves.toBe('tok-1');
  });

  it.each(['clientSecret', 'clientId'])(
    'refuses options.%s, naming it and pointing to the root import, never echoing it',
    (name) => {
      const value = 'hr-secret-value-do-not-echo';
      const build = () =>
        createHashrailsClient({ getToken: async () => 't', [name]: value } as never);
      expect(build).toThrow(TypeError);
      expect(build).toThrow(`createHashrailsClient: options.${name} is not accepted`);
      expect(build).toThrow('from "@apiclients/hashrails"');
      try {
        build();
      } catch (error) {
        expect(String((error as Error).message)).not.toContain(value);
      }
    },
  );

  it('refuses a secret even without getToken, before asking for getToken', () => {
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret: 's3cr3t' } as never),
    ).toThrow('options.clientId is not accepted by @apiclients/hashrails/frontend');
  });

  it('requires getToken', () => {
    expect(() => createHashrailsClient({} as never)).toThrow(
      'createHashrailsClient: options.getToken must be a function',
    );
  });

  it('throws the same AuthError class as the root entry', () => {
    expect(AuthError).toBe(RootAuthError);
  });
});
