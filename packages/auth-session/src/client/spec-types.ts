// The types a generated factory declares `paginate` with. Its init parameter is openapi-fetch's
// `MaybeOptionalInit`, spelled by the generated file (the client package depends on
// openapi-fetch; auth-session depends on nothing).
import type { ItemOf, OkBody } from './paginate.js';

/** The paths of `Paths` that `Table` (the generated `pagination`) says page. */
export type PagedPath<Paths, Table> = keyof Table & keyof Paths;

/** The body of a paged path's GET 200 response. */
export type PageData<Paths, P extends keyof Paths> = OkBody<
  Paths[P] extends { get: infer Get } ? Get : never
>;

/** An item of a paged path's pages: of the array its `x-pagination` `items` names. */
export type PageItem<Paths, Table, P extends keyof Paths & keyof Table> = ItemOf<
  PageData<Paths, P>,
  Table[P] extends { readonly items: infer Key } ? Key : never
>;
