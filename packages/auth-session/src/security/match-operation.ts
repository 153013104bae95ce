import type { ApiSecurityDescription, OperationSecurity, SecurityRequirement } from './types.js';

interface CompiledOperation {
  readonly method: string;
  readonly pattern: RegExp;
  readonly literalLength: number;
  readonly operation: OperationSecurity;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The template is matched as a suffix of the URL path so that a base URL with a path prefix
// (https://host/api) and a per-request baseUrl both still find their operation.
function compile(operation: OperationSecurity): CompiledOperation {
  const parts = operation.path.split(/\{[^}/]+\}/);
  const pattern = new RegExp(`${parts.map(escapeRegExp).join('[^/]+')}/?$`);
  return {
    method: operation.method.toUpperCase(),
    pattern,
    literalLength: parts.join('').length,
    operation,
  };
}

/**
 * Returns a function that answers, for an outgoing request, which security requirement the spec
 * puts on it. Literal templates win over parameterised ones (`/calls/search` before `/calls/{id}`).
 */
export function createSecurityResolver(api: ApiSecurityDescription) {
  const compiled = Object.values(api.operations)
    .map(compile)
    .sort((a, b) => b.literalLength - a.literalLength);
  return (method: string, url: string): readonly SecurityRequirement[] => {
    const { pathname } = new URL(url);
    const upper = method.toUpperCase();
    for (const entry of compiled) {
      if (entry.method === upper && entry.pattern.test(pathname)) return entry.operation.security;
    }
    return api.security;
  };
}
