import { ResponseError } from '../errors/response-error.js';

/** How an operation pages, as its spec's `x-pagination` says. */
export type Pagination =
  | {
      readonly style: 'page';
      /** The query parameter of the page number. */
      readonly pageParam: string;
      readonly sizeParam?: string;
      /** The number of the first page. Default 1. */
      readonly firstPage?: number;
      /** The response property holding the page's items. */
      readonly items: string;
      /** The response property holding the number of pages, if any. */
      readonly totalPages?: string;
    }
  | {
      readonly style: 'cursor';
      /** The query parameter the cursor goes in. */
      readonly cursorParam: string;
      readonly limitParam?: string;
      readonly items: string;
      /** The response property saying whether more pages follow, if any. */
      readonly hasMore?: string;
      /** The response property holding the next page's cursor. */
      readonly nextCursor: string;
    };

/** The body of an operation's 200 response, whatever its media type. */
export type OkBody<Operation> = Operation extends { responses: { 200: { content: infer C } } }
  ? C[keyof C]
  : never;

/** The element type of the `Key` array property of a page's body. */
export type ItemOf<Data, Key> = Key extends keyof NonNullable<Data>
  ? NonNullable<NonNullable<Data>[Key]> extends readonly (infer Item)[]
    ? Item
    : never
  : never;

export interface Page<Data> {
  readonly data: Data;
  readonly response: Response;
}

/** Every item of every page, fetched one page at a time as the loop asks; `pages()` for pages. */
export interface Paged<Item, Data> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Data>>;
}

type Init = { params?: { query?: Record<string, unknown> } } & Record<string, unknown>;
type Get = (
  path: string,
  init: Init,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * `paginate(path, init?)` over a client's GET, for the operations of `table`. A page is fetched
 * only when the loop asks for it: a `break` sends no further request. An error response ends the
 * loop with a `ResponseError`.
 */
export function paginator(get: Get, table: Readonly<Record<string, Pagination>>) {
  return (path: string, init: Init = {}): Paged<unknown, unknown> => {
    const declared = table[path];
    if (!declared) throw new TypeError(`paginate: ${path} declares no pagination (x-pagination)`);
    const how: Pagination = declared;
    async function* pages() {
      const query = { ...init.params?.query };
      const first = how.style === 'page' ? (how.firstPage ?? 1) : 0;
      let page = how.style === 'page' ? Number(query[how.pageParam] ?? first) : 0;
      for (;;) {
        if (how.style === 'page') query[how.pageParam] = page;
        const { data, error, response } = await get(path, {
          ...init,
          params: { ...init.params, query: { ...query } },
        });
        if (!response.ok) throw new ResponseError(response, error, `GET ${path}`);
        yield { data, response };
        const body = data as Record<string, unknown> | undefined;
        if (!(body?.[how.items] as unknown[] | undefined)?.length) return;
        if (how.style === 'page') {
          const total = how.totalPages && body?.[how.totalPages];
          if (typeof total === 'number' && page - first + 1 >= total) return;
          page++;
        } else {
          const next = body?.[how.nextCursor];
          // A server that hands back the same cursor would have us loop forever.
          if (
            (how.hasMore && body?.[how.hasMore] === false) ||
            next == null ||
            next === '' ||
            next === query[how.cursorParam]
          )
            return;
          query[how.cursorParam] = next;
        }
      }
    }
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const { data } of pages()) {
          yield* ((data as Record<string, unknown>)[how.items] as unknown[]) ?? [];
        }
      },
    };
  };
}

/**
 * What a generated factory passes for a spec that pages: the client's `paginate`, built over its
 * own GET. A factory of a spec that does not page passes nothing, and its bundle has no paging.
 */
export const pagesOf =
  (table: Readonly<Record<string, Pagination>>) =>
  (client: object): ReturnType<typeof paginator> =>
    paginator(
      (path, init) => (client as { GET: (path: string, init: object) => never }).GET(path, init),
      table,
    );
