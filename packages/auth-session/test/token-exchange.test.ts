import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../src/index.js';
import { exchangeToken, type TokenExchange } from '../src/kit.js';

// The shape of a generated `tokenExchange`: nested body fields, the token under `data`.
const EXCHANGE: TokenExchange = {
  method: 'POST',
  path: '/auth/token',
  request: { clientId: ['client', 'id'], clientSecret: ['client', 'secret'], scopes: ['scope'] },
  response: {
    accessToken: ['data', 'access_token'],
    expiresIn: ['data', 'expires_in'],
    tokenType: ['data', 'token_type'],
  },
};
const SECRET = 'sk_exchange_secret_value';

/** A plain openapi-fetch client whose fetch records the request and answers `body`. */
function fake(body: unknown, status = 200) {
  const seen: { method: string; url: string; headers: Headers; body: unknown }[] = [];
  const client = createClient<never>({
    baseUrl: 'https://api.test',
    fetch: async (request: Request) => {
      seen.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.json(),
      });
      return Response.json(body, { status });
    },
  });
  return { client, seen };
}

const run = (
  exchange: TokenExchange,
  client: ReturnType<typeof fake>['client'],
  headers?: Record<string, string>,
) =>
  exchangeToken(
    exchange,
    client,
    { clientId: 'id-1', clientSecret: SECRET, scopes: ['read'] },
    {
      provider: 'Acme',
      signal: new AbortController().signal,
      timeoutMs: 5000,
      ...(headers ? { headers } : {}),
    },
  );

describe('exchangeToken: a token request as the spec declares it', () => {
  it('writes each value where `request` says and reads the token where `response` says', async () => {
    const { client, seen } = fake({
      data: { access_token: 'tok', expires_in: 900, token_type: 'Bearer' },
    });
    expect(await run(EXCHANGE, client, { 'X-Key': 'k' })).toEqual({
      accessToken: 'tok',
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url).toBe('https://api.test/auth/token');
    expect(seen[0]?.headers.get('x-key')).toBe('k');
    expect(seen[0]?.body).toEqual({ client: { id: 'id-1', secret: SECRET }, scope: ['read'] });
  });

  it('leaves an optional lifetime and type undefined (the JWT decides), ignoring a non-string type', async () => {
    const { client } = fake({ data: { access_token: 'tok', token_type: 7 } });
    expect(await run(EXCHANGE, client)).toEqual({
      accessToken: 'tok',
      expiresIn: undefined,
      tokenType: undefined,
    });
  });

  it.each([
    ['no token', { data: {} }, 'Acme token response lacks data.access_token'],
    [
      'an empty token',
      { data: { access_token: '' } },
      'Acme token response lacks data.access_token',
    ],
    ['no data at all', 'just text', 'Acme token response lacks data.access_token'],
    [
      'a lifetime of zero',
      { data: { access_token: 'tok', expires_in: 0 } },
      'Acme token response has a lifetime that is not a positive number of seconds',
    ],
  ])('%s: MALFORMED_RESPONSE naming the field, never a value sent', async (_, body, message) => {
    const error = await run(EXCHANGE, fake(body).client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe('MALFORMED_RESPONSE');
    expect(error.message).toBe(message);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('a lifetime the spec requires must be there', async () => {
    const required = { ...EXCHANGE, required: ['expiresIn'] };
    const error = await run(required, fake({ data: { access_token: 'tok' } }).client).catch(
      (caught) => caught,
    );
    expect(error.code).toBe('MALFORMED_RESPONSE');
    expect(error.message).toBe('Acme token response lacks data.expires_in');
  });

  it('an error status is the AuthError a session knows, with nothing of the body sent', async () => {
    const error = await run(EXCHANGE, fake({ message: 'bad' }, 401).client).catch(
      (caught) => caught,
    );
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.status).toBe(401);
    expect(`${error.message} ${String(error.cause)}`).not.toContain(SECRET);
  });
});
