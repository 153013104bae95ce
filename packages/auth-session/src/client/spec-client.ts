import type { RateLimit } from '../fetch/rate-limit.js';
import type { CommonClientOptions, RateLimitOption } from '../options/common.js';
import {
  COMMON_OPTIONS,
  RATE_LIMIT_OPTIONS,
  rejectUnknownOptions,
  SESSION_OPTIONS,
} from '../options/known-options.js';
import { rateLimiterOption } from '../options/rate-limit-option.js';
import { readCommonOptions } from '../options/read-common.js';
import { assertOptionsObject, resolveBaseUrl } from '../options/validate.js';
import type { SchemeContext, SchemeHandler, SecuritySchemeData } from '../schemes/types.js';
import type { Credential } from '../security/credential.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { type BuiltClient, buildClient, type ClientParts } from './build-client.js';
import type { paginator } from './paginate.js';

/**
 * What `pnpm generate` knows of a spec that its factory needs: plain data, worked out by the
 * generator where it can be (the default server, the messages), and the scheme handlers.
 */
export interface SpecDescription<Base extends object> {
  /** `createFooClient`: names every error. */
  readonly caller: string;
  /** `foo`: the session key's and the log lines' name. */
  readonly provider: string;
  /** `Foo`: named in messages. */
  readonly title: string;
  /** The default base URL: the spec's first server, unless it is a template or relative. */
  readonly server?: string | undefined;
  /**
   * Without `server`: the end of the "baseUrl is required" message, saying why there is no
   * default: `Foo has no default server (its server is https://{host}…)`.
   */
  readonly noServer?: string | undefined;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeData>>;
  /**
   * Each scheme a client can satisfy with the handler that satisfies it from the options, in
   * the spec's order; a scheme listed twice takes the first handler whose options were given
   * (OAuth2 with a client credentials flow: `clientId` + `clientSecret`, else `getToken`).
   */
  readonly handlers: readonly (readonly [scheme: string, handler: SchemeHandler])[];
  /** What satisfies the spec's security when no credentials were given: `clientId + …`. */
  readonly needs: string;
  /**
   * For options that offer one way of giving credentials or exclusive alternatives: the option
   * to name, and what it must be, when no credential at all was given (`['clientId', 'is
   * required and must be a string']`). Without it, `needs` is said.
   */
  readonly required?: readonly [option: string, must: string] | undefined;
  readonly api: ApiSecurityDescription;
  /** `pagesOf(pagination)` when the spec has `x-pagination`: the client then gets `paginate`. */
  readonly paginate?: ((client: object) => ReturnType<typeof paginator>) | undefined;
  /** The spec's `x-rate-limit`. */
  readonly rateLimit?: RateLimit | undefined;
  /** openapi-fetch's `createClient`, as the package resolves it. */
  readonly createClient: ClientParts<Base, object>['createClient'];
}

/**
 * The client of a spec, from the user's options: each security scheme satisfied by the options
 * its handler reads (the first alternative the credentials satisfy is taken per operation), the
 * spec's server as the default base URL, and `paginate` when the spec pages. Every bad option
 * fails here, naming it and never echoing a secret.
 */
export function createSpecClient<Base extends object>(
  options: CommonClientOptions & RateLimitOption,
  spec: SpecDescription<Base>,
): BuiltClient<Base, object> {
  // Destructured: a bundle's minifier shortens locals, never property names.
  const { caller, api, handlers, paginate, noServer } = spec;
  assertOptionsObject(caller, options);
  rejectUnknownOptions(caller, options, [
    // Session options only where a handler keeps tokens (its options list them).
    ...COMMON_OPTIONS.filter((name) => !SESSION_OPTIONS.includes(name)),
    ...RATE_LIMIT_OPTIONS,
    ...handlers.flatMap(([, handler]) => handler.options),
  ]);
  if (options.baseUrl === undefined && noServer) {
    throw new TypeError(`${caller}: options.baseUrl is required: ${noServer}`);
  }
  const common = readCommonOptions(caller, options, spec.provider);
  const credentials: Record<string, Credential | undefined> = {};
  const context: SchemeContext = {
    ...spec,
    baseUrl: resolveBaseUrl(caller, options.baseUrl, spec.server),
    options: options as Record<string, unknown>,
    common,
    sessions: new Map(),
    credentials,
    createClient: spec.createClient as SchemeContext['createClient'],
  };
  for (const [name, handler] of handlers) {
    credentials[name] ??= handler.credential(context, spec.securitySchemes[name] as never, name);
  }
  // Some requirement that asks for credentials must be met by one of its alternatives: a spec
  // whose operations ask for different schemes is used with the credentials of those it calls.
  const required = api.security.filter(
    (alternatives) => alternatives.length && alternatives.every((one) => one.length),
  );
  if (
    required.length &&
    !required.some((requirement) =>
      requirement.some((alternative) => alternative.every((name) => credentials[name])),
    )
  ) {
    const [option, must] = spec.required ?? [];
    throw new TypeError(
      option && !Object.values(credentials).some(Boolean)
        ? `${caller}: options.${option} ${must}`
        : `${caller}: options need credentials: pass ${spec.needs}`,
    );
  }
  const [session] = context.sessions.values();
  return buildClient(
    {
      caller,
      baseUrl: context.baseUrl,
      api,
      credentials,
      // One account, one count: keyed like its tokens.
      rateLimiter: rateLimiterOption(
        caller,
        options,
        spec.rateLimit,
        session?.key ?? context.account,
      ),
      createClient: spec.createClient,
      // The session the credentials keep, for `getToken()` and `invalidate()`.
      extend: (client) => ({
        ...(session ? { session } : {}),
        ...(paginate ? { paginate: paginate(client) } : {}),
      }),
    },
    { request: common.request, headers: options.headers },
  );
}
