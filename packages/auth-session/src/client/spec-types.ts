// The types a generated factory declares its client with. Type-only: openapi-fetch's types are
// those of the client package that uses them (every one depends on openapi-fetch).
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { ItemOf, OkBody, Paged } from './paginate.js';

/** The paths of `Paths` that `Table` (the generated `pagination`) says page. */
export type PagedPath<Paths, Table> = keyof Table & keyof Paths;

/** The body of a paged path's GET 200 response. */
export type PageData<Paths, P extends keyof Paths> = OkBody<
  Paths[P] extends { get: infer Get } ? Get : never
>;

/**
 * `client.paginate(path, init?)`: every item of a paginated GET, page after page as the loop
 * asks for them; `.pages()` for whole pages with their responses. Typed by the spec: only paths
 * with `x-pagination`, the GET's own parameters, items of the array its `items` names.
 */
export type SpecPaginate<Paths, Table> = <P extends PagedPath<Paths, Table>>(
  path: P,
  init?: MaybeOptionalInit<Paths[P], 'get' & keyof Paths[P]>,
) => Paged<
  ItemOf<PageData<Paths, P>, Table[P] extends { readonly items: infer Key } ? Key : never>,
  PageData<Paths, P>
>;
