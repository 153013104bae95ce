import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeadlines } from '../src/timing/deadlines.js';
import { realTimer, type Timer } from '../src/timing/timer.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A Timer that counts the timers it starts, over the real (here: faked) ones. */
function countingTimer() {
  const counted = { started: 0 };
  const timer: Timer = {
    start: (ms, fire) => {
      counted.started++;
      return realTimer.start(ms, fire);
    },
    cancel: realTimer.cancel,
  };
  return { timer, counted };
}

describe('shared deadlines', () => {
  it('attempts that start together share one signal and one timer', () => {
    vi.useFakeTimers();
    const { timer, counted } = countingTimer();
    const deadlines = createDeadlines(60_000, timer, true);
    const first = deadlines.next();
    expect(deadlines.next()).toBe(first);
    expect(counted.started).toBe(1);
  });

  it('each attempt gets at least timeoutMs, at most 2 % more', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(1000, realTimer, true);
    const early = deadlines.next();
    vi.advanceTimersByTime(19);
    const late = deadlines.next(); // just before the 20 ms window closes: the same signal
    expect(late).toBe(early);
    vi.advanceTimersByTime(1000);
    expect(late.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(late.aborted).toBe(true);
    expect((late.reason as DOMException).name).toBe('TimeoutError');
  });

  it('opens a new signal after the window', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(10_000, realTimer, true);
    const first = deadlines.next();
    vi.advanceTimersByTime(200); // the window of a 10 s timeout
    expect(deadlines.next()).not.toBe(first);
  });

  it('caps a signal at 256 attempts: a real fetch adds an abort listener per request', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(60_000, realTimer, true);
    const first = deadlines.next();
    for (let i = 1; i < 256; i++) expect(deadlines.next()).toBe(first);
    expect(deadlines.next()).not.toBe(first);
  });

  it('gives every attempt its own signal on virtual time', () => {
    const deadlines = createDeadlines(60_000, realTimer, false);
    expect(deadlines.next()).not.toBe(deadlines.next());
  });
});
