// What a scaffolded package exports, how its contract test builds a client, and the usage its
// README shows.
//
// INTEGRATION POINT (issue 11, item 3): once the factory is generated (src/generated/client.ts
// exporting `create<Pascal>Client`, by render-factory.ts), `clientSurface` is the one function to
// switch: `index` re-exports the factory from './generated/client.js', `contractSetup` calls it
// with test credentials, `usage` shows it. Until then a scaffolded package exports its spec's
// types and auth-session's errors, and its contract test calls the API through plain
// openapi-fetch with static test credentials for each of the spec's security schemes.
import { isObject, type LoadedSpec } from '../load-spec.js';
import { takeOverHeader } from './ownership.js';

export interface PackageNames {
  /** The folder and spec name, e.g. `petstore`. */
  readonly name: string;
  /** `@apiclients/petstore`. */
  readonly npmName: string;
  /** `Petstore`: the factory is `create<Pascal>Client`. */
  readonly pascal: string;
  /** `specs/petstore.json`. */
  readonly specFile: string;
}

export interface ClientSurface {
  /** src/index.ts */
  readonly index: string;
  /** test/contract.setup.ts */
  readonly contractSetup: string;
  /** The README's usage snippet (TypeScript). */
  readonly usage: string;
}

export const pascalCase = (name: string) =>
  name.replace(/(^|[-_.])(\w)/g, (_, _sep, c: string) => c.toUpperCase());

export function clientSurface(spec: LoadedSpec, names: PackageNames): ClientSurface {
  const head = takeOverHeader(names.specFile);
  const index = [
    head,
    "export { AuthError, RequestError } from '@apiclients/auth-session';",
    "export type { components, operations, paths } from './generated/schema.js';",
    '',
  ].join('\n');
  const credentials = testCredentials(spec);
  const contractSetup = [
    head,
    '// How the generated contract test (contract.gen.test.ts) builds its client: openapi-fetch',
    "// with a test credential for each of the spec's security schemes, which Prism checks are there.",
    "import createClient from 'openapi-fetch';",
    "import type { paths } from '../src/generated/schema.js';",
    '',
    `const headers: Record<string, string> = ${objectLiteral(credentials.headers)};`,
    ...(Object.keys(credentials.query).length > 0
      ? [`const query: Record<string, string> = ${objectLiteral(credentials.query)};`]
      : []),
    '',
    'export const createContractClient = (baseUrl: string) => {',
    '  const client = createClient<paths>({ baseUrl, headers });',
    ...(Object.keys(credentials.query).length > 0
      ? [
          '  client.use({',
          '    onRequest({ request }) {',
          '      const url = new URL(request.url);',
          '      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);',
          '      return new Request(url, request);',
          '    },',
          '  });',
        ]
      : []),
    '  return client;',
    '};',
    '',
  ].join('\n');
  const usage = [
    `import type { paths } from '${names.npmName}';`,
    '',
    `type Operations = keyof paths; // every path of ${names.specFile}`,
  ].join('\n');
  return { index, contractSetup, usage };
}

// Formatted as Biome formats it: these files are linted like any hand-written one.
const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const objectLiteral = (entries: Record<string, string>) => {
  const lines = Object.entries(entries).map(
    ([key, value]) => `  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${quote(value)},`,
  );
  return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n}`;
};

interface Credentials {
  headers: Record<string, string>;
  query: Record<string, string>;
}

// A made-up credential for each scheme, where the scheme says it goes. Prism only checks that one
// is present; no real secret is ever written.
function testCredentials(spec: LoadedSpec): Credentials {
  const found: Credentials = { headers: {}, query: {} };
  const components = spec.document.components;
  const schemes =
    isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  const cookies: string[] = [];
  for (const scheme of Object.values(schemes)) {
    if (!isObject(scheme)) continue;
    const type = String(scheme.type ?? '');
    if (type === 'apiKey' && typeof scheme.name === 'string') {
      if (scheme.in === 'header') found.headers[scheme.name] = 'contract-test-api-key';
      else if (scheme.in === 'query') found.query[scheme.name] = 'contract-test-api-key';
      else if (scheme.in === 'cookie') cookies.push(`${scheme.name}=contract-test-api-key`);
    } else if (type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') {
      found.headers.Authorization ??= `Basic ${btoa('contract-client-id:contract-client-secret')}`;
    } else if (type === 'http' || type === 'oauth2' || type === 'openIdConnect') {
      found.headers.Authorization ??= 'Bearer contract-test-token';
    }
  }
  if (cookies.length > 0) found.headers.Cookie = cookies.join('; ');
  return found;
}
