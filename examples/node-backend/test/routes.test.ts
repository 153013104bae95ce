// The backend's own behaviour, with no provider behind it: the tours through Prism live in
// scripts/test/demo.test.ts and examples/browser-frontend/test/browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../src/backend.js';

let backend: RunningBackend;
beforeAll(async () => {
  backend = await startBackend({ env: {} });
});
afterAll(() => backend.stop());

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${backend.url}${path}`, init);
  return { status: response.status, body: await response.json() };
};

describe('the example backend with no provider configured', () => {
  it('listens on loopback', () => {
    expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('tells the page to use Volubile’s default server', async () => {
    expect(await get('/api/config')).toEqual({ status: 200, body: { volubileBaseUrl: null } });
  });

  it('answers 503 naming the variables a route needs', async () => {
    expect(await get('/api/volubile-token')).toEqual({
      status: 503,
      body: { error: 'Volubile is not configured: set VOLUBILE_API_KEY' },
    });
    expect((await get('/api/transactions')).body.error).toContain('HASHRAILS_CLIENT_SECRET');
    expect((await get('/api/blips/tokens', { method: 'POST' })).body.error).toContain(
      'BLIPS_BASE_URL',
    );
  });

  it('answers 404 for an unknown route and 400 for a bad filter', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await get('/api/transactions?status=lost')).status).toBe(400);
  });

  it('counts nothing until a client has sent something', async () => {
    const { body } = await get('/api/stats');
    expect(body).toEqual({
      hashrails: { requests: [], events: {} },
      volubile: { requests: [], events: {} },
      blips: { requests: [], events: {} },
    });
  });
});
