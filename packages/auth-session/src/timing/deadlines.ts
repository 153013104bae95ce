import type { Timer } from './timer.js';

// One reason for every timed-out attempt: a DOMException per timeout would build a stack each.
let timeoutReason: DOMException | undefined;
const timedOut = () => {
  timeoutReason ??= new DOMException('The attempt timed out', 'TimeoutError');
  return timeoutReason;
};

// A real fetch's request follows the signal it is given with an abort listener, dropped only when
// the request is collected; undici warns past 1500 listeners on one signal.
const MAX_SHARED = 256;

/** The deadline of an attempt: its signal, and `release` once the attempt is over. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** `promise`, or the signal's reason if it aborts first: for fetches that ignore the signal. */
  readonly race: <T>(promise: Promise<T>) => Promise<T>;
  readonly release: () => void;
  /** Ends it early (a caller's abort), for an attempt that has it to itself. */
  readonly abort: (reason: unknown) => void;
}

/**
 * A race against `signal` whose losers are forgotten: a shared promise would keep every racer's
 * outcome (a Response) until the signal ends, so each racer registers and unregisters instead.
 * `hold` hears when the first racer starts and the last one ends: while a fetch has not answered,
 * the deadline is all that may keep the process alive (a mock or a stalled custom fetch holds no
 * socket); once it has, the body's own socket does, or nothing needs to.
 */
function racing(signal: AbortSignal, hold: (held: boolean) => void) {
  const racers = new Set<(reason: unknown) => void>();
  signal.addEventListener('abort', () => {
    for (const lose of racers) lose(signal.reason);
    // The losers' fetches may never settle: nothing is waiting on them any more.
    if (racers.size > 0) hold(false);
    racers.clear();
  });
  return <T>(promise: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const leave = () => {
        if (racers.delete(reject) && racers.size === 0) hold(false);
      };
      // Settled either way, so that a loser's late rejection is never unhandled. Not `finally`:
      // it costs two more promises and microtask turns on every request.
      promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
      if (signal.aborted) reject(signal.reason);
      else if (racers.add(reject).size === 1) hold(true);
    });
}

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
      race: racing(controller.signal, (held) => timer.hold?.(handle, held)),
      abort: (reason) => controller.abort(reason),
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

/**
 * An attempt's own deadline (from ungrouped `deadlines`) that also ends when `caller` aborts: a
 * shared one would end every attempt of its group with one caller's abort.
 */
export function followingDeadline(
  deadlines: ReturnType<typeof createDeadlines>,
  caller: AbortSignal,
): Deadline {
  const own = deadlines.next();
  const follow = () => own.abort(caller.reason);
  if (caller.aborted) follow();
  else caller.addEventListener('abort', follow);
  return {
    ...own,
    release: () => {
      own.release();
      caller.removeEventListener('abort', follow);
    },
  };
}
