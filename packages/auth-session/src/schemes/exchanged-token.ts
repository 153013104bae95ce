import { requireCredential } from '../options/validate.js';
import { assertNotInBrowser } from '../provider/browser-guard.js';
import { sessionKey } from '../provider/session-key.js';
import type { TokenEndpointOptions } from '../provider/token-endpoint.js';
import {
  type checkScopes,
  type ExchangeClient,
  exchangeToken,
  type TokenExchange,
} from '../provider/token-exchange.js';

/**
 * What only some exchanges need, passed by the generated code that needs it so that the others'
 * bundles leave it out: the scope list's check, and what error statuses mean (`explainExchange`).
 */
export interface ExchangeParts {
  readonly checkScopes?: typeof checkScopes;
  readonly explain?: TokenEndpointOptions['explain'];
}

import { bearerCredential, type Credential } from '../security/credential.js';
import { createTokenSession } from '../session/create-token-session.js';
import { given, type SchemeHandler } from './types.js';

/**
 * The credentials an exchange's request options hold, checked: each string a credential (named
 * when missing or malformed, never echoed), the scope list among the spec's scopes. Every string
 * but the `identity` is a secret: refused in a browser.
 */
export function readExchangeValues(
  caller: string,
  exchange: TokenExchange,
  options: Readonly<Record<string, unknown>>,
  parts: ExchangeParts,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of Object.keys(exchange.request)) {
    values[option] =
      option === exchange.scopeOption && parts.checkScopes
        ? parts.checkScopes(caller, option, options[option], exchange.scopeValues ?? [])
        : requireCredential(caller, option, options[option]);
  }
  for (const option of secretsOf(exchange)) {
    assertNotInBrowser(caller, option, options.dangerouslyAllowBrowser as boolean);
  }
  return values;
}

/** The request options holding secrets: every credential string but the `identity`. */
const secretsOf = (exchange: TokenExchange) =>
  Object.keys(exchange.request).filter(
    (option) => option !== exchange.identity && option !== exchange.scopeOption,
  );

/** The headers the token operation's own security asks for, from the credentials that meet it. */
export async function exchangeHeaders(
  exchange: TokenExchange,
  credentials: Readonly<Record<string, Credential | undefined>>,
  signal: AbortSignal,
): Promise<Record<string, string> | undefined> {
  if (!exchange.authSchemes?.length) return undefined;
  const headers: Record<string, string> = {};
  for (const scheme of exchange.authSchemes) {
    Object.assign(headers, (await credentials[scheme]?.apply({ signal }))?.headers);
  }
  return headers;
}

/**
 * A scheme satisfied by tokens the client mints itself through the spec's `x-token-exchange`:
 * its request options (`clientId` + `clientSecret`, or `scopes` with the API key the token
 * operation asks for) are exchanged, the token cached and refreshed by a session keyed by the
 * account: the exchange's `identity`, else the credentials' fingerprint, and the scopes.
 */
export function exchangedToken(exchange: TokenExchange, parts: ExchangeParts = {}): SchemeHandler {
  const requestOptions = Object.keys(exchange.request);
  return {
    options: [...requestOptions, 'refreshWindowMs', 'expiryMarginMs', 'store'],
    credential(context, _scheme, name) {
      const { caller, provider, title, baseUrl, options, common, sessions, credentials } = context;
      if (!given(options, requestOptions)) return undefined;
      // The token operation's own credentials (an API key) first: a scope list without them
      // names what is missing.
      const auth = (exchange.authOptions ?? []).map((option) =>
        requireCredential(caller, option, options[option], true),
      );
      const values = readExchangeValues(caller, exchange, options, parts);
      const scopes = exchange.scopeOption ? (values[exchange.scopeOption] as string[]) : undefined;
      const key = sessionKey({
        provider,
        baseUrl,
        ...(exchange.identity
          ? { identity: values[exchange.identity] as string }
          : { secretIdentity: [...auth, ...secretsOf(exchange).map((o) => values[o])].join('\n') }),
        ...(scopes ? { scopes } : {}),
      });
      // The token operation goes through a plain client: no recursion through the session it
      // feeds, and the session's own retries are the only ones.
      const client = context.createClient({
        baseUrl,
        headers: options.headers,
        fetch: common.fetch,
      }) as ExchangeClient;
      const session = createTokenSession({
        ...common.session,
        key,
        issue: async ({ signal }) => {
          const headers = await exchangeHeaders(exchange, credentials, signal);
          return exchangeToken(exchange, client, values, {
            provider: title,
            signal,
            timeoutMs: common.timeoutMs,
            ...(parts.explain ? { explain: parts.explain } : {}),
            ...(headers ? { headers } : {}),
          });
        },
      });
      sessions.set(`exchange:${name}`, session);
      return bearerCredential(session);
    },
  };
}
