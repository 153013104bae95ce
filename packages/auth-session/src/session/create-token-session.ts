import { AuthError } from '../errors/auth-error.js';
import { ignore } from '../shared/ignore.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { StoredToken, TokenStore } from '../store/token-store.js';
import { eventEmitter } from './events.js';
import { createIssuer } from './issue-with-retry.js';
import { isSendable, tokenStage } from './token-stage.js';
import type { TokenSession, TokenSessionOptions } from './types.js';

/** Caches, refreshes and single-flights the tokens that `options.issue` produces. */
export function createTokenSession(options: TokenSessionOptions): TokenSession {
  const { key = 'default', store = createMemoryStore(), now = Date.now } = options;
  const emit = eventEmitter(options.onEvent);
  const stageOf = (token: StoredToken) =>
    tokenStage(token, now(), options.refreshWindowMs, options.expiryMarginMs);
  // A background refresh retries only while a caller waits for it: a backoff timer that nobody
  // awaits would keep a finished process alive (and the next call tries again anyway).
  const issueToken = createIssuer(
    options,
    now,
    stageOf,
    (event) => {
      backingOff = event.type === 'issue-failure' && event.willRetry;
      emit(event);
    },
    () => waiters > 0,
  );

  let current: StoredToken | undefined;
  // Single flight: at most one load-or-issue at a time, so its state can live right here.
  // A flight that is aborted is forgotten at once, and only ever had waiters that left.
  let flight: Promise<StoredToken> | undefined;
  let controller: AbortController;
  let background: boolean;
  let waiters: number;
  // The flight waits out a backoff: a timer that only its waiters justify.
  let backingOff = false;
  // The token a background refresh failed to replace: it gets no second background attempt.
  let refreshFailedFor: StoredToken | undefined;
  // An invalidated token must not come back from a store whose delete is slow or failed.
  let dropped: string | undefined;

  // A store failure degrades to issuing: it is reported, never thrown (even synchronously).
  const useStore = (operation: 'get' | 'set', ...token: [StoredToken?]) =>
    Promise.resolve()
      .then(() => (store[operation] as TokenStore['set'])(key, ...(token as [StoredToken])))
      .catch(() => emit({ type: 'store-failure', operation }));

  const load = async (signal: AbortSignal, inBackground: boolean, skipStore?: boolean) => {
    const stored = skipStore ? undefined : ((await useStore('get')) as StoredToken | undefined);
    // A fresh token stored by another session (or a previous process) saves an issuance.
    if (
      !stored ||
      stored.accessToken === dropped ||
      !isSendable(stored.accessToken) ||
      stageOf(stored)
    ) {
      // Everyone left during the store read: issuing now would only waste a call.
      signal.throwIfAborted();
      // Fleet-wide single flight where the store offers it: it runs our issuance only while it
      // holds the lease, and stores the token itself. A store that could not coordinate never
      // called us (or handed over a token no store should hold): then we issue alone.
      let called: unknown;
      const leased = await Promise.resolve()
        .then(() =>
          store.withLease?.(
            key,
            () => {
              called = issueToken(signal, inBackground);
              return called as Promise<StoredToken>;
            },
            signal,
            stored?.accessToken ?? dropped,
          ),
        )
        .catch((error) => {
          if (called || signal.aborted) throw error;
        });
      if (isSendable(leased?.accessToken) && leased.accessToken !== dropped && stageOf(leased) < 2)
        current = leased;
      else {
        if (store.withLease) emit({ type: 'store-failure', operation: 'lease' });
        current = await issueToken(signal, inBackground);
        useStore('set', current);
      }
    } else current = stored;
    return current;
  };

  const start = (inBackground: boolean, skipStore?: boolean) => {
    controller = new AbortController();
    background = inBackground;
    waiters = 0;
    const promise: Promise<StoredToken> = load(controller.signal, inBackground, skipStore).finally(
      () => {
        if (flight === promise) flight = undefined;
      },
    );
    // A flight whose callers all left must not become an unhandled rejection.
    promise.catch(ignore);
    flight = promise;
    return promise;
  };

  // The caller leaves at once on abort; the flight goes on for the others, or is aborted
  // (clearing any backoff timer) when nobody is left waiting for it.
  const join = (promise: Promise<StoredToken>, signal?: AbortSignal) =>
    new Promise<StoredToken>((resolve, reject) => {
      const leave = () => {
        reject(new AuthError('ABORTED'));
        // Counts belong to the current flight; this one may have just settled and been replaced.
        // A background refresh goes on for the next caller, unless it waits out a backoff that
        // only the callers who left were worth.
        if (flight === promise && !--waiters && (!background || backingOff)) {
          flight = undefined;
          controller.abort();
        }
      };
      waiters++;
      signal?.addEventListener('abort', leave);
      promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
    });

  // Compare-and-delete: a sibling sharing the store may already have replaced the refused token,
  // and its fresh one must survive. Compared here too, for stores that ignore `accessToken`.
  const forget = (token: string) =>
    Promise.resolve()
      .then(async () => {
        if ((await store.get(key))?.accessToken === token) await store.delete(key, token);
      })
      .catch(() => emit({ type: 'store-failure', operation: 'delete' }));

  const invalidate = (token?: string) => {
    if (token !== undefined && token !== current?.accessToken) {
      // Not what we hold: a stale token (keep the current one), or nothing is held and the
      // store must not hand this one back.
      if (!current) {
        dropped = token;
        forget(token);
      }
      return;
    }
    dropped = current?.accessToken;
    current = undefined;
    emit({ type: 'token-invalidated' });
    if (dropped !== undefined) forget(dropped);
  };

  // The cached token when it may be used now, starting the one background refresh inside the
  // window; undefined when the caller must wait. Synchronous: the hot path pays no promise.
  const peekToken = () => {
    const held = current;
    if (!held) return undefined;
    const stage = stageOf(held);
    if (stage === 2) return undefined;
    if (stage && !flight && refreshFailedFor !== held) {
      start(true).catch((error: AuthError) => {
        refreshFailedFor = held;
        emit({ type: 'refresh-background-failure', code: error.code });
      });
    }
    return held.accessToken;
  };

  const getToken: TokenSession['getToken'] = async ({ signal, forceRefresh } = {}) => {
    if (signal?.aborted) throw new AuthError('ABORTED');
    if (forceRefresh) invalidate();
    for (;;) {
      const ready = peekToken();
      if (ready !== undefined) return ready;
      const token = await join(flight ?? start(false, forceRefresh), signal);
      // The clock may have moved while we waited: never hand out a token inside its margin.
      if (stageOf(token) < 2) return token.accessToken;
    }
  };

  // Only non-secret state, for logs and `util.inspect` (a registered symbol, no Node import).
  const describe = () => ({ key, expiresAt: current?.expiresAt, issuing: !!flight });
  return {
    key,
    getToken,
    peekToken,
    invalidate,
    toJSON: describe,
    [Symbol.for('nodejs.util.inspect.custom')]: describe,
  } as TokenSession;
}
