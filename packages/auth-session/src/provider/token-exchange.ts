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
  /** Option name → the path of body properties its value is written to. */
  readonly request: Readonly<Record<string, readonly string[]>>;
  readonly response: {
    readonly accessToken: readonly string[];
    readonly expiresIn?: readonly string[];
    readonly tokenType?: readonly string[];
  };
  /** Response fields that must be present besides the token. */
  readonly required?: readonly string[];
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

const read = (body: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined,
    body,
  );

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
