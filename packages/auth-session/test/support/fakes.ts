import {
  createTokenSession,
  type IssuedToken,
  type SessionEvent,
  type TokenSessionOptions,
} from '../../src/index.js';

/** A clock that moves only when the test says so. */
export function fakeClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (a few macrotask turns, no clock involved). */
export async function flush(turns = 3) {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** mulberry32: a tiny seedable PRNG, so that jittered delays are reproducible. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A sleep that takes no real time: it records the delay, moves the fake clock by it and
 * resolves; an abort rejects it like the real one.
 */
export function instantSleep(clock?: { advance(ms: number): void }) {
  const delays: number[] = [];
  const sleep: NonNullable<TokenSessionOptions['sleep']> = async (ms, signal) => {
    signal?.throwIfAborted();
    delays.push(ms);
    clock?.advance(ms);
  };
  return { sleep, delays };
}

/**
 * An `issue` whose calls the test settles by hand. Counts calls and the calls in flight (an
 * aborted call leaves the flight at once, as a fetch given the signal would).
 */
export function manualIssuer() {
  const pending: {
    resolve: (token: IssuedToken) => void;
    reject: (error: unknown) => void;
    signal: AbortSignal;
  }[] = [];
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0 };
  const issue: TokenSessionOptions['issue'] = ({ signal }) =>
    new Promise<IssuedToken>((resolve, reject) => {
      stats.calls++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      let open = true;
      const close = () => {
        if (open) stats.inFlight--;
        open = false;
      };
      signal.addEventListener('abort', () => {
        close();
        reject(signal.reason);
      });
      pending.push({
        resolve: (token) => {
          close();
          resolve(token);
        },
        reject: (error) => {
          close();
          reject(error);
        },
        signal,
      });
    });
  /** Settles the oldest unsettled call. */
  const next = () => {
    const call = pending.shift();
    if (!call) throw new Error('no issue call is pending');
    return call;
  };
  return { issue, stats, pending, next };
}

/** A JWT-shaped string (unsigned: the session only reads `exp`). */
export function fakeJwt(claims: Record<string, unknown>) {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.signature`;
}

/**
 * Virtual time for the authenticated fetch: sleeps (retry waits and per-attempt timeouts) only
 * end when the test moves time on. `run` drives a promise to completion, moving time to the next
 * sleeper whenever nothing else is left to do.
 */
export function virtualTime(clock = fakeClock(0)) {
  const sleepers: { at: number; wake: () => void }[] = [];
  const sleep: NonNullable<TokenSessionOptions['sleep']> = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const sleeper = { at: clock.now() + ms, wake: resolve };
      sleepers.push(sleeper);
      signal?.addEventListener('abort', () => {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        reject(signal.reason);
      });
    });
  const run = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    promise.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    for (;;) {
      await flush();
      if (done) return promise;
      sleepers.sort((a, b) => a.at - b.at);
      const next = sleepers.shift();
      if (!next) throw new Error('stuck: the promise waits for something other than time');
      clock.advance(Math.max(0, next.at - clock.now()));
      next.wake();
    }
  };
  return { sleep, run, clock, sleeping: () => sleepers.length };
}

/**
 * A session on a fake clock and a manual issuer, already holding `token` (issued at once), with
 * every event it emits collected. `options` are passed to createTokenSession.
 */
export async function primedSession(
  token: IssuedToken,
  options: Partial<TokenSessionOptions> = {},
) {
  const clock = fakeClock();
  const issuer = manualIssuer();
  const events: SessionEvent[] = [];
  const session = createTokenSession({
    issue: issuer.issue,
    now: clock.now,
    onEvent: (event) => events.push(event),
    ...options,
  });
  const first = session.getToken();
  await flush();
  issuer.next().resolve(token);
  return { clock, issuer, session, events, first: await first };
}
