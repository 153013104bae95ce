import { describe, expect, it } from 'vitest';
import { createTokenSession } from '../src/index.js';
import { fakeClock, flush, manualIssuer } from './support/fakes.js';

describe('cold start', () => {
  it('answers 1,000 concurrent callers with one issue call and one token', async () => {
    const clock = fakeClock();
    const issuer = manualIssuer();
    const session = createTokenSession({ issue: issuer.issue, now: clock.now });

    const calls = Array.from({ length: 1000 }, () => session.getToken());
    await flush();
    expect(issuer.stats.calls).toBe(1);
    issuer.next().resolve({ accessToken: 'token-1', expiresIn: 3600 });

    const tokens = await Promise.all(calls);
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(issuer.stats.calls).toBe(1);
  });

  it('serves the cached token afterwards without issuing again', async () => {
    let calls = 0;
    const session = createTokenSession({
      issue: async () => ({ accessToken: `token-${++calls}`, expiresIn: 3600 }),
    });
    expect(await session.getToken()).toBe('token-1');
    expect(await session.getToken()).toBe('token-1');
    expect(calls).toBe(1);
  });
});
