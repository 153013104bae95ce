import openapiTS, { astToString } from 'openapi-typescript';
import type { ApiDescription } from './describe-api.js';
import type { LoadedSpec } from './load-spec.js';

export const header = (specFile: string) =>
  `// generated from ${specFile} — do not edit. Run \`pnpm generate\` to update.\n`;

/** `schema.ts`: the spec's types, by openapi-typescript. */
export async function renderSchema(spec: LoadedSpec, specName: string): Promise<string> {
  // A deep copy: openapi-typescript annotates the object it is given.
  const ast = await openapiTS(structuredClone(spec.document) as never, {
    silent: true,
    enumValues: true,
  });
  return `${header(specName)}\n${astToString(ast)}`;
}

const literal = (value: unknown) => JSON.stringify(value, null, 2);

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
    `export const api = ${literal({ security: api.security, operations: api.operations })} as const;`,
    '',
  ].join('\n');
}
