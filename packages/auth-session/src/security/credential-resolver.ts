import type { Credential } from './credential.js';
import type { ApiSecurityDescription } from './types.js';

const PARAMETERS = /\{[^}/]+\}/g;

/**
 * Returns a function that answers, for an outgoing request, which credentials the spec's security
 * requirement for it asks for: those of the first alternative the client can satisfy, in the
 * spec's order. An empty list or an empty alternative means "no credentials". When nothing can be
 * satisfied the request goes out bare and the API's 401 reaches the caller, as it would without
 * this client. Literal templates win over parameterised ones (`/calls/search` before `/calls/{id}`).
 */
export function credentialResolver(
  { security, routes }: ApiSecurityDescription,
  credentials: Readonly<Record<string, Credential | undefined>>,
) {
  // Matched against "METHOD pathname", the template as a suffix of the path, so that a base URL
  // with a path prefix (https://host/api) and a per-request baseUrl both still find their operation.
  const patterns = routes
    .map(([method, path, index]) => {
      // Escaped first: a parameter's braces (and name) are then still there to be replaced.
      const template = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(PARAMETERS, '[^/]+');
      return [
        path.replace(PARAMETERS, '').length,
        RegExp(`^${method} .*${template}/?$`),
        index,
      ] as const;
    })
    .sort((a, b) => b[0] - a[0]);
  return ({ method, url }: Request) => {
    const request = `${method.toUpperCase()} ${new URL(url).pathname}`;
    const requirement = security[patterns.find(([, pattern]) => pattern.test(request))?.[2] ?? 0];
    return (requirement
      ?.map((alternative) => alternative.map((scheme) => credentials[scheme]))
      .find((chosen) => chosen.every(Boolean)) ?? []) as Credential[];
  };
}
