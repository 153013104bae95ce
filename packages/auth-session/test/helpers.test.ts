import { afterEach, describe, expect, it, vi } from 'vitest';
import { authErrorCode, parseRetryAfter, RequestError } from '../src/index.js';
import { jwtExpiry } from '../src/session/jwt-expiry.js';
import { sleep } from '../src/timing/sleep.js';
import { fakeJwt } from './support/fakes.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it.each<[string | null | undefined, number | undefined]>([
    ['0', 0],
    ['120', 120_000],
    [' 7 ', 7000],
    ['Tue, 01 Jan 2030 00:00:30 GMT', 30_000],
    ['Mon, 31 Dec 2029 23:59:00 GMT', 0], // in the past
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('reads %j as %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('authErrorCode', () => {
  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'INVALID_CREDENTIALS'],
    [403, 'FORBIDDEN'],
    [404, 'BAD_REQUEST'],
    [408, 'TIMEOUT'],
    [422, 'BAD_REQUEST'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
  ])('maps %i to %s', (status, code) => {
    expect(authErrorCode(status)).toBe(code);
  });
});

describe('jwtExpiry', () => {
  it('reads exp in ms from a base64url payload, unpadded', () => {
    // "?>" encodes to base64 with "/" and "+" characters: base64url must be decoded as such.
    expect(jwtExpiry(fakeJwt({ exp: 1_700_000_000, note: '?>?>~~' }))).toBe(1_700_000_000_000);
  });
  it.each(['opaque', 'a.b.c', 'a..c', 'x.bnVsbA.y', ''])('ignores %j', (token) => {
    expect(jwtExpiry(token)).toBeUndefined();
  });
});

describe('RequestError', () => {
  it('has a name, a code and no cause unless given one', () => {
    const error = new RequestError('TIMEOUT');
    expect(error).toMatchObject({ name: 'RequestError', code: 'TIMEOUT' });
    expect('cause' in error).toBe(false);
    // A foreign cause is summarised: class names and codes, never a message.
    const cause = Object.assign(new TypeError('fetch failed for key=abc'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    const wrapped = new RequestError('NETWORK', cause).cause as Error & { code?: string };
    expect(wrapped.message).toBe(
      'TypeError ← Error ECONNREFUSED (message withheld: it may quote the request)',
    );
    expect(wrapped.code).toBe('ECONNREFUSED');
    expect((new RequestError('NETWORK', 'why').cause as Error).message).toMatch(/^string /);
  });
});

describe('sleep', () => {
  it('resolves after the delay and leaves no timer', async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = sleep(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the reason on abort and clears its timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = sleep(1000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort('stop');
    await expect(waiting).rejects.toBe('stop');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never fires a wait beyond the timer range (Infinity): only an abort ends it', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = sleep(Number.POSITIVE_INFINITY, controller.signal);
    expect(vi.getTimerCount()).toBe(0);
    controller.abort('stop');
    await expect(waiting).rejects.toBe('stop');
  });
});
