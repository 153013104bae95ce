import { describe, expect, it } from 'vitest';
import { createHashrailsClient, type Middleware } from '../src/index.js';

describe('re-exported openapi-fetch types', () => {
  it('a Middleware typed from the package sees the authenticated request', async () => {
    const seen: string[] = [];
    const logging: Middleware = {
      onResponse({ request, response }) {
        seen.push(`${request.method} ${new URL(request.url).pathname} ${response.status}`);
      },
    };
    const client = createHashrailsClient({
      getToken: async () => 'tok-1',
      fetch: (async () => Response.json({ success: true, data: [] })) as typeof fetch,
    });
    client.use(logging);
    await client.GET('/v1/transactions');
    expect(seen).toEqual(['GET /v1/transactions 200']);
  });
});
