import { describe, expect, it } from 'vitest';
import { authenticated, BASE, fakeServer } from './support/fake-server.js';

// A server that always asks to come back later must still see maxRetries honoured: the wait it
// names replaces the backoff, not the count.
describe('authenticated fetch: Retry-After on every answer', () => {
  it('stops after maxRetries, counting each retry in its event', async () => {
    const server = fakeServer(
      () => new Response('busy', { status: 429, headers: { 'Retry-After': '1' } }),
    );
    const { fetch, time, events, retryDelays } = authenticated(server, { maxRetries: 2 });
    const response = await time.run(fetch(new Request(`${BASE}/items`)));
    expect(response.status).toBe(429);
    expect(server.received).toHaveLength(3);
    expect(retryDelays()).toEqual([1000, 1000]);
    expect(
      events.flatMap((event) => (event.type === 'request-retry' ? [event.attempt] : [])),
    ).toEqual([1, 2]);
  });
});
