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
    expect(deadlines.next().signal).toBe(first.signal);
    expect(counted.started).toBe(1);
  });

  it('each attempt gets at least timeoutMs, at most 2 % more', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(1000, realTimer, true);
    const early = deadlines.next();
    vi.advanceTimersByTime(19);
    const late = deadlines.next(); // just before the 20 ms window closes: the same signal
    expect(late.signal).toBe(early.signal);
    vi.advanceTimersByTime(1000);
    expect(late.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(late.signal.aborted).toBe(true);
    expect((late.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('aborts a pending attempt even after the others were released', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(1000, realTimer, true);
    const done = deadlines.next();
    const stalled = deadlines.next();
    done.release();
    vi.advanceTimersByTime(1100);
    expect(stalled.signal.aborted).toBe(true);
  });

  it('a closed group whose attempts were all released leaves no timer', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(10_000, realTimer, true);
    const first = deadlines.next();
    vi.advanceTimersByTime(200); // the window of a 10 s timeout
    const second = deadlines.next();
    expect(second.signal).not.toBe(first.signal);
    expect(vi.getTimerCount()).toBe(2);
    first.release();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(200);
    second.release(); // its window is over too
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a group released before its window closed is cancelled when the next one opens', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(10_000, realTimer, true);
    deadlines.next().release(); // the window is still open: the timer waits for more attempts
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(200);
    deadlines.next();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('caps a signal at 256 attempts: a real fetch adds an abort listener per request', () => {
    vi.useFakeTimers();
    const deadlines = createDeadlines(60_000, realTimer, true);
    const first = deadlines.next();
    for (let i = 1; i < 256; i++) expect(deadlines.next().signal).toBe(first.signal);
    expect(deadlines.next().signal).not.toBe(first.signal);
  });

  it('gives every attempt its own signal on virtual time', () => {
    const deadlines = createDeadlines(60_000, realTimer, false);
    expect(deadlines.next().signal).not.toBe(deadlines.next().signal);
  });
});
