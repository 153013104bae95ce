// What a scaffolded package exports (its generated factory, the spec's types, the errors), how its
// contract test builds a client (through that factory, as users do) and the usage its README shows.
import { describeApi } from '../describe-api.js';
import { describeWebhooks } from '../describe-webhooks.js';
import type { LoadedSpec } from '../load-spec.js';
import { credentialOptions, defaultServer, hasFrontend, hasSession } from '../render-factory.js';
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
  /** src/frontend.ts, for a spec whose clients can take `getToken` alone (see hasFrontend). */
  readonly frontend?: string;
  /** src/webhooks.ts, for a spec that says how its webhooks are signed. */
  readonly webhooks?: string;
  /** The entries tsup builds (and package.json exports). */
  readonly entries: readonly string[];
  /** test/contract.setup.ts */
  readonly contractSetup: string;
  /** The README's usage snippet (TypeScript). */
  readonly usage: string;
}

export const pascalCase = (name: string) =>
  name.replace(/(^|[-_.])(\w)/g, (_, _sep, c: string) => c.toUpperCase());

export function clientSurface(spec: LoadedSpec, names: PackageNames): ClientSurface {
  const head = takeOverHeader(names.specFile);
  const api = describeApi(spec);
  const { pascal } = names;
  const factory = `create${pascal}Client`;
  const pages = Object.values(api.operations).some((operation) => operation.pagination);
  const exchange = api.tokenExchange;
  const tokens = hasSession(spec, api);
  const scoped = Boolean(exchange?.scopeOption);
  const errors = [
    exportFrom('@apiclients/auth-session', [
      'AuthError',
      'RequestError',
      'type SessionEvent',
      ...(tokens ? ['type TokenStore'] : []),
    ]),
    "// An error response where a call's result cannot carry it (paging).",
    "export { ResponseError } from '@apiclients/auth-session/kit';",
    '// What a user of the client touches, so that no direct openapi-fetch import is needed.',
    'export type {',
    '  FetchOptions,',
    '  FetchResponse,',
    '  Middleware,',
    '  MiddlewareCallbackParams,',
    "} from 'openapi-fetch';",
  ];
  const index = [
    head,
    ...errors,
    exportFrom('./generated/client.js', [
      `type ${pascal}Client`,
      `type ${pascal}ClientOptions`,
      ...(pages ? [`type ${pascal}Paginate`] : []),
      factory,
      ...(scoped
        ? [
            `type Issue${pascal}TokenOptions`,
            `issue${pascal}Token`,
            `type ${pascal}Token`,
            'type Scope',
            'scopes',
          ]
        : []),
    ]),
    "export type { components, operations, paths } from './generated/schema.js';",
    '',
  ].join('\n');
  const frontend = hasFrontend(spec, api)
    ? [
        head,
        `// \`${names.npmName}/frontend\`: the client a browser builds, from a \`getToken\` that asks your`,
        '// backend for a token. Without the secret flows, which a browser can never use: bundlers leave',
        '// them out. The root entry still has all of them.',
        ...errors,
        exportFrom('./generated/client.js', [
          `type ${pascal}Client`,
          ...(scoped ? ['type Scope', 'scopes'] : []),
        ]),
        exportFrom('./generated/frontend.js', [factory, `type ${pascal}FrontendClientOptions`]),
        "export type { components, operations, paths } from './generated/schema.js';",
        '',
      ].join('\n')
    : undefined;
  const webhooks = describeWebhooks(spec)
    ? [
        head,
        `// \`${names.npmName}/webhooks\`: verify a ${pascal} webhook delivery and get its typed body. Its own`,
        '// entry, so that a webhook receiver loads neither the client nor the token lifecycle. The',
        '// signature scheme and the event type are generated from the spec (generated/webhooks.ts).',
        "import { type VerifyWebhookOptions, verifySignedWebhook } from '@apiclients/auth-session/webhooks';",
        "import { type WebhookEvent, webhookSignature } from './generated/webhooks.js';",
        '',
        'export {',
        '  type VerifyWebhookOptions,',
        '  WebhookError,',
        '  type WebhookErrorCode,',
        "} from '@apiclients/auth-session/webhooks';",
        'export type { WebhookEvent };',
        '',
        '/**',
        ` * Verifies a ${pascal} webhook delivery and resolves to its parsed body, or rejects with`,
        ' * `WebhookError` (`MISSING_SIGNATURE`, `INVALID_SIGNATURE`, `MALFORMED_PAYLOAD`). Pass the raw',
        " * body as received, the request's headers and the webhook secret.",
        ' */',
        'export const verifyWebhook = (options: VerifyWebhookOptions): Promise<WebhookEvent> =>',
        '  verifySignedWebhook<WebhookEvent>(webhookSignature, options);',
        '',
      ].join('\n')
    : undefined;
  const entries = [
    'src/index.ts',
    ...(frontend ? ['src/frontend.ts'] : []),
    ...(webhooks ? ['src/webhooks.ts'] : []),
  ];
  const server = defaultServer(api).url;
  const made = credentialOptions(spec, api, (option) => quote(`contract-${kebab(option)}`));
  const contractSetup = [
    head,
    '// How the generated contract test (contract.gen.test.ts) builds its client: exactly as users',
    "// do, with made-up credentials where the spec's security schemes ask for them (Prism checks",
    '// they are there). No retries: a documented error status is the answer under test.',
    `import { ${factory} } from '../src/index.js';`,
    '',
    'export const createContractClient = (baseUrl: string) =>',
    `  ${factory}(${objectLiteral({ ...made, baseUrl: 'baseUrl', maxRetries: '0' }, '  ')});`,
    '',
  ].join('\n');
  const env = names.name.toUpperCase().replaceAll('-', '_');
  const given = credentialOptions(
    spec,
    api,
    (option) => `process.env.${env}_${kebab(option).toUpperCase().replaceAll('-', '_')} ?? ''`,
  );
  const usage = [
    `import { ${factory} } from '${names.npmName}';`,
    '',
    `const client = ${factory}(${objectLiteral(
      server ? given : { ...given, baseUrl: `process.env.${env}_BASE_URL ?? ''` },
    )});`,
    '',
    `// Every path of ${names.specFile}, typed: client.GET(path, init), client.POST(…) and so on.`,
    'export { client };',
  ].join('\n');
  return { index, frontend, webhooks, entries, contractSetup, usage };
}

