import type { Credential } from './credential.js';
import type { ApiSecurityDescription } from './types.js';

/** The path of a serialized URL (a Request's `url`), without parsing it again. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/**
 * Returns a function that answers, for an outgoing request, which credentials the spec's security
 * requirement for it asks for: those of the first alternative the client can satisfy, in the
 * spec's order. An empty list or an empty alternative means "no credentials". When nothing can be
 * satisfied the request goes out bare and the API's 401 reaches the caller, as it would without
 * this client.
 *
 * The generator has ranked the routes (literal templates first) and left out those that take the
 * top-level requirement, the answer when no route matches: most requests test nothing. A template
 * matches as a suffix of the path, so that a base URL with a path prefix (https://host/api) and a
 * per-request baseUrl both still find their operation.
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
  const fallback = chosen[0] ?? [];
  const table = routes.map(
    ([method, path, index]) =>
      [
        method,
        // Escaped first: a parameter's braces (and name) are then still there to be replaced.
        RegExp(`${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}/?$`),
        chosen[index] ?? [],
      ] as const,
  );
  return ({ method, url }: Request): readonly Credential[] => {
    if (!table.length) return fallback;
    const path = pathOf(url);
    for (const [routeMethod, pattern, credentialsOf] of table) {
      if (routeMethod === method && pattern.test(path)) return credentialsOf;
    }
    return fallback;
  };
}
