// `paginate` through the Volubile client as a user calls it, against a fake that serves pages.
import { ResponseError } from '@apiclients/auth-session/kit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type components, createVolubileClient } from '../src/index.js';

const apiKey = 'vk_live_0123456789abcdef';

/** Serves GET /v1/calls in pages of `size` over `total` calls; `fail` answers that page 500. */
function calls(total: number, fail?: number) {
  const asked: { page: string | null; size: string | null }[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('size') ?? 20);
    asked.push({ page: url.searchParams.get('page'), size: url.searchParams.get('size') });
    if (page === fail) {
      return Response.json(
        { status: 500, error: 'INTERNAL', message: 'boom' },
        { status: 500, headers: { 'x-request-id': 'req-42' } },
      );
    }
    const ids = Array.from({ length: total }, (_, i) => `call-${i + 1}`);
    const content = ids.slice((page - 1) * size, page * size).map((id) => ({ id }));
    return Response.json({ content, page, size, totalPages: Math.ceil(total / size) });
  };
  return { asked, fetch: fetch as typeof globalThis.fetch };
}

describe('Volubile paginate (page style)', () => {
  it('yields every item across pages, asking for each page in turn', async () => {
    const { asked, fetch } = calls(7);
    const volubile = createVolubileClient({ apiKey, fetch });
    const ids: string[] = [];
    for await (const call of volubile.paginate('/v1/calls', { params: { query: { size: 3 } } })) {
      expectTypeOf(call).toEqualTypeOf<components['schemas']['Call']>();
      ids.push(call.id as string);
    }
    expect(ids).toEqual(['call-1', 'call-2', 'call-3', 'call-4', 'call-5', 'call-6', 'call-7']);
    expect(asked).toEqual([
      { page: '1', size: '3' },
      { page: '2', size: '3' },
      { page: '3', size: '3' },
    ]);
  });

  it('a break after the first page sends no further request', async () => {
    const { asked, fetch } = calls(50);
    const volubile = createVolubileClient({ apiKey, fetch });
    for await (const call of volubile.paginate('/v1/calls', { params: { query: { size: 10 } } })) {
      expect(call.id).toBe('call-1');
      break;
    }
    expect(asked).toHaveLength(1);
  });

  it('.pages() yields each page with its response', async () => {
    const { fetch } = calls(5);
    const volubile = createVolubileClient({ apiKey, fetch });
    const seen: number[] = [];
    for await (const { data, response } of volubile
      .paginate('/v1/calls', { params: { query: { size: 2 } } })
      .pages()) {
      expect(response.status).toBe(200);
      seen.push(data.content?.length ?? 0);
    }
    expect(seen).toEqual([2, 2, 1]);
  });

  it('starts from the page the caller gives', async () => {
    const { asked, fetch } = calls(6);
    const volubile = createVolubileClient({ apiKey, fetch });
    const ids: string[] = [];
    for await (const call of volubile.paginate('/v1/calls', {
      params: { query: { size: 2, page: 2 } },
    })) {
      ids.push(call.id as string);
    }
    expect(ids).toEqual(['call-3', 'call-4', 'call-5', 'call-6']);
    expect(asked.map((a) => a.page)).toEqual(['2', '3']);
  });

  it('an error response rejects with a typed ResponseError: status, request id, body', async () => {
    const { fetch } = calls(30, 2);
    const volubile = createVolubileClient({ apiKey, fetch, maxRetries: 0 });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const call of volubile.paginate('/v1/calls', { params: { query: { size: 10 } } }))
        ids.push(call.id as string);
    })().catch((caught: unknown) => caught);
    expect(ids).toHaveLength(10);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({
      name: 'ResponseError',
      status: 500,
      requestId: 'req-42',
      message: 'GET /v1/calls: HTTP 500 (request id req-42)',
    });
    expect((error as ResponseError).error).toEqual({
      status: 500,
      error: 'INTERNAL',
      message: 'boom',
    });
    expect((error as ResponseError).response.status).toBe(500);
  });

  it('an operation without x-pagination is refused at the call', () => {
    const volubile = createVolubileClient({ apiKey, fetch: calls(1).fetch });
    expect(() => volubile.paginate('/v1/agents' as never)).toThrow(
      'paginate: /v1/agents declares no pagination (x-pagination)',
    );
  });

  it('a client derived by withOptions pages too, and keeps the session', async () => {
    const { fetch } = calls(4);
    const volubile = createVolubileClient({
      apiKey,
      scopes: ['calls:read'],
      fetch: (async (request: Request) =>
        request.url.endsWith('/v1/auth/token')
          ? Response.json({ token: 'jwt-1', expiresIn: 900, tokenType: 'Bearer' })
          : fetch(request)) as typeof globalThis.fetch,
    });
    const derived = volubile.withOptions({ timeoutMs: 5_000 });
    expect(derived.session).toBe(volubile.session);
    const ids: string[] = [];
    for await (const call of derived.paginate('/v1/calls', { params: { query: { size: 3 } } }))
      ids.push(call.id as string);
    expect(ids).toHaveLength(4);
  });
});
