import { createRequire } from 'node:module';
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type ts from 'typescript';
import type { ApiDescription } from './describe-api.js';
import { header } from './header.js';
import { withOptionalIdempotencyKeys } from './idempotency.js';
import type { LoadedSpec } from './load-spec.js';

// openapi-typescript's CommonJS build (the same code as its ESM one) and TypeScript, through
// `require`: an ESM import of a CommonJS module scans its whole source for export names
// (TypeScript's is 9 MB), and under tsx (the tests) sends every module through its hooks thread.
// This module then loads in ~0.45 s instead of ~0.9 s.
const require = createRequire(import.meta.url);
const { astToString, resolveRef, scanDiscriminators, transformSchema } =
  require('openapi-typescript') as typeof import('openapi-typescript');
const {
  factory,
  isArrayLiteralExpression,
  isIdentifier,
  isNumericLiteral,
  isPrefixUnaryExpression,
  isStringLiteral,
  isTypeAliasDeclaration,
  isVariableStatement,
  SyntaxKind,
} = require('typescript') as typeof ts;

/** `schema.ts`: the spec's types, by openapi-typescript. */
export async function renderSchema(spec: LoadedSpec, specName: string): Promise<string> {
  // A deep copy (openapi-typescript annotates the object it is given), with idempotency keys
  // optional: the client sends one when the caller does not.
  const document = withOptionalIdempotencyKeys(spec.document) as unknown as OpenAPI3;
  const options = {
    silent: true,
    enumValues: true,
    // A default is what the server assumes when a field is left out: the field stays optional.
    // (openapi-typescript's default makes it required wherever a schema is not inline in a
    // request body, so a shared schema sent as a body would demand every defaulted field.)
    defaultNonNullable: false,
    // An object schema that declares no properties admits any (JSON Schema's meaning), not none:
    // an allOf member that only lists `required` (Asana's create bodies) must not intersect the
    // body with `Record<string, never>`, which no value satisfies.
    emptyObjectsUnknown: true,
  } satisfies OpenAPITSOptions;
  // openapi-typescript's own entry point first lints and bundles the document with Redocly: two
  // thirds of its time on a large spec, and nothing left to do here. `loadSpec` has bundled the
  // external $refs and checked every internal one, `describeApi` refuses a repeated operationId
  // (the one lint rule it made an error), and the others are warnings it prints only when not
  // silent. So the document goes straight to its transform, with the context its entry point
  // would build from these options (the rest at their defaults).
  const nodes = transformSchema(document, {
    ...TRANSFORM_DEFAULTS,
    ...options,
    discriminators: scanDiscriminators(document, options),
    redoc: await redoclyConfig(),
    injectFooter: [],
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
  });
  return `${header(specName)}\n${astToString(fixEnumValues(nodes))}`;
}

// openapi-typescript's defaults for the options not set above (its `openapiTS` sets the same).
const TRANSFORM_DEFAULTS = {
  additionalProperties: false,
  alphabetize: false,
  arrayLength: false,
  enum: false,
  conditionalEnums: false,
  dedupeEnums: false,
  excludeDeprecated: false,
  exportType: false,
  immutable: false,
  rootTypes: false,
  rootTypesNoSchemaPrefix: false,
  rootTypesKeepCasing: false,
  pathParamsAsTypes: false,
  postTransform: undefined,
  propertiesRequiredByDefault: false,
  inject: undefined,
  transform: undefined,
  transformProperty: undefined,
  makePathsEnum: false,
  generatePathParams: false,
  readWriteMarkers: false,
} as const;

// The context carries a Redocly config that no transform reads; made once for the process.
let redocly: Promise<GlobalContext['redoc']> | undefined;
const redoclyConfig = () => {
  redocly ??= (
    require('@redocly/openapi-core') as typeof import('@redocly/openapi-core')
  ).createConfig({});
  return redocly;
};

const enumLiteral = (value: unknown): ts.TypeNode =>
  factory.createLiteralTypeNode(
    typeof value === 'number'
      ? value < 0
        ? factory.createPrefixUnaryExpression(
            SyntaxKind.MinusToken,
            factory.createNumericLiteral(-value),
          )
        : factory.createNumericLiteral(value)
      : factory.createStringLiteral(String(value)),
  );

/**
 * openapi-typescript's `enumValues` arrays (`export const fooValues`), made to compile on any
 * spec: each is typed `readonly (union of its own values)[]` (its type indexed into the schema resolves
 * to `never`, or fails, under nullable parents, array items or unions), and a name that two
 * enums map to (`Foo.bar` and `FooBar` both give `fooBarValues`) is declared once: a second
 * enum with other values takes a numeric suffix.
 */
export function fixEnumValues(nodes: readonly ts.Node[]): ts.Node[] {
  const seen = new Map<string, string>();
  const out: ts.Node[] = [];
  for (const node of nodes) {
    const declaration = isVariableStatement(node)
      ? node.declarationList.declarations[0]
      : undefined;
    const name = declaration && isIdentifier(declaration.name) ? declaration.name.text : undefined;
    const initializer = declaration?.initializer;
    if (!declaration || !name?.endsWith('Values') || !initializer) {
      out.push(node);
      continue;
    }
    if (!isArrayLiteralExpression(initializer)) {
      out.push(node);
      continue;
    }
    const values = initializer.elements.map((element) =>
      isStringLiteral(element)
        ? element.text
        : isNumericLiteral(element)
          ? Number(element.text)
          : isPrefixUnaryExpression(element) && isNumericLiteral(element.operand)
            ? -Number(element.operand.text)
            : undefined,
    );
    const key = JSON.stringify(values);
    let unique = name;
    for (let n = 2; seen.has(unique) && seen.get(unique) !== key; n++) unique = `${name}${n}`;
    if (seen.get(unique) === key) continue; // the same enum, reached twice
    seen.set(unique, key);
    const members =
      values.length > 0
        ? factory.createParenthesizedType(factory.createUnionTypeNode(values.map(enumLiteral)))
        : factory.createKeywordTypeNode(SyntaxKind.NeverKeyword);
    const type = factory.createTypeOperatorNode(
      SyntaxKind.ReadonlyKeyword,
      factory.createArrayTypeNode(members),
    );
    out.push(
      factory.updateVariableStatement(
        node as ts.VariableStatement,
        (node as ts.VariableStatement).modifiers,
        factory.updateVariableDeclarationList((node as ts.VariableStatement).declarationList, [
          factory.updateVariableDeclaration(
            declaration,
            factory.createIdentifier(unique),
            declaration.exclamationToken,
            type,
            initializer,
          ),
        ]),
      ),
    );
  }
  // The helper types the original annotations used, now unused (its `ReadonlyArray` shadows the
  // global one, and maps `never` to `never`).
  return out.filter(
    (node) =>
      !(
        isTypeAliasDeclaration(node) &&
        ['FlattenedDeepRequired', 'ReadonlyArray'].includes(node.name.text)
      ),
  );
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
    "/** How the spec's token operation turns credentials into a token (its `x-token-exchange`). */",
    `export const tokenExchange = ${api.tokenExchange ? `${literal(api.tokenExchange)} as const` : 'undefined'};`,
    '',
  ].join('\n');
}
