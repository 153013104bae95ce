import type { Credential } from './credential.js';
import type { ApiSecurityDescription } from './types.js';

const PARAMETERS = /\{[^}/]+\}/g;

/** The path of a serialized URL (a Request's `url`), without parsing it again. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  let end = url.length;
  const query = url.indexOf('?', start);
  if (query >= 0) end = query;
  const hash = url.indexOf('#', start);
  if (hash >= 0 && hash < end) end = hash;
  return url.slice(start, end);
}

const firstMatch = <R extends { readonly pattern: RegExp }>(
  routes: readonly R[] | undefined,
  path: string,
) => routes?.find((route) => route.pattern.test(path));

/**
 * Returns a function that answers, for an outgoing request, which credentials the spec's security
 * requirement for it asks for: those of the first alternative the client can satisfy, in the
 * spec's order. An empty list or an empty alternative means "no credentials". When nothing can be
 * satisfied the request goes out bare and the API's 401 reaches the caller, as it would without
 * this client. Literal templates win over parameterised ones (`/calls/search` before `/calls/{id}`).
 *
 * Everything is decided here, once: the credentials of each requirement, and the routes indexed by
 * method and last path segment, so that a request tests one or two templates, not every one.
 */
export function credentialResolver(
  { security, routes }: ApiSecurityDescription,
  credentials: Readonly<Record<string, Credential | undefined>>,
) {
  const chosen = security.map(
    (requirement) =>
      (requirement
        .map((alternative) => alternative.map((scheme) => credentials[scheme]))
        .find((alternative) => alternative.every(Boolean)) ?? []) as readonly Credential[],
  );
  // Matched against the pathname, the template as a suffix of the path, so that a base URL with
  // a path prefix (https://host/api) and a per-request baseUrl both still find their operation.
  const ranked = routes
    .map(([method, path, index]) => {
      // Escaped first: a parameter's braces (and name) are then still there to be replaced.
      const template = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(PARAMETERS, '[^/]+');
      const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
      return {
        literal: path.replace(PARAMETERS, '').length,
        pattern: RegExp(`${template}/?$`),
        key: `${method} ${/\{[^}/]+\}/.test(last) ? '*' : last}`,
        index,
      };
    })
    .sort((a, b) => b.literal - a.literal)
    .map((route, rank) => ({ ...route, rank }));
  const byKey = new Map<string, typeof ranked>();
  for (const route of ranked) {
    const list = byKey.get(route.key) ?? [];
    list.push(route);
    byKey.set(route.key, list);
  }
  const fallback = chosen[0] ?? [];

  return ({ method, url }: Request): readonly Credential[] => {
    const path = pathOf(url);
    const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
    const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    // Each list is in rank order: its first match is its best, and the lower rank of the two
    // wins; a templated list ranked wholly below a literal match is not even tested.
    const literal = firstMatch(byKey.get(`${method} ${last}`), path);
    const templates = byKey.get(`${method} *`);
    const templated =
      literal && (templates?.[0]?.rank ?? Number.POSITIVE_INFINITY) > literal.rank
        ? undefined
        : firstMatch(templates, path);
    const best =
      literal && templated
        ? literal.rank < templated.rank
          ? literal
          : templated
        : (literal ?? templated);
    return best ? (chosen[best.index] ?? []) : fallback;
  };
}
