import type { CommonClientOptions } from '../options/common.js';
import { COMMON_OPTIONS, rejectUnknownOptions } from '../options/known-options.js';
import { readCommonOptions } from '../options/read-common.js';
import { type TokenProviderOptions, tokenProviderSession } from '../options/token-provider.js';
import { assertOptionsObject, resolveBaseUrl } from '../options/validate.js';
import { bearerCredential } from '../security/credential.js';
import type { ApiSecurityDescription } from '../security/types.js';
import { type BuiltClient, buildClient, type ClientParts } from './build-client.js';
import type { paginator } from './paginate.js';

/** What `pnpm generate` knows of a spec that its `/frontend` factory needs. */
export interface FrontendDescription<Base extends object> {
  /** `createFooClient`: names every error. */
  readonly caller: string;
  /** `foo`: the session key's and the log lines' name. */
  readonly provider: string;
  /** `@apiclients/foo`: where the secrets' factory is, for the message refusing one. */
  readonly entry: string;
  readonly server?: string | undefined;
  /** The schemes a `getToken` Bearer satisfies. */
  readonly schemes: readonly string[];
  /** The root factory's secret options: named in the error, never echoed. */
  readonly secrets: readonly string[];
  readonly api: ApiSecurityDescription;
  /** `pagesOf(pagination)` when the spec has `x-pagination`: the client then gets `paginate`. */
  readonly paginate?: ((client: object) => ReturnType<typeof paginator>) | undefined;
  readonly createClient: ClientParts<Base, object>['createClient'];
}

/**
 * The client a browser builds from a `getToken` that asks its backend for a token: no secret
 * flow (token exchanges, key checks) in its bundle. A secret option is refused first, naming it
 * and pointing to the root entry; then `getToken` is required.
 */
export function createFrontendClient<Base extends object>(
  options: CommonClientOptions & TokenProviderOptions,
  spec: FrontendDescription<Base>,
): BuiltClient<Base, object> {
  const { caller, api, paginate, entry } = spec;
  assertOptionsObject(caller, options);
  // Without a default server, a missing baseUrl is "required": the root factory says why.
  const baseUrl = resolveBaseUrl(caller, options.baseUrl, spec.server);
  const common = readCommonOptions(caller, options, spec.provider);
  for (const name of spec.secrets) {
    if ((options as unknown as Record<string, unknown>)[name] !== undefined) {
      throw new TypeError(
        `${caller}: options.${name} is not accepted by ${entry}/frontend, which takes getToken ` +
          `only; keep secrets on your backend and import ${caller} from "${entry}" there.`,
      );
    }
  }
  rejectUnknownOptions(caller, options, [...COMMON_OPTIONS, 'getToken', 'identity']);
  const session = tokenProviderSession(
    caller,
    options,
    { provider: spec.provider, baseUrl },
    common.session,
  );
  const bearer = bearerCredential(session);
  return buildClient(
    {
      caller,
      baseUrl,
      api,
      credentials: Object.fromEntries(spec.schemes.map((scheme) => [scheme, bearer])),
      createClient: spec.createClient,
      extend: (client) => ({
        session,
        ...(paginate ? { paginate: paginate(client) } : {}),
      }),
    },
    { request: common.request, headers: options.headers },
  );
}
