// `paginate` through the Blips client as a user calls it: cursor pages from a fake.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type components, createBlipsClient, ResponseError } from '../src/index.js';

const options = {
  clientId: 'client-id',
  clientSecret: 'client-secret',
  baseUrl: 'https://public-test.blips.network',
};

/** Serves GET /customers in cursor pages of `limit` over `total`; `fail` answers that cursor 503. */
function customers(total: number, fail?: string) {
  const asked: { cursor: string | null; limit: string | null }[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    const cursor = url.searchParams.get('cursor');
    const limit = Number(url.searchParams.get('limit') ?? 20);
    asked.push({ cursor, limit: url.searchParams.get('limit') });
    if (cursor !== null && cursor === fail) {
      return Response.json({ status: 503, code: 'UNAVAILABLE', message: 'later' }, { status: 503 });
    }
    const start = cursor ? Number(cursor.slice(2)) : 0;
    const data = Array.from({ length: Math.min(limit, total - start) }, (_, i) => ({
      id: `Customer:${start + i + 1}`,
    }));
    const hasMore = start + limit < total;
    return Response.json({
      data,
      hasMore,
      ...(hasMore ? { nextCursor: `c-${start + limit}` } : {}),
    });
  };
  return { asked, fetch: fetch as typeof globalThis.fetch };
}

describe('Blips paginate (cursor style)', () => {
  it('follows nextCursor across pages until hasMore is false', async () => {
    const { asked, fetch } = customers(7);
    const blips = createBlipsClient({ ...options, fetch });
    const ids: string[] = [];
    for await (const customer of blips.paginate('/customers', {
      params: { query: { limit: 3 } },
    })) {
      expectTypeOf(customer).toEqualTypeOf<components['schemas']['Customer']>();
      ids.push(customer.id as string);
    }
    expect(ids).toHaveLength(7);
    expect(ids.at(-1)).toBe('Customer:7');
    expect(asked).toEqual([
      { cursor: null, limit: '3' },
      { cursor: 'c-3', limit: '3' },
      { cursor: 'c-6', limit: '3' },
    ]);
  });

  it('a break after the first page sends no further request', async () => {
    const { asked, fetch } = customers(100);
    const blips = createBlipsClient({ ...options, fetch });
    for await (const _ of blips.paginate('/customers', { params: { query: { limit: 10 } } })) break;
    expect(asked).toHaveLength(1);
  });

  it('.pages() yields each page with its response', async () => {
    const { fetch } = customers(5);
    const blips = createBlipsClient({ ...options, fetch });
    const sizes: number[] = [];
    for await (const { data, response } of blips
      .paginate('/customers', { params: { query: { limit: 2 } } })
      .pages()) {
      expect(response.ok).toBe(true);
      sizes.push(data.data.length);
    }
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('an error response mid-way rejects with ResponseError, after the pages before it', async () => {
    const { fetch } = customers(30, 'c-10');
    const blips = createBlipsClient({ ...options, fetch, maxRetries: 0 });
    let seen = 0;
    const error = await (async () => {
      for await (const _ of blips.paginate('/customers', { params: { query: { limit: 10 } } }))
        seen++;
    })().catch((caught: unknown) => caught);
    expect(seen).toBe(10);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ name: 'ResponseError', status: 503 });
    expect((error as ResponseError).error).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('stops when a server hands back the cursor it was given', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls++;
      return Response.json({ data: [{ id: 'Customer:1' }], hasMore: true, nextCursor: 'same' });
    }) as typeof globalThis.fetch;
    const blips = createBlipsClient({ ...options, fetch });
    let items = 0;
    for await (const _ of blips.paginate('/customers')) items++;
    expect(calls).toBe(2);
    expect(items).toBe(2);
  });
});
