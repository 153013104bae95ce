export { AuthError, type AuthErrorCode, type AuthErrorDetails } from './errors/auth-error.js';
export { authErrorCode, parseRetryAfter } from './errors/from-response.js';
export { RequestError, type RequestErrorCode } from './errors/request-error.js';
export { type AuthFetchOptions, createAuthFetch, type FetchLike } from './fetch/auth-fetch.js';
export type { CommonClientOptions, TokenProvider } from './options/common.js';
export { type ResolvedCommonOptions, readCommonOptions } from './options/read-common.js';
export { tokenProviderSession } from './options/token-provider.js';
export {
  assertOptionsObject,
  requireFunction,
  requireNonEmptyString,
  resolveBaseUrl,
} from './options/validate.js';
export { assertNotInBrowser } from './provider/browser-guard.js';
export { sessionKey } from './provider/session-key.js';
export {
  callTokenEndpoint,
  type EndpointResult,
  lifetime,
  malformed,
  type TokenEndpointOptions,
} from './provider/token-endpoint.js';
export { chooseCredentials } from './security/choose-credentials.js';
export {
  type AppliedCredential,
  basicCredential,
  bearerCredential,
  type Credential,
  headerCredential,
} from './security/credential.js';
export { createSecurityResolver } from './security/match-operation.js';
export type {
  ApiSecurityDescription,
  OperationSecurity,
  SecurityRequirement,
} from './security/types.js';
export { createTokenSession } from './session/create-token-session.js';
export type { SessionEvent, SessionEventListener } from './session/events.js';
export type {
  IssuedToken,
  RetryOptions,
  TokenSession,
  TokenSessionOptions,
} from './session/types.js';
export { createMemoryStore } from './store/memory-store.js';
export type { StoredToken, TokenStore } from './store/token-store.js';
export type { Sleep } from './timing/sleep.js';
