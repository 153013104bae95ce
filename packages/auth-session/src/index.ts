// `@apiclients/auth-session`: the token lifecycle. What only a client built from a spec needs (the
// authenticated fetch, credentials, option checks) is in `./kit`, so that a browser consumer of
// the session does not pay for it.
export { AuthError, type AuthErrorCode, type AuthErrorDetails } from './errors/auth-error.js';
export { authErrorCode, parseRetryAfter } from './errors/from-response.js';
export { RequestError, type RequestErrorCode } from './errors/request-error.js';
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
