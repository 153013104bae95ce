import { AuthError, type AuthErrorCode } from '../errors/auth-error.js';
import type { StoredToken } from '../store/token-store.js';
import { backoff } from '../timing/backoff.js';
import { sleep } from '../timing/sleep.js';
import type { SessionEventListener } from './events.js';
import { type TokenStage, toStoredToken } from './token-stage.js';
import type { TokenSessionOptions } from './types.js';

const RETRIED: readonly AuthErrorCode[] = ['RATE_LIMITED', 'SERVER_ERROR', 'NETWORK', 'TIMEOUT'];

/** Calls `issue` until it yields a usable token, retrying what is worth retrying. */
export function createIssuer(
  { issue, random, sleep: wait = sleep, retry }: TokenSessionOptions,
  now: () => number,
  stageOf: (token: StoredToken) => TokenStage,
  emit: SessionEventListener,
  /** Whether any caller waits for this issuance; a retry nobody waits for is not worth a timer. */
  waiting: () => boolean = () => true,
) {
  const { maxAttempts = 4, baseDelayMs, maxDelayMs, budgetMs = 60_000 } = retry ?? {};

  return async (signal: AbortSignal, background: boolean): Promise<StoredToken> => {
    const first = now();
    for (let attempt = 1; ; attempt++) {
      const started = now();
      emit({ type: 'issue-start', attempt, background });
      let error: AuthError;
      // An answer that came too late to use: the wait was the provider's, not our retries'.
      let stale = false;
      try {
        const token = toStoredToken(await issue({ signal }), started);
        signal.throwIfAborted();
        // Issuance took longer than the token lives: as useless as no answer.
        stale = stageOf(token) > 1;
        if (stale) throw new AuthError('TIMEOUT');
        emit({ type: 'issue-success', attempt, expiresAt: token.expiresAt });
        return token;
      } catch (caught) {
        // A foreign error is dropped, not kept as `cause`: `issue` is provider code whose
        // errors may quote a request or a response body, and so a secret.
        error = signal.aborted
          ? new AuthError('ABORTED')
          : caught instanceof AuthError
            ? caught
            : new AuthError('NETWORK');
      }
      const { code, status, retryAfterMs = 0 } = error;
      const delayMs = Math.max(retryAfterMs, backoff(attempt, random, baseDelayMs, maxDelayMs));
      const willRetry =
        RETRIED.includes(code) &&
        attempt < maxAttempts &&
        // A stale answer is retried whatever the budget: a caller that arrives long after a slow
        // issuance began must not inherit its spent budget (the attempts stay bounded).
        (stale || now() - first + delayMs <= budgetMs) &&
        waiting();
      emit({
        type: 'issue-failure',
        attempt,
        code,
        status,
        willRetry,
        delayMs: willRetry ? delayMs : undefined,
      });
      if (!willRetry) throw error;
      // An abort here rejects with the signal's reason: the flight is only aborted once every
      // caller has left, each with its own ABORTED, so nobody is left to read it.
      await wait(delayMs, signal);
    }
  };
}
