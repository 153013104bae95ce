// `@apiclients/auth-session/kit`: what the provider clients are built from. Kept out of the main
// entry so that a browser consumer of the session alone does not pay for it.
export { type BuiltClient, buildClient, type ClientParts } from './client/build-client.js';
export { createFrontendClient, type FrontendDescription } from './client/frontend-client.js';
export { guardCalls } from './client/guard-calls.js';
export {
  type ItemOf,
  type OkBody,
  type Page,
  type Paged,
  type Pagination,
  pagesOf,
  paginator,
} from './client/paginate.js';
export { createSpecClient, type SpecDescription } from './client/spec-client.js';
export type { PageData, PagedPath, PageItem } from './client/spec-types.js';
export {
  type ClientOverrides,
  type ClientSettings,
  deriveOptions,
} from './client/with-options.js';
export { ResponseError } from './errors/response-error.js';
export { ApiRequest } from './fetch/api-request.js';
export { type AuthFetchOptions, createAuthFetch, type FetchLike } from './fetch/auth-fetch.js';
export { createRateLimiter, type RateLimit, type RateLimiter } from './fetch/rate-limit.js';
export type { CommonClientOptions, RateLimitOption } from './options/common.js';
export {
  COMMON_OPTIONS,
  RATE_LIMIT_OPTIONS,
  rejectUnknownOptions,
} from './options/known-options.js';
export type { Logger, LogLevel } from './options/logger.js';
export { rateLimiterOption } from './options/rate-limit-option.js';
export { type ResolvedCommonOptions, readCommonOptions } from './options/read-common.js';
export {
  type TokenProvider,
  type TokenProviderOptions,
  tokenProviderSession,
} from './options/token-provider.js';
export {
  assertOptionsObject,
  checkHeaders,
  requireCredential,
  requireFunction,
  requireNonEmptyString,
  resolveBaseUrl,
} from './options/validate.js';
export { assertNotInBrowser } from './provider/browser-guard.js';
export { interopDefault } from './provider/interop-default.js';
export {
  type IssuedToken,
  type IssueTokenDescription,
  issueToken,
} from './provider/issue-token.js';
export { sessionKey, tokenProviderKey } from './provider/session-key.js';
export {
  callTokenEndpoint,
  type EndpointResult,
  lifetime,
  malformed,
  type TokenEndpointOptions,
} from './provider/token-endpoint.js';
export {
  checkScopes,
  type ExchangeClient,
  type ExchangedToken,
  exchangeToken,
  explainExchange,
  type TokenExchange,
} from './provider/token-exchange.js';
export { apiKey } from './schemes/api-key.js';
export { bearerToken } from './schemes/bearer-token.js';
export {
  clientCredentials,
  type TokenEndpointAuthMethod,
} from './schemes/client-credentials.js';
export { type ExchangeParts, exchangedToken } from './schemes/exchanged-token.js';
export { httpBasic } from './schemes/http-basic.js';
export { tokenProvider } from './schemes/token-provider.js';
export type { SchemeContext, SchemeHandler, SecuritySchemeData } from './schemes/types.js';
export {
  type AppliedCredential,
  basicAuthorization,
  basicCredential,
  bearerCredential,
  type Credential,
  headerCredential,
  queryCredential,
} from './security/credential.js';
export type {
  ApiSecurityDescription,
  OperationSecurity,
  SecurityRequirement,
} from './security/types.js';
