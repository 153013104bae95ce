import { check } from '../options/validate.js';
import { sessionKey } from '../provider/session-key.js';
import { callTokenEndpoint, lifetime, malformed } from '../provider/token-endpoint.js';
import { basicAuthorization, bearerCredential } from '../security/credential.js';
import { createTokenSession } from '../session/create-token-session.js';
import { readClientPair } from './http-basic.js';
import { given, type SchemeHandler } from './types.js';

/** How the client authenticates at the token endpoint (RFC 6749 §2.3.1). */
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post';

// The error codes of RFC 6749 §5.2: a message may name one (never anything else the body says).
const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
];
const explain = (_status: number, body: unknown) => {
  const code = (body as { error?: unknown } | undefined)?.error;
  return OAUTH_ERRORS.includes(code as string) ? (code as string) : undefined;
};

// RFC 6749 §3.3: a scope is one or more of %x21 / %x23-5B / %x5D-7E.
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

// RFC 6749 §2.3.1: id and secret are form-urlencoded before they become the Basic pair.
const formEncoded = (text: string) => new URLSearchParams({ a: text }).toString().slice(2);

/**
 * `oauth2` with a `clientCredentials` flow (RFC 6749 §4.4): `clientId` + `clientSecret` are
 * exchanged at the flow's `tokenUrl` (relative to `baseUrl` when relative) for Bearer tokens,
 * asking for `scopes` (the server's default without), cached and refreshed by a token session
 * keyed by provider, base URL, client id and scopes. The client authenticates with HTTP Basic,
 * or in the form body with `tokenEndpointAuthMethod: 'client_secret_post'`.
 */
export const clientCredentials: SchemeHandler = {
  // The session options as literals: a spread would keep this object (and the session it
  // drags in) in bundles that never use it.
  options: [
    'clientId',
    'clientSecret',
    'scopes',
    'tokenEndpointAuthMethod',
    'refreshWindowMs',
    'expiryMarginMs',
    'store',
  ],
  credential({ caller, provider, title, baseUrl, options, common, sessions }, scheme, name) {
    if (!given(options, ['clientId', 'clientSecret'])) return undefined;
    const { clientId, clientSecret } = readClientPair(caller, options);
    const flow = scheme.flows?.clientCredentials as { tokenUrl: string; scopes?: string[] };
    const known = flow.scopes ?? [];
    const scopes = (options.scopes ?? []) as string[];
    check(
      caller,
      'scopes',
      Array.isArray(scopes) &&
        scopes.every((scope) => typeof scope === 'string' && SCOPE.test(scope)),
      'must be an array of scopes (no spaces, quotes or backslashes)',
    );
    for (const scope of scopes) {
      check(
        caller,
        'scopes',
        !known.length || known.includes(scope),
        `has an unknown scope ${JSON.stringify(scope)}; known: ${known.join(', ')}`,
      );
    }
    const method = options.tokenEndpointAuthMethod ?? 'client_secret_basic';
    check(
      caller,
      'tokenEndpointAuthMethod',
      method === 'client_secret_basic' || method === 'client_secret_post',
      'must be "client_secret_basic" or "client_secret_post"',
    );
    const tokenUrl = new URL(flow.tokenUrl, `${baseUrl}/`).href;
    const sorted = [...new Set(scopes)].sort();
    const form: Record<string, string> = { grant_type: 'client_credentials' };
    if (sorted.length) form.scope = sorted.join(' ');
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    };
    if (method === 'client_secret_post') {
      form.client_id = clientId;
      form.client_secret = clientSecret;
    } else {
      headers.Authorization = basicAuthorization(formEncoded(clientId), formEncoded(clientSecret));
    }
    const session = createTokenSession({
      ...common.session,
      key: sessionKey({ provider, baseUrl, identity: clientId, scopes: sorted }),
      issue: async ({ signal }) => {
        const body = await callTokenEndpoint(
          async (attempt) => {
            const response = await common.fetch(tokenUrl, {
              method: 'POST',
              headers,
              body: new URLSearchParams(form).toString(),
              signal: attempt,
            });
            // A non-JSON success throws SyntaxError: MALFORMED_RESPONSE. An error's body
            // only ever yields its RFC 6749 error code.
            if (response.ok) return { data: (await response.json()) as unknown, response };
            return { error: await response.json().catch(() => undefined), response };
          },
          { provider: title, signal, timeoutMs: common.timeoutMs, explain },
        );
        const { access_token, expires_in, token_type } = (body ?? {}) as Record<string, unknown>;
        if (typeof access_token !== 'string' || access_token === '')
          throw malformed(title, 'lacks access_token');
        // Sent as a Bearer: any other type (DPoP, MAC) would be refused. An absent one is
        // taken for Bearer, as the providers that leave it out mean.
        if (token_type !== undefined && String(token_type).toLowerCase() !== 'bearer')
          throw malformed(title, 'has a token_type other than Bearer');
        return { accessToken: access_token, expiresIn: lifetime(expires_in, title) };
      },
    });
    sessions.set(`clientCredentials:${name}`, session);
    return bearerCredential(session);
  },
};
