import { describe, expect, it } from 'vitest';
import { AuthError, createVolubileClient, scopes } from '../src/frontend.js';
import { AuthError as RootAuthError, scopes as rootScopes } from '../src/index.js';

function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ items: [] });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('@apiclients/volubile/frontend', () => {
  it('sends only the Bearer token from getToken, cached across calls', async () => {
    const { requests, fetch } = recorder();
    let asked = 0;
    const client = createVolubileClient({ getToken: async () => `tok-${++asked}`, fetch });
    await client.GET('/v1/calls');
    await client.GET('/v1/calls');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
    ]);
    expect(requests[0]?.headers.has('x-api-key')).toBe(false);
    expect(requests[0]?.url).toBe('https://api.eu.volubile.ai/v1/calls');
    expect(client.session).toBeDefined();
  });

  it.each(['apiKey', 'scopes'])(
    'refuses options.%s, naming it and pointing to the root import, never echoing it',
    (name) => {
      const value = 'vb-secret-value-do-not-echo';
      const build = () =>
        createVolubileClient({ getToken: async () => 't', [name]: value } as never);
      expect(build).toThrow(TypeError);
      expect(build).toThrow(`createVolubileClient: options.${name} is not accepted`);
      expect(build).toThrow('from "@apiclients/volubile"');
      try {
        build();
      } catch (error) {
        expect(String((error as Error).message)).not.toContain(value);
      }
    },
  );

  it('refuses an apiKey even without getToken, before asking for getToken', () => {
    expect(() => createVolubileClient({ apiKey: 'k3y' } as never)).toThrow(
      'options.apiKey is not accepted by @apiclients/volubile/frontend',
    );
  });

  it('requires getToken', () => {
    expect(() => createVolubileClient({} as never)).toThrow(
      'createVolubileClient: options.getToken must be a function',
    );
  });

  it('re-exports what the root entry does for a frontend', () => {
    expect(AuthError).toBe(RootAuthError);
    expect(scopes).toBe(rootScopes);
  });
});
