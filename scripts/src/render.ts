import openapiTS, { astToString } from 'openapi-typescript';
import type { ApiDescription } from './describe-api.js';
import { withOptionalIdempotencyKeys } from './idempotency.js';
import type { LoadedSpec } from './load-spec.js';

export const header = (specFile: string) =>
  `// generated from ${specFile} — do not edit. Run \`pnpm generate\` to update.\n`;

/** `schema.ts`: the spec's types, by openapi-typescript. */
export async function renderSchema(spec: LoadedSpec, specName: string): Promise<string> {
  // A deep copy (openapi-typescript annotates the object it is given), with idempotency keys
  // optional: the client sends one when the caller does not.
  const ast = await openapiTS(withOptionalIdempotencyKeys(spec.document) as never, {
    silent: true,
    enumValues: true,
  });
  return `${header(specName)}\n${astToString(ast)}`;
}

const literal = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The runtime's table: the distinct security requirements (the spec's top-level one first), each
 * a list of alternatives naming the schemes that must all be satisfied, and per operation its
 * method, path template and the index of its requirement. Plain data, in the spec's order.
 */
function securityTable(api: ApiDescription) {
  const security: string[][][] = [];
  const indexOf = (requirement: ApiDescription['security']) => {
    const alternatives = requirement.map((alternative) => Object.keys(alternative));
    const key = JSON.stringify(alternatives);
    let index = security.findIndex((known) => JSON.stringify(known) === key);
    if (index < 0) index = security.push(alternatives) - 1;
    return index;
  };
  indexOf(api.security);
  const all = Object.values(api.operations).map(({ method, path, security, idempotencyHeader }) =>
    idempotencyHeader
      ? ([method.toUpperCase(), path, indexOf(security), idempotencyHeader] as const)
      : ([method.toUpperCase(), path, indexOf(security)] as const),
  );
  return { security, routes: rankRoutes(all) };
}

const PARAMETER = /\{[^}/]+\}/g;

/** What the runtime matches a route's template with: a suffix of the path, any value per parameter. */
export const routePattern = (path: string) =>
  RegExp(`${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(PARAMETER, '[^/]+')}/?$`);

type Route = readonly [method: string, path: string, security: number, idempotencyHeader?: string];

// What the runtime's answer for a request no route matches cannot say: another requirement than
// the top-level one, or an idempotency header.
const special = (route: Route) => route[2] !== 0 || route[3] !== undefined;

/**
 * The routes the runtime scans, in the order it scans them: literal templates before
 * parameterised ones (`/calls/search` before `/calls/{id}`), and only those it needs. A route
 * that takes the top-level requirement (index 0, the runtime's answer when nothing matches) and
 * no idempotency header is left out, unless a special route after it would match its paths.
 */
export function rankRoutes(routes: readonly Route[]): Route[] {
  const ranked = [...routes].sort(
    (a, b) => b[1].replace(PARAMETER, '').length - a[1].replace(PARAMETER, '').length,
  );
  return ranked.filter((route, rank) => {
    if (special(route)) return true;
    const sample = route[1].replace(PARAMETER, 'x');
    return ranked
      .slice(rank + 1)
      .some(
        (later) => later[0] === route[0] && special(later) && routePattern(later[1]).test(sample),
      );
  });
}

function paginationTable(api: ApiDescription) {
  const table: Record<string, unknown> = {};
  for (const { path, pagination } of Object.values(api.operations)) {
    if (pagination) table[path] = pagination;
  }
  return table;
}

// One route per line: the table stays readable and small.
const table = ({ security, routes }: ReturnType<typeof securityTable>) =>
  [
    '{',
    `  "security": ${JSON.stringify(security)},`,
    routes.length
      ? ['  "routes": [', routes.map((route) => `    ${JSON.stringify(route)}`).join(',\n'), '  ]']
      : '  "routes": []',
    '}',
  ]
    .flat()
    .join('\n');

/** `operations.ts`: servers, security schemes and each operation's security, as data. */
export function renderOperations(api: ApiDescription, specName: string): string {
  return [
    header(specName),
    '/** The servers of the spec, in its order; `{name}` placeholders take the variable defaults. */',
    `export const servers = ${literal(api.servers)} as const;`,
    '',
    '/** The security schemes of the spec, by name. */',
    `export const securitySchemes = ${literal(api.securitySchemes)} as const;`,
    '',
    '/**',
    " * Each operation's effective security (alternatives in order of preference; `[]` means none) and",
    " * the scopes its `x-scopes` extension asks for. `security` is the spec's top-level requirement.",
    ' */',
    `export const operationSecurity = ${literal({ security: api.security, operations: api.operations })} as const;`,
    '',
    '/**',
    ' * What the authenticated fetch reads: `security` lists the distinct requirements (the first is',
    " * the spec's top-level one), each as alternatives in order of preference, an alternative naming",
    ' * the schemes it needs together (`[]`: none). A route is [METHOD, path, index into `security`,',
    ' * idempotency header if the operation takes one],',
    ' * in the order the runtime tries them; a request no route matches takes the first requirement.',
    ' */',
    `export const api = ${table(securityTable(api))} as const;`,
    '',
    '/** How each paginated GET pages (its `x-pagination`), by path: what `paginate` follows. */',
    `export const pagination = ${literal(paginationTable(api))} as const;`,
    '',
    "/** The spec's `x-rate-limit` (what `rateLimit: true` keeps under), or undefined. */",
    `export const rateLimit: { readonly requests: number; readonly perSeconds: number } | undefined = ${api.rateLimit ? literal(api.rateLimit) : 'undefined'};`,
    '',
  ].join('\n');
}
