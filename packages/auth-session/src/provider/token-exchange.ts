import {
  callTokenEndpoint,
  lifetime,
  malformed,
  type TokenEndpointOptions,
} from './token-endpoint.js';

/** A spec's `x-token-exchange`, as `pnpm generate` emits it in `operations.ts`. */
export interface TokenExchange {
  readonly method: string;
  readonly path: string;
  /** The security scheme the issued token satisfies. */
  readonly issues?: string;
  /** Option name → the path of body properties its value is written to. */
  readonly request: Readonly<Record<string, readonly string[]>>;
  readonly response: {
    readonly accessToken: readonly string[];
    readonly expiresIn?: readonly string[];
    readonly tokenType?: readonly string[];
  };
  /** Response fields that must be present besides the token. */
  readonly required?: readonly string[];
  /** The request option naming the account (the cache key); else the credentials' fingerprint. */
  readonly identity?: string;
  /** Status → what it means, for the AuthError's message. */
  readonly errors?: Readonly<Record<string, string>>;
  /** Where a 400 body lists the fields it refused: the list's path, then the name's in an item. */
  readonly rejectedFields?: { readonly list: readonly string[]; readonly field: readonly string[] };
  /** The request option carrying the scope list, and the scopes it may hold. */
  readonly scopeOption?: string;
  readonly scopeValues?: readonly string[];
  /** The token operation's own security: its schemes and the options that satisfy them. */
  readonly authSchemes?: readonly string[];
  readonly authOptions?: readonly string[];
}

/** What an exchange yields: a session's issued token. */
export interface ExchangedToken {
  readonly accessToken: string;
  readonly expiresIn: number | undefined;
  readonly tokenType: string | undefined;
}

/** An openapi-fetch client: its `request(method, path, init)` makes the exchange's call. */
export interface ExchangeClient {
  request(method: never, path: never, init: never): Promise<unknown>;
}

type Request = (
  method: string,
  path: string,
  init: { body: unknown; headers?: Record<string, string>; signal: AbortSignal },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export const read = (body: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined,
    body,
  );

/**
 * What an error status means, as the exchange declares it: its `errors` text, or for a 400 the
 * fields the body says it refused (their names, never their values).
 */
export function explainExchange(exchange: TokenExchange) {
  const { errors, rejectedFields } = exchange;
  return (status: number, body: unknown): string | undefined => {
    if (status === 400 && rejectedFields) {
      const list = read(body, rejectedFields.list);
      const names = Array.isArray(list)
        ? list.flatMap((item) => {
            const name = read(item, rejectedFields.field);
            return typeof name === 'string' ? [name] : [];
          })
        : [];
      if (names.length) return `rejected ${[...new Set(names)].join(', ')}`;
    }
    return errors?.[status];
  };
}

/**
 * A scope list option: a non-empty array of the scopes the spec lists, deduplicated and sorted
 * (one token for the same set, whatever the order). Names the option, never echoes a credential.
 */
export function checkScopes(
  caller: string,
  name: string,
  scopes: unknown,
  known: readonly string[],
): string[] {
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new TypeError(`${caller}: options.${name} must be a non-empty array of scopes`);
  }
  for (const scope of scopes) {
    if (!known.includes(scope as string)) {
      throw new TypeError(
        `${caller}: options.${name} has an unknown scope ${JSON.stringify(String(scope))}; known: ${known.join(', ')}`,
      );
    }
  }
  return [...new Set(scopes as string[])].sort();
}

/**
 * One token request as the spec declares it: each value written where `request` says, the token,
 * its lifetime and type read where `response` says. `client` is a plain (unauthenticated) openapi-fetch
 * client, so that the call does not go through the session it feeds; `headers` carry what the operation's own security asks
 * for (an API key). Every failure is an AuthError; no value sent ever reaches a message.
 */
export async function exchangeToken(
  exchange: TokenExchange,
  client: ExchangeClient,
  values: Readonly<Record<string, unknown>>,
  options: TokenEndpointOptions & { readonly headers?: Record<string, string> },
): Promise<ExchangedToken> {
  const body: Record<string, unknown> = {};
  for (const [option, path] of Object.entries(exchange.request)) {
    let target = body;
    for (const key of path.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1] as string] = values[option];
  }
  const { provider, headers } = options;
  const answer = await callTokenEndpoint(
    (signal) =>
      (client.request as unknown as Request)(exchange.method, exchange.path, {
        body,
        ...(headers ? { headers } : {}),
        signal,
      }),
    options,
  );
  const { accessToken, expiresIn, tokenType } = exchange.response;
  const token = read(answer, accessToken);
  if (typeof token !== 'string' || token === '')
    throw malformed(provider, `lacks ${accessToken.join('.')}`);
  const seconds = expiresIn && lifetime(read(answer, expiresIn), provider);
  if (expiresIn && seconds === undefined && exchange.required?.includes('expiresIn'))
    throw malformed(provider, `lacks ${expiresIn.join('.')}`);
  const type = tokenType && read(answer, tokenType);
  return {
    accessToken: token,
    expiresIn: seconds,
    tokenType: typeof type === 'string' ? type : undefined,
  };
}
