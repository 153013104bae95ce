import { createTokenSession, type TokenSession } from '@apiclients/auth-session';
import {
  ApiRequest,
  assertNotInBrowser,
  assertOptionsObject,
  bearerCredential,
  type CommonClientOptions,
  type Credential,
  createAuthFetch,
  guardCalls,
  headerCredential,
  readCommonOptions,
  requireCredential,
  resolveBaseUrl,
  sessionKey,
  type TokenProviderOptions,
  tokenProviderSession,
} from '@apiclients/auth-session/kit';
import type { Client } from 'openapi-fetch';
import { api, securitySchemes, servers } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createClient } from './openapi-fetch.js';
import { checkScopes, mintToken, type Scope } from './token.js';

export type VolubileClientOptions = CommonClientOptions &
  (
    | {
        /** Your API key. Backend only. */
        apiKey: string;
        /**
         * With scopes, the client mints scoped Bearer tokens with the key and API calls carry only
         * `Authorization: Bearer`. Without, every call carries `X-Api-Key`.
         */
        scopes?: Scope[];
        getToken?: never;
        identity?: never;
      }
    | (TokenProviderOptions & {
        apiKey?: never;
        scopes?: never;
      })
  );

export type VolubileClient = Client<paths> & {
  /** The token session, when the client uses Bearer tokens (`scopes` or `getToken`). */
  readonly session?: TokenSession;
};

const CALLER = 'createVolubileClient';

/** A typed Volubile client; see `VolubileClientOptions` for the three ways to authenticate. */
export function createVolubileClient(options: VolubileClientOptions): VolubileClient {
  assertOptionsObject(CALLER, options);
  const baseUrl = resolveBaseUrl(CALLER, options.baseUrl, servers[0].url);
  const common = readCommonOptions(CALLER, options);
  const credentials: Record<string, Credential> = {};
  let session: TokenSession | undefined;
  if (options.getToken !== undefined) {
    session = tokenProviderSession(
      CALLER,
      options,
      { provider: 'volubile', baseUrl },
      common.session,
    );
  } else {
    const apiKey = requireCredential(CALLER, 'apiKey', options.apiKey, true);
    assertNotInBrowser(CALLER, 'apiKey', options.dangerouslyAllowBrowser);
    // The key still answers the operations that only take a key (the token endpoint); the
    // spec lists the Bearer first everywhere else, so API calls carry only the Bearer.
    credentials['Api key'] = headerCredential(securitySchemes['Api key'].name, apiKey);
    if (options.scopes !== undefined) {
      const scopes = checkScopes(CALLER, options.scopes);
      const tokenClient = createClient<paths>({
        baseUrl,
        headers: options.headers,
        fetch: common.fetch,
      });
      session = createTokenSession({
        ...common.session,
        key: sessionKey({ provider: 'volubile', baseUrl, secretIdentity: apiKey, scopes }),
        issue: ({ signal }) => mintToken(tokenClient, apiKey, scopes, signal, common.timeoutMs),
      });
    }
  }
  if (session) credentials.bearerAuth = bearerCredential(session);
  const fetch = createAuthFetch({
    ...common.request,
    api,
    credentials,
  });
  const client = guardCalls(
    createClient<paths>({ baseUrl, headers: options.headers, fetch, Request: ApiRequest }),
  );
  return session ? Object.assign(client, { session }) : client;
}
