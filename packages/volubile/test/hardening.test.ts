// Regression tests for the hardening issue, through the Volubile client as a user builds it.
import { createMemoryStore } from '@apiclients/auth-session';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../scripts/src/fakes/find-leaks.js';
import { AuthError, createVolubileClient, issueVolubileToken } from '../src/index.js';

const apiKey = 'vk_live_0123456789abcdef';

/** The token endpoint answers `token`, API calls 200; every request is recorded. */
function recorder(token: Record<string, unknown> = { token: 'jwt-1', expiresIn: 900 }) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return request.url.endsWith('/v1/auth/token')
      ? Response.json({ tokenType: 'Bearer', ...token })
      : Response.json({ content: [] });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

describe('Volubile hardening', () => {
  it('two getToken clients sharing a store each send their own token (defect 1)', async () => {
    const { requests, fetch } = recorder();
    const store = createMemoryStore();
    const a = createVolubileClient({ getToken: async () => 'token-of-a', store, fetch });
    const b = createVolubileClient({ getToken: async () => 'token-of-b', store, fetch });
    await a.GET('/v1/calls');
    await b.GET('/v1/calls');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer token-of-a',
      'Bearer token-of-b',
    ]);
  });

  it('a fetch whose error quotes the API key header: AuthError without the key anywhere (defect 2)', async () => {
    const fetch = async (request: Request) => {
      throw new TypeError(`fetch failed: ${JSON.stringify([...request.headers])}`);
    };
    const client = createVolubileClient({
      apiKey,
      scopes: ['calls:read'],
      fetch: fetch as typeof globalThis.fetch,
    });
    const error = await client.GET('/v1/calls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(findLeaks(error, [apiKey])).toEqual([]);
  }, 20_000);

  it.each([
    ['a newline, without scopes', 'a\nb', undefined],
    ['a newline, with scopes', 'a\nb', ['calls:read'] as const],
    ['a character above U+00FF', 'key\u2603', undefined],
    ['a trailing space', `${apiKey} `, undefined],
  ])('an apiKey with %s fails at construction, never echoed (defect 3)', (_, key, scopes) => {
    const error = thrown(() =>
      createVolubileClient({ apiKey: key, scopes: scopes && [...scopes] }),
    );
    expect(error.message).toMatch(/^createVolubileClient: options\.apiKey must /);
    expect(findLeaks(error, [key.trim()])).toEqual([]);
  });

  it('issueVolubileToken refuses such a key before any request (defect 3)', async () => {
    const { requests, fetch } = recorder();
    await expect(
      issueVolubileToken({ apiKey: 'a\nb', scopes: ['calls:read'], fetch }),
    ).rejects.toThrow(/^issueVolubileToken: options\.apiKey must not contain control characters/);
    expect(requests).toEqual([]);
  });

  it.each([
    ['CR LF', 'jwt\r\nX-Injected: 1'],
    ['a character above U+00FF', 'jwt\u0100'],
  ])('a minted token with %s: AuthError MALFORMED_RESPONSE (defect 4)', async (_, token) => {
    const { requests, fetch } = recorder({ token, expiresIn: 900 });
    const client = createVolubileClient({ apiKey, scopes: ['calls:read'], fetch });
    const error = await client.GET('/v1/calls').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthError', code: 'MALFORMED_RESPONSE' });
    expect(requests).toHaveLength(1);
    expect(findLeaks(error, [token])).toEqual([]);
  });

  it('a getToken handing out an unsendable token: AuthError MALFORMED_RESPONSE (defect 4)', async () => {
    const { requests, fetch } = recorder();
    const client = createVolubileClient({ getToken: async () => 'jwt\nX: 1', fetch });
    await expect(client.GET('/v1/calls')).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' });
    expect(requests).toEqual([]);
  });

  it('a fetch installed after construction sees the token request too (defect 7)', async () => {
    const original = globalThis.fetch;
    const client = createVolubileClient({ apiKey, scopes: ['calls:read'] });
    const { requests, fetch } = recorder();
    globalThis.fetch = fetch;
    try {
      await client.GET('/v1/calls');
      await issueVolubileToken({ apiKey, scopes: ['calls:read'] });
    } finally {
      globalThis.fetch = original;
    }
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/v1/auth/token',
      '/v1/calls',
      '/v1/auth/token',
    ]);
  });

  it('headers with a CR LF value fail at construction (defect 10)', () => {
    expect(() => createVolubileClient({ apiKey, headers: { 'X-Trace': 'a\r\nb' } })).toThrow(
      'createVolubileClient: options.headers has a value for "X-Trace" that is not a valid HTTP header value',
    );
  });
});
