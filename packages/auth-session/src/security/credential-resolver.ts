import type { Credential } from './credential.js';
import type { ApiSecurityDescription, SecurityRequirement } from './types.js';

type Credentials = Readonly<Record<string, Credential | undefined>>;
type Route = readonly [
  literalLength: number,
  pattern: RegExp,
  security: readonly SecurityRequirement[],
];

const PARAMETERS = /\{[^}/]+\}/g;

/**
 * The first alternative the client can satisfy, in the spec's order. An empty list or an empty
 * alternative means "no credentials". When nothing can be satisfied the request goes out bare
 * and the API's 401 reaches the caller, as it would without this client.
 */
const choose = (requirements: readonly SecurityRequirement[], credentials: Credentials) =>
  (requirements
    .map((alternative) => Object.keys(alternative).map((scheme) => credentials[scheme]))
    .find((chosen) => chosen.every(Boolean)) ?? []) as Credential[];

/**
 * Returns a function that answers, for an outgoing request, which credentials the spec's security
 * requirement for it asks for. Literal templates win over parameterised ones (`/calls/search`
 * before `/calls/{id}`).
 */
export function credentialResolver(api: ApiSecurityDescription, credentials: Credentials) {
  // Matched against "METHOD pathname", the template as a suffix of the path, so that a base URL
  // with a path prefix (https://host/api) and a per-request baseUrl both still find their operation.
  const routes = Object.values(api.operations)
    .map(({ method, path, security }): Route => {
      // Escaped first: a parameter's braces (and name) are then still there to be replaced.
      const template = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(PARAMETERS, '[^/]+');
      const literalLength = path.replace(PARAMETERS, '').length;
      return [literalLength, RegExp(`^${method.toUpperCase()} .*${template}/?$`), security];
    })
    .sort((a, b) => b[0] - a[0]);
  return ({ method, url }: Request) => {
    const request = `${method.toUpperCase()} ${new URL(url).pathname}`;
    return choose(
      routes.find(([, pattern]) => pattern.test(request))?.[2] ?? api.security,
      credentials,
    );
  };
}
