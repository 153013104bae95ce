import type { Timer } from './timer.js';

// One reason for every timed-out attempt: a DOMException per timeout would build a stack each.
let timeoutReason: DOMException | undefined;
export const timedOut = () => {
  timeoutReason ??= new DOMException('The attempt timed out', 'TimeoutError');
  return timeoutReason;
};

// A real fetch's request follows the signal it is given with an abort listener, dropped only when
// the request is collected; undici warns past 1500 listeners on one signal.
const MAX_SHARED = 256;

/** The deadline of an attempt: its signal, and `release` once the attempt is over. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Rejects with the signal's reason when it aborts: a race for fetches that ignore it. */
  readonly ended: Promise<never>;
  readonly release: () => void;
}

/** A promise that rejects when `signal` aborts, and is never an unhandled rejection. */
export function endOf(signal: AbortSignal): Promise<never> {
  const ended = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason)),
  );
  ended.catch(() => {});
  return ended;
}

/**
 * Per-attempt deadlines at a fraction of the cost. An AbortController and a timer per request are
 * the priciest part of a call in Node 20 (an AbortSignal is a transferable object), so attempts
 * that start within the same short window (2 % of the timeout, at most 1 s; at most 256 of them)
 * share one signal, aborted by one unref'd timer `timeoutMs` after the window closes: each
 * attempt gets at least `timeoutMs` and at most 2 % more. Aborting a finished request is a no-op,
 * so the signal is aborted whatever its attempts did; once a closed group's attempts are all
 * released, its timer is cancelled and nothing of it stays. `grouped: false` (tests on virtual
 * time) gives every attempt its own group.
 */
interface Group extends Deadline {
  join(): Deadline;
  /** No attempt will join any more: cancel the timer once none is active. */
  close(): void;
}

export function createDeadlines(timeoutMs: number, timer: Timer, grouped: boolean) {
  const window = grouped ? Math.min(1000, Math.max(1, timeoutMs / 50)) : 0;
  let current: Group | undefined;
  let opened = 0;
  let shared = 0;
  const isOpen = () => shared < MAX_SHARED && Date.now() - opened < window;

  const open = (): Group => {
    const controller = new AbortController();
    const handle = timer.start(timeoutMs + window, () => controller.abort(timedOut()));
    let active = 0;
    let closed = false;
    const group: Group = {
      signal: controller.signal,
      ended: endOf(controller.signal),
      // Shared by the group's attempts, so that releasing one allocates nothing.
      release: () => {
        if (--active > 0) return;
        if (!closed && group === current && isOpen()) return;
        if (group === current) current = undefined;
        timer.cancel(handle);
      },
      join: () => {
        active++;
        return group;
      },
      close: () => {
        closed = true;
        if (active === 0) timer.cancel(handle);
      },
    };
    return group;
  };

  return {
    /** The deadline of an attempt starting now; release it exactly once. */
    next(): Deadline {
      if (!current || !isOpen()) {
        current?.close();
        current = open();
        opened = Date.now();
        shared = 0;
      }
      shared++;
      return current.join();
    },
  };
}
