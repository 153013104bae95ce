import { assertOptionsObject, requireFunction, resolveBaseUrl } from '../options/validate.js';
import { type ExchangeParts, readExchangeValues } from '../schemes/exchanged-token.js';
import type { SchemeHandler, SecuritySchemeData } from '../schemes/types.js';
import { malformed } from './token-endpoint.js';
import { type ExchangeClient, exchangeToken, type TokenExchange } from './token-exchange.js';

/** A token minted for someone else: a backend hands it to a frontend or a downstream service. */
export interface IssuedToken {
  readonly token: string;
  /** Seconds, as the API said. */
  readonly expiresIn: number;
  readonly tokenType: string;
  /** When the token stops working, measured from the start of the request. */
  readonly expiresAt: Date;
}

/** What the generated `issue<Name>Token` knows of its spec. */
export interface IssueTokenDescription {
  /** `issueFooToken`: names every error. */
  readonly caller: string;
  /** `Foo`: named in the AuthErrors. */
  readonly title: string;
  readonly server?: string | undefined;
  readonly exchange: TokenExchange;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeData>>;
  /** The handler of each scheme the token operation asks for (an API key). */
  readonly handlers: readonly (readonly [scheme: string, handler: SchemeHandler])[];
  readonly createClient: (options: { baseUrl: string; fetch: typeof globalThis.fetch }) => unknown;
  /** The scope list's check and what error statuses mean, as for `exchangedToken`. */
  readonly parts?: ExchangeParts;
}

/**
 * Mints one token through the spec's `x-token-exchange`: one attempt, nothing cached, every
 * failure an AuthError, every bad option a TypeError naming it (never echoing a credential).
 */
export async function issueToken(
  options: Readonly<Record<string, unknown>> & {
    readonly baseUrl?: string | undefined;
    readonly fetch?: typeof globalThis.fetch | undefined;
    readonly timeoutMs?: number | undefined;
    readonly signal?: AbortSignal | undefined;
  },
  spec: IssueTokenDescription,
): Promise<IssuedToken> {
  const { caller, title, exchange } = spec;
  assertOptionsObject(caller, options);
  const headers: Record<string, string> = {};
  for (const [name, handler] of spec.handlers) {
    // What the token operation's security needs, from the options that give it; a missing one
    // is named (`apiKey is required`).
    const applied = await handler
      .credential(
        { caller, options: { ...options, dangerouslyAllowBrowser: true } } as never,
        spec.securitySchemes[name] as SecuritySchemeData,
        name,
      )
      ?.apply({});
    if (!applied) {
      throw new TypeError(
        `${caller}: options.${handler.options[0]} is required and must be a string`,
      );
    }
    Object.assign(headers, applied.headers);
  }
  const parts = spec.parts ?? {};
  const values = readExchangeValues(caller, exchange, options, parts);
  const baseUrl = resolveBaseUrl(caller, options.baseUrl, spec.server);
  // The global fetch is looked up when the request is made, as for every client request.
  const fetch: typeof globalThis.fetch =
    requireFunction(caller, 'fetch', options.fetch, true) ??
    ((input, init) => globalThis.fetch(input, init));
  const client = spec.createClient({ baseUrl, fetch }) as ExchangeClient;
  const started = Date.now();
  const { accessToken, expiresIn, tokenType } = await exchangeToken(exchange, client, values, {
    provider: title,
    signal: options.signal ?? new AbortController().signal,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(parts.explain ? { explain: parts.explain } : {}),
    headers,
  });
  // Whoever receives a minted token must know when it stops working.
  if (expiresIn === undefined) throw malformed(title, 'lacks the token lifetime');
  return {
    token: accessToken,
    expiresIn,
    tokenType: tokenType ?? 'Bearer',
    expiresAt: new Date(started + expiresIn * 1000),
  };
}
