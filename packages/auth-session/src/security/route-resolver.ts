import type { Credential } from './credential.js';
import type { ApiSecurityDescription } from './types.js';

/** The path of a serialized URL (a Request's `url`), without parsing it again. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  let end = url.indexOf('?', start);
  if (end < 0) end = url.length;
  const hash = url.indexOf('#', start);
  return url.slice(start, hash >= 0 && hash < end ? hash : end);
}

/** What the spec asks of a request: its credentials, and the idempotency header it takes. */
export interface RouteNeeds {
  readonly credentials: readonly Credential[];
  readonly idempotencyHeader?: string;
}

/**
 * Returns a function that answers, for an outgoing request, what its operation asks for: the
 * credentials of its security requirement (those of the first alternative the client can
 * satisfy, in the spec's order) and its idempotency header. An empty list or an empty alternative means "no credentials". When nothing can be
 * satisfied the request goes out bare and the API's 401 reaches the caller, as it would without
 * this client.
 *
 * The generator has ranked the routes (literal templates first) and left out those that take the
 * top-level requirement, the answer when no route matches: most requests test nothing. A template
 * matches as a suffix of the path, so that a base URL with a path prefix (https://host/api) and a
 * per-request baseUrl both still find their operation.
 */
export function routeResolver(
  { security, routes }: ApiSecurityDescription,
  credentials: Readonly<Record<string, Credential | undefined>>,
) {
  const chosen = security.map(
    (requirement) =>
      (requirement
        .map((alternative) => alternative.map((scheme) => credentials[scheme]))
        .find((alternative) => alternative.every(Boolean)) ?? []) as readonly Credential[],
  );
  const fallback: RouteNeeds = { credentials: chosen[0] ?? [] };
  // By method: most requests are of a method no route names, and test nothing at all.
  const byMethod = new Map<string, [RegExp, RouteNeeds][]>();
  for (const [method, path, index, idempotencyHeader] of routes) {
    const list = byMethod.get(method) ?? [];
    list.push([
      // Escaped first: a parameter's braces (and name) are then still there to be replaced.
      RegExp(`${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}/?$`),
      { credentials: chosen[index] ?? [], idempotencyHeader },
    ]);
    byMethod.set(method, list);
  }
  return ({ method, url }: Request): RouteNeeds => {
    const list = byMethod.get(method);
    if (list) {
      const path = pathOf(url);
      for (const [pattern, needs] of list) if (pattern.test(path)) return needs;
    }
    return fallback;
  };
}
