// `withOptions` and a per-call `fetch`, through the Hashrails client as a user calls it.
import { describe, expect, it } from 'vitest';
import { createHashrailsClient, RequestError } from '../src/index.js';

/** Token endpoint answers jwt-N; API calls answer `statuses` in order, then 200 (or stall). */
function api(statuses: (number | 'stall')[] = []) {
  let issued = 0;
  const calls: Request[] = [];
  const fetch = async (request: Request, init?: RequestInit) => {
    if (request.url.endsWith('/v1/auth/token/issue')) {
      issued++;
      return Response.json({
        success: true,
        data: { access_token: `jwt-${issued}`, expires_in: 3600 },
      });
    }
    calls.push(request);
    const status = statuses[calls.length - 1] ?? 200;
    if (status === 'stall') {
      const signal = init?.signal ?? request.signal;
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason)),
      );
    }
    return Response.json({ success: true, data: [] }, { status });
  };
  return { calls, issued: () => issued, fetch: fetch as typeof globalThis.fetch };
}

const credentials = { clientId: 'id', clientSecret: 'secret' };

describe('withOptions', () => {
  it('a derived client shares the session: one issuance for both', async () => {
    const server = api();
    const hashrails = createHashrailsClient({ ...credentials, fetch: server.fetch });
    const quick = hashrails.withOptions({ timeoutMs: 5_000 });
    expect(quick.session).toBe(hashrails.session);
    await Promise.all([hashrails.GET('/v1/transactions'), quick.GET('/v1/transactions')]);
    expect(server.issued()).toBe(1);
    expect(server.calls.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer jwt-1',
      'Bearer jwt-1',
    ]);
  });

  it('its timeoutMs ends a stalled call with RequestError TIMEOUT', async () => {
    const server = api(['stall']);
    const hashrails = createHashrailsClient({ ...credentials, fetch: server.fetch, maxRetries: 0 });
    const error = await hashrails
      .withOptions({ timeoutMs: 50 })
      .GET('/v1/transactions')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('its maxRetries applies to it only', async () => {
    const server = api([503, 503, 503]);
    const hashrails = createHashrailsClient({ ...credentials, fetch: server.fetch });
    const once = hashrails.withOptions({ maxRetries: 0 });
    expect((await once.GET('/v1/transactions')).response.status).toBe(503);
    expect(server.calls).toHaveLength(1);
  });

  it('its headers add to the parent’s, replacing by name', async () => {
    const server = api();
    const hashrails = createHashrailsClient({
      ...credentials,
      fetch: server.fetch,
      headers: { 'x-app': 'shop', 'x-env': 'prod' },
    });
    await hashrails
      .withOptions({ headers: { 'x-env': 'staging', 'x-trace': 't-1' } })
      .GET('/v1/transactions');
    await hashrails.GET('/v1/transactions');
    const [derived, parent] = server.calls;
    expect([
      derived?.headers.get('x-app'),
      derived?.headers.get('x-env'),
      derived?.headers.get('x-trace'),
    ]).toEqual(['shop', 'staging', 't-1']);
    expect([parent?.headers.get('x-env'), parent?.headers.get('x-trace')]).toEqual(['prod', null]);
  });

  it('derives from a derived client', async () => {
    const server = api(['stall']);
    const hashrails = createHashrailsClient({ ...credentials, fetch: server.fetch });
    const derived = hashrails
      .withOptions({ headers: { 'x-a': '1' } })
      .withOptions({ timeoutMs: 50, maxRetries: 0 });
    await expect(derived.GET('/v1/transactions')).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(server.calls[0]?.headers.get('x-a')).toBe('1');
  });

  it.each([
    [{ timeoutMs: 0 }, 'options.timeoutMs must be a number > 0'],
    [{ maxRetries: -1 }, 'options.maxRetries must be an integer >= 0'],
    [
      { headers: { 'bad name': 'x' } },
      'options.headers has a header name that is not a valid HTTP token',
    ],
    [{ timeout: 5 }, 'options.timeout is not one of timeoutMs, maxRetries, headers'],
  ])('refuses %j, naming the option', (overrides, message) => {
    const hashrails = createHashrailsClient({ ...credentials, fetch: api().fetch });
    expect(() => hashrails.withOptions(overrides as never)).toThrow(
      `createHashrailsClient(…).withOptions: ${message}`,
    );
  });
});

describe('a per-call fetch', () => {
  it('is wrapped, never a bypass: credentials, retries and the timeout still apply', async () => {
    const server = api();
    const hashrails = createHashrailsClient({ ...credentials, fetch: server.fetch });
    const seen: string[] = [];
    let answers = 0;
    const perCall = async (request: Request) => {
      seen.push(request.headers.get('authorization') ?? 'none');
      return ++answers === 1
        ? new Response('busy', { status: 503 })
        : Response.json({ success: true, data: [] });
    };
    const { response } = await hashrails.GET('/v1/transactions', {
      fetch: perCall as typeof globalThis.fetch,
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual(['Bearer jwt-1', 'Bearer jwt-1']);
    // The client's own fetch served only the token request.
    expect(server.calls).toHaveLength(0);
  });
});
