// `acquireSlot`: a request counter shared by every client on the Redis, as a sliding-window log
// (one sorted-set member per counted request, scored by when it was counted). One script, so
// that check-and-count is atomic across the fleet; Redis's own TIME is the clock, so the
// machines' clocks never disagree about the window.
import type { TokenStore } from '@apiclients/auth-session';
import type { Commands } from './client.js';
import type { Run } from './lease.js';

// ARGV: limit, window (ms, integer), a member unique to this request. Scores are ms with µs
// decimals, formatted by hand: Lua's default number format keeps 14 digits, not enough. A
// request counts in the server's window from when it arrives, between our send and its answer:
// counted now, it is scored a window ahead (in flight: it may still arrive, and if its client
// dies it stops counting by itself), and settled to the time of its answer (SETTLE). A turn that
// only an in-flight request could free is asked for again in 100 ms.
// `replicate_commands`: Redis before 5 refuses writes after TIME without it (a no-op since).
const SCRIPT = `if redis.replicate_commands then redis.replicate_commands() end
local t=redis.call('TIME')
local now=tonumber(t[1])*1000+tonumber(t[2])/1000
local window=tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE',KEYS[1],'-inf',string.format('%.3f',now-window))
if redis.call('ZCARD',KEYS[1])<tonumber(ARGV[1]) then
redis.call('ZADD',KEYS[1],string.format('%.3f',now+window),ARGV[3])
redis.call('PEXPIRE',KEYS[1],window*2)
return 0
end
local oldest=tonumber(redis.call('ZRANGE',KEYS[1],0,0,'WITHSCORES')[2])
if oldest>now then return 100 end
return math.max(1,math.ceil(oldest+window-now))`;

// The request was answered: it counts from now, no longer from a window ahead.
const SETTLE = `if redis.replicate_commands then redis.replicate_commands() end
local t=redis.call('TIME')
local now=tonumber(t[1])*1000+tonumber(t[2])/1000
return redis.call('ZADD',KEYS[1],'XX',string.format('%.3f',now),ARGV[1])`;

const member = () =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

export function createSlotCounter(
  redis: Commands,
  run: Run,
  prefix: string,
): NonNullable<TokenStore['acquireSlot']> {
  return async (key, limit, windowMs) => {
    // A bad argument is the caller's bug: rejected before Redis, and the client counts alone.
    if (!Number.isSafeInteger(limit) || limit < 1)
      throw new TypeError('acquireSlot: limit must be a positive integer');
    if (!(windowMs > 0 && windowMs <= 2_147_483_647))
      throw new TypeError('acquireSlot: windowMs must be a positive number of milliseconds');
    const window = String(Math.ceil(windowMs));
    const counter = `${prefix}rate:${key}`;
    const id = member();
    const wait = Number(
      await run('acquireSlot', () => redis.eval(SCRIPT, counter, [String(limit), window, id])),
    );
    if (wait > 0) return wait;
    return () => run('acquireSlot', () => redis.eval(SETTLE, counter, [id])).then(() => {});
  };
}
