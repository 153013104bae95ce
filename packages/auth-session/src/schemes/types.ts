import type { ResolvedCommonOptions } from '../options/read-common.js';
import type { Credential } from '../security/credential.js';
import type { TokenSession } from '../session/types.js';

/** A security scheme as `pnpm generate` writes it to `operations.ts` (what a client applies). */
export interface SecuritySchemeData {
  readonly type: string;
  /** `http` schemes: `basic`, `bearer`… */
  readonly scheme?: string;
  /** `apiKey` schemes: `header`, `query` or `cookie`, and the name it goes by there. */
  readonly in?: string;
  readonly name?: string;
  /** `oauth2` schemes: only the flow a client can run by itself. */
  readonly flows?: {
    readonly clientCredentials?: {
      readonly tokenUrl: string;
      /** The scopes the flow lists: `options.scopes` must be among them, when there are any. */
      readonly scopes?: readonly string[];
    };
  };
}

/** What a scheme handler reads while a factory builds its client. */
export interface SchemeContext {
  /** `createFooClient`: names every error. */
  readonly caller: string;
  /** `foo`: the session key's provider part, the log lines' name. */
  readonly provider: string;
  /** `Foo`: named in token endpoint errors. */
  readonly title: string;
  readonly baseUrl: string;
  /** The user's options, checked against every handler's `options` already. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly common: ResolvedCommonOptions;
  /**
   * Sessions already made, by what makes them the same (one `getToken` session for every scheme
   * it satisfies). The first one made also keys the client's rate limit.
   */
  readonly sessions: Map<string, TokenSession>;
  /**
   * Every scheme's credential, filled in the spec's order while the client is built: a token
   * exchange reads its own operation's (an API key) when it runs.
   */
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  /** openapi-fetch's `createClient`: a token exchange calls its operation through a plain one. */
  readonly createClient: (options: {
    baseUrl: string;
    headers?: unknown;
    fetch: typeof fetch;
  }) => unknown;
  /**
   * The account a client without tokens counts its rate limit under: set by the first handler
   * whose credential names one (an API key's fingerprint).
   */
  account?: string;
}

/**
 * How one kind of security scheme becomes a credential. A factory names the handlers its spec
 * needs, so that a bundle carries no handler its spec does not use.
 */
export interface SchemeHandler {
  /**
   * The options it takes: the factory knows them. A handler keeping tokens lists the session
   * options (`SESSION_OPTIONS`: store, refreshWindowMs, expiryMarginMs) too.
   */
  readonly options: readonly string[];
  /** The credential for `scheme` from the options, or undefined when none of them was given. */
  credential(
    context: SchemeContext,
    scheme: SecuritySchemeData,
    name: string,
  ): Credential | undefined;
}

/** Whether any of `names` is in the options: the user means to use the scheme they satisfy. */
export const given = (options: Readonly<Record<string, unknown>>, names: readonly string[]) =>
  names.some((name) => options[name] !== undefined);