// Biome's order of named exports: letter by letter ignoring case, an upper-case letter before
// its lower-case one.
function biomeOrder(a: string, b: string): number {
  const x = a.replace(/^type /, '');
  const y = b.replace(/^type /, '');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string];
    if (p === q) continue;
    const [lp, lq] = [p.toLowerCase(), q.toLowerCase()];
    if (lp !== lq) return lp < lq ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * `export { a, type B } from 'x';` as Biome prints it: sorted, on one line when it fits in 100
 * columns, else one name a line; `export type {…}` when every name is a type.
 */
function exportFrom(from: string, names: readonly string[]): string {
  const allTypes = names.every((name) => name.startsWith('type '));
  const sorted = [...names]
    .sort(biomeOrder)
    .map((name) => (allTypes ? name.replace(/^type /, '') : name));
  const keyword = allTypes ? 'export type' : 'export';
  const line = `${keyword} { ${sorted.join(', ')} } from '${from}';`;
  if (line.length <= 100) return line;
  return [`${keyword} {`, ...sorted.map((name) => `  ${name},`), `} from '${from}';`].join('\n');
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// Formatted as Biome formats it: these files are linted like any hand-written one.
const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const objectLiteral = (entries: Record<string, string>, indent = '') => {
  const lines = Object.entries(entries).map(
    ([key, value]) =>
      `${indent}  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}${key === value ? '' : `: ${value}`},`,
  );
  return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
};
