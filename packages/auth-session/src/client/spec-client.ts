import type { RateLimit } from '../fetch/rate-limit.js';
import type { CommonClientOptions, RateLimitOption } from '../options/common.js';
import {
  COMMON_OPTIONS,
  RATE_LIMIT_OPTIONS,
  rejectUnknownOptions,
} from '../options/known-options.js';
import { rateLimiterOption } from '../options/rate-limit-option.js';
import { readCommonOptions } from '../options/read-common.js';
import { assertOptionsObject, resolveBaseUrl } from '../options/validate.js';
import type { SchemeContext, SchemeHandler, SecuritySchemeData } from '../schemes/types.js';
import type { Credential } from '../security/credential.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { type BuiltClient, buildClient, type ClientParts } from './build-client.js';
import { defaultServer, type ServerData } from './default-server.js';
import { type Pagination, paginator } from './paginate.js';

/** What `pnpm generate` knows of a spec that a factory needs: plain data, and the handlers. */
export interface SpecDescription<Base extends object> {
  /** `createFooClient`: names every error. */
  readonly caller: string;
  /** `foo`: the session key's and the log lines' name. */
  readonly provider: string;
  /** `Foo`: named in messages. */
  readonly title: string;
  readonly servers: readonly ServerData[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeData>>;
  /**
   * The handlers of each scheme a client can satisfy, by scheme name, in the spec's order; the
   * first that finds its options satisfies the scheme (an OAuth2 scheme with a client
   * credentials flow and others: `clientId` + `clientSecret`, else `getToken`).
   */
  readonly handlers: Readonly<Record<string, SchemeHandler | readonly SchemeHandler[]>>;
  readonly api: ApiSecurityDescription;
  /** `x-pagination` by path: the client gets `paginate` when there is any. */
  readonly pagination?: Readonly<Record<string, Pagination>>;
  /** The spec's `x-rate-limit`. */
  readonly rateLimit?: RateLimit | undefined;
  /** openapi-fetch's `createClient`, as the package resolves it. */
  readonly createClient: ClientParts<Base, object>['createClient'];
}

// What only a client that keeps tokens takes.
const SESSION_OPTIONS: readonly string[] = ['refreshWindowMs', 'expiryMarginMs', 'store'];

/**
 * The client of a spec, from the user's options: each security scheme satisfied by the options
 * its handler reads, the first alternative the credentials satisfy taken per operation, the
 * spec's first server as the base URL unless it is a template, and `paginate` when the spec
 * pages. Every bad option fails here, naming it and never echoing a secret.
 */
export function createSpecClient<Base extends object>(
  options: CommonClientOptions & RateLimitOption,
  spec: SpecDescription<Base>,
): BuiltClient<Base, object> {
  const { caller, title, api } = spec;
  assertOptionsObject(caller, options);
  const handlers = Object.entries(spec.handlers).map(
    ([name, handler]) => [name, [handler].flat() as SchemeHandler[]] as const,
  );
  const all = handlers.flatMap(([, list]) => list);
  const tokens = all.some((handler) => handler.tokens);
  rejectUnknownOptions(caller, options, [
    ...COMMON_OPTIONS.filter((name) => tokens || !SESSION_OPTIONS.includes(name)),
    ...RATE_LIMIT_OPTIONS,
    ...all.flatMap((handler) => handler.options),
  ]);
  const server = defaultServer(spec.servers);
  if (options.baseUrl === undefined && !server.url) {
    throw new TypeError(
      `${caller}: options.baseUrl is required: ${title} has no default server (${server.why})`,
    );
  }
  const baseUrl = resolveBaseUrl(caller, options.baseUrl, server.url);
  const common = readCommonOptions(caller, options, spec.provider);
  const context: SchemeContext = {
    caller,
    provider: spec.provider,
    title,
    baseUrl,
    options: options as Record<string, unknown>,
    common,
    sessions: new Map(),
  };
  const credentials: Record<string, Credential> = {};
  for (const [name, list] of handlers) {
    const scheme = spec.securitySchemes[name] ?? { type: '' };
    for (const handler of list) {
      const credential = handler.credential(context, scheme, name);
      if (credential) {
        credentials[name] = credential;
        break;
      }
    }
  }
  // The spec's first requirement that asks for credentials must be met by some alternative.
  const required = api.security.find((alternatives) => alternatives.every((one) => one.length));
  if (required && !required.some((alternative) => alternative.every((name) => credentials[name]))) {
    const needs = (name: string) =>
      [spec.handlers[name] ?? []]
        .flat()
        .map((handler) => handler.needs)
        .join(' or ') || 'no option (a scheme this client cannot satisfy)';
    const ways = required.map((alternative) =>
      alternative.map((name) => `${needs(name)} (${name})`).join(' and '),
    );
    throw new TypeError(`${caller}: options need credentials: pass ${ways.join(', or ')}`);
  }
  const [session] = context.sessions.values();
  const pagination = spec.pagination ?? {};
  return buildClient(
    {
      caller,
      baseUrl,
      api,
      credentials,
      // One account, one count: keyed like its tokens.
      rateLimiter: rateLimiterOption(caller, options, spec.rateLimit, session?.key),
      createClient: spec.createClient,
      extend: (client) =>
        Object.keys(pagination).length
          ? {
              paginate: paginator(
                (path, init) =>
                  (client as { GET: (path: string, init: object) => never }).GET(path, init),
                pagination,
              ),
            }
          : {},
    },
    { request: common.request, headers: options.headers },
  );
}
