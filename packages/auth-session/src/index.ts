export { AuthError, type AuthErrorCode, type AuthErrorDetails } from './errors/auth-error.js';
export { authErrorCode, parseRetryAfter } from './errors/from-response.js';
export { RequestError, type RequestErrorCode } from './errors/request-error.js';
export { type AuthFetchOptions, createAuthFetch, type FetchLike } from './fetch/auth-fetch.js';
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
