import { type ApiDescription, describeApi } from './describe-api.js';
import { follow, jsonSchemaOf, type TokenExchangeDescription } from './describe-token-exchange.js';
import { header } from './header.js';
import { isObject, type JsonObject, type LoadedSpec } from './load-spec.js';

/** `my-api` → `MyApi`: the factory's, the options' and the client's names. */
export const pascalCase = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

type Handler =
  | 'httpBasic'
  | 'bearerToken'
  | 'apiKey'
  | 'clientCredentials'
  | 'exchangedToken'
  | 'tokenProvider';

/**
 * The runtime handlers that satisfy a scheme, in the order they are tried; none for a scheme no
 * option can satisfy (`mutualTLS`, `http digest`…: its operations go out without it).
 */
export function handlersOf(scheme: JsonObject, issued = false): Handler[] {
  // Tokens the client mints itself (`x-token-exchange`), else a frontend's `getToken`: a fixed
  // token would only go stale.
  if (issued) return ['exchangedToken', 'tokenProvider'];
  const kind = String(scheme.scheme ?? '').toLowerCase();
  switch (scheme.type) {
    case 'http':
      return kind === 'basic' ? ['httpBasic'] : kind === 'bearer' ? ['bearerToken'] : [];
    case 'apiKey':
      return ['header', 'query', 'cookie'].includes(scheme.in as string) ? ['apiKey'] : [];
    case 'oauth2':
      // A frontend still takes its tokens from its backend (`getToken`).
      return isObject(scheme.flows) && 'clientCredentials' in scheme.flows
        ? ['clientCredentials', 'bearerToken']
        : ['bearerToken'];
    case 'openIdConnect':
      return ['bearerToken'];
    default:
      return [];
  }
}

// A list of strings as Biome would print it on one line.
const stringList = (items: readonly string[]) =>
  `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

// A spec's text inside a JSDoc comment: one paragraph, no comment end.
const doc = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().replaceAll('*/', '*\\/') : '';

/** One way of giving credentials: its option fields, rendered. */
interface Way {
  readonly fields: string[];
  /** Option names it sets, for the other ways' `?: never`. */
  readonly names: readonly string[];
  /** A type it extends (TokenProviderOptions). */
  readonly base?: string;
  /** Whether it gives the client a token session. */
  readonly session?: boolean;
}

export interface SchemeInfo {
  readonly name: string;
  readonly raw: JsonObject;
  readonly handlers: Handler[];
}

/** A JSDoc comment, wrapped to the house width at `indent`. */
export function jsdoc(text: string, indent = ''): string[] {
  const width = 100 - indent.length - 3;
  if (text.length + 7 <= width) return [`${indent}/** ${text} */`];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return [`${indent}/**`, ...lines.map((one) => `${indent} * ${one}`), `${indent} */`];
}

const field = (comment: string, line: string) => [...jsdoc(comment, '  '), `  ${line}`];

// A scheme named, with its description: "`basicAuth` (Integration-key Basic Auth…)".
const named = (name: string, raw: JsonObject) =>
  `\`${name}\`${raw.description ? ` (${doc(raw.description).replace(/\.$/, '')})` : ''}`;

// The token operation's JSON request body schema.
function requestBodySchema(spec: LoadedSpec, exchange: TokenExchangeDescription): unknown {
  const paths = spec.document.paths as JsonObject;
  const item = paths[exchange.path] as JsonObject;
  const operation = item[exchange.method.toLowerCase()] as JsonObject;
  return jsonSchemaOf(spec.document, operation.requestBody);
}

const propertyAt = (spec: LoadedSpec, body: unknown, path: string[]) =>
  follow(spec.document, body, path);

// The exchange's request options as option fields: each string a credential, documented by its
// body property; the scope list typed by the spec's scopes (`Scope`).
function exchangeFields(spec: LoadedSpec, exchange: TokenExchangeDescription, optional: boolean) {
  const body = requestBodySchema(spec, exchange);
  return Object.entries(exchange.request).flatMap(([option, path]) => {
    if (option === exchange.scopeOption) {
      return field(
        optional
          ? `With scopes, the client mints Bearer tokens carrying them (${exchange.method} ${exchange.path}) and API calls carry the Bearer; without, they carry the key itself.`
          : 'The scopes its tokens carry.',
        `${option}${optional ? '?' : ''}: Scope[]${optional ? ' | undefined' : ''};`,
      );
    }
    const said = doc(propertyAt(spec, body, path)?.description);
    const secret = option !== exchange.identity;
    const text = `${said || `Sent as \`${path.join('.')}\` to ${exchange.method} ${exchange.path}.`}${secret ? ' Backend only.' : ''}`;
    return field(text, `${option}${optional ? '?' : ''}: string;`);
  });
}

function waysOf(
  schemes: SchemeInfo[],
  spec?: LoadedSpec,
  exchange?: TokenExchangeDescription,
): Map<string, Way> {
  const ways = new Map<string, Way>();
  const using = (handler: Handler) => schemes.filter((s) => s.handlers.includes(handler));
  const about = (list: SchemeInfo[]) => list.map(({ name, raw }) => named(name, raw));
  // An exchange that needs no credential of the spec's is a way of its own.
  const alone = exchange && spec && !exchange.authOptions.length;
  if (alone) {
    ways.set('exchange', {
      fields: exchangeFields(spec, exchange, false),
      names: Object.keys(exchange.request),
      session: true,
    });
  }

  const basic = using('httpBasic');
  const flows = using('clientCredentials');
  if (basic.length || flows.length) {
    const fields: string[] = [];
    const urls = flows.map(({ raw }) => {
      const flow = (raw.flows as JsonObject).clientCredentials as JsonObject;
      return `\`${flow.tokenUrl}\``;
    });
    const uses = [
      ...(basic.length ? ['The HTTP Basic username'] : []),
      ...(flows.length ? [`the OAuth2 client id, exchanged for tokens at ${urls.join(', ')}`] : []),
    ]
      .join('; ')
      .replace(/^t/, 'T');
    const schemesSaid = about([...basic, ...flows]).join('; ');
    fields.push(...field(`${uses}: ${schemesSaid}.`, 'clientId: string;'));
    fields.push(
      ...field(
        `Its secret${basic.length ? ' (the Basic password)' : ''}. Keep it on your backend.`,
        'clientSecret: string;',
      ),
    );
    const names = ['clientId', 'clientSecret'];
    if (flows.length) {
      const scopes = [
        ...new Set(
          flows.flatMap(({ raw }) => {
            const flow = (raw.flows as JsonObject).clientCredentials as JsonObject;
            return Object.keys(isObject(flow.scopes) ? flow.scopes : {});
          }),
        ),
      ];
      const scopeType = scopes.length
        ? `(${scopes.map((scope) => JSON.stringify(scope)).join(' | ')})[]`
        : 'string[]';
      fields.push(
        ...field(
          'The scopes to ask the token endpoint for. Default: none (the server decides).',
          `scopes?: ${scopeType} | undefined;`,
        ),
        ...field(
          "How the client authenticates at the token endpoint. Default `'client_secret_basic'`.",
          'tokenEndpointAuthMethod?: TokenEndpointAuthMethod | undefined;',
        ),
      );
      names.push('scopes', 'tokenEndpointAuthMethod');
    }
    ways.set('pair', { fields, names, session: !basic.length });
  }

  const keys = using('apiKey');
  if (keys.length) {
    const where = keys.map(({ raw }) =>
      raw.in === 'header'
        ? `the \`${raw.name}\` header`
        : raw.in === 'query'
          ? `the \`${raw.name}\` query parameter`
          : `the \`${raw.name}\` cookie`,
    );
    // An exchange that takes the key (its operation's own security) adds its options here.
    const extra = exchange && spec && !alone ? exchange : undefined;
    ways.set('apiKey', {
      fields: [
        ...field(
          `Sent as ${where.join(' or ')}: ${about(keys).join('; ')}. Keep it on your backend.`,
          'apiKey: string;',
        ),
        ...(extra ? exchangeFields(spec as LoadedSpec, extra, true) : []),
      ],
      names: ['apiKey', ...(extra ? Object.keys(extra.request) : [])],
    });
  }

  const bearer = using('bearerToken');
  if (bearer.length || using('tokenProvider').length) {
    ways.set('getToken', {
      fields: [],
      names: ['getToken', 'identity'],
      base: 'TokenProviderOptions',
      session: true,
    });
  }
  if (bearer.length) {
    ways.set('token', {
      fields: field(
        `A Bearer token, sent as is and never refreshed: ${about(bearer).join('; ')}. For a token that expires, pass \`getToken\`.`,
        'token: string;',
      ),
      names: ['token'],
    });
  }
  return ways;
}

// Whether some alternative of the spec needs schemes of two different ways at once.
function combines(schemes: SchemeInfo[], api: ApiDescription): boolean {
  const wayOf = (name: string) => {
    const handlers = schemes.find((s) => s.name === name)?.handlers ?? [];
    return handlers[0] && WAY_OF[handlers[0]];
  };
  const requirements = requirementsOf(api);
  return requirements.some((requirement) =>
    requirement.some(
      (alternative) => new Set(Object.keys(alternative).map(wayOf).filter(Boolean)).size > 1,
    ),
  );
}

const WAY_OF: Record<Handler, string> = {
  httpBasic: 'pair',
  clientCredentials: 'pair',
  apiKey: 'apiKey',
  bearerToken: 'bearer',
  exchangedToken: 'exchange',
  tokenProvider: 'bearer',
};

// The requirements a client's credentials must meet: the spec's, and each operation's but the
// token exchange's own (the client calls it itself, with what it asks for).
const requirementsOf = (api: ApiDescription) => [
  api.security,
  ...Object.values(api.operations)
    .filter(
      (operation) =>
        !(
          api.tokenExchange &&
          operation.path === api.tokenExchange.path &&
          operation.method.toUpperCase() === api.tokenExchange.method
        ),
    )
    .map((operation) => operation.security),
];

/**
 * Whether each way of giving credentials alone reaches every operation: only then may the
 * options offer them as exclusive alternatives. A spec whose operations ask for different schemes
 * (Petstore: OAuth2 on some, an API key on others) needs them given together.
 */
function interchangeable(schemes: SchemeInfo[], api: ApiDescription): boolean {
  // An exchange through the key is given with the key: the same way.
  const wayOf = (handler: Handler) =>
    handler === 'exchangedToken' && api.tokenExchange?.authOptions.length
      ? 'apiKey'
      : WAY_OF[handler];
  const waysOfScheme = (name: string) =>
    new Set((schemes.find((s) => s.name === name)?.handlers ?? []).map(wayOf));
  const kinds = new Set(schemes.flatMap((s) => s.handlers.map(wayOf)));
  const requirements = requirementsOf(api);
  return requirements.every(
    (requirement) =>
      requirement.length === 0 ||
      requirement.some((alternative) => Object.keys(alternative).length === 0) ||
      [...kinds].every((kind) =>
        requirement.some((alternative) =>
          Object.keys(alternative).every((name) => waysOfScheme(name).has(kind)),
        ),
      ),
  );
}

/**
 * The default base URL: the spec's first server when it is an absolute http(s) URL without
 * variables. A server with variables is a template the user fills in (a host, a region, a
 * tenant): taking its defaults silently could send real credentials to a test backend. Else
 * `why` there is none, ending the runtime's "baseUrl is required" message.
 */
export function defaultServer(api: ApiDescription): { url?: string; why?: string } {
  const server = api.servers[0];
  if (!server) return { why: 'its spec lists no servers' };
  if (!/^https?:\/\//i.test(server.url)) {
    return { why: `its server "${server.url}" is relative: pass the absolute URL of your host` };
  }
  if (!server.url.includes('{')) return { url: server.url };
  const filled = server.url.replace(
    /\{([^}]*)\}/g,
    (hole, name: string) => server.variables[name]?.default ?? hole,
  );
  const example = filled.includes('{') ? '' : `; with the spec's defaults, "${filled}"`;
  return { why: `its server is ${server.url}${example}` };
}

// What satisfies each kind of handler, for the message of a client given no credentials.
const NEEDS: Record<Handler, string> = {
  httpBasic: 'clientId + clientSecret',
  clientCredentials: 'clientId + clientSecret',
  apiKey: 'apiKey',
  bearerToken: 'getToken (or token)',
  exchangedToken: 'the token exchange options',
  tokenProvider: 'getToken',
};

/**
 * What the runtime says a client given no credentials must pass: the alternatives of the first
 * requirement that asks for credentials (the one the runtime checks), or '' when none does.
 */
export function needsOf(schemes: readonly SchemeInfo[], api: ApiDescription): string {
  const requirements = requirementsOf(api);
  const required = requirements.find(
    (alternatives) => alternatives.length && alternatives.every((one) => Object.keys(one).length),
  );
  if (!required) return '';
  const phrase = (name: string) => {
    const handlers = schemes.find((scheme) => scheme.name === name)?.handlers ?? [];
    const said = [
      ...new Set(
        handlers.map((handler) =>
          handler === 'exchangedToken' && api.tokenExchange
            ? Object.keys(api.tokenExchange.request).join(' + ')
            : NEEDS[handler],
        ),
      ),
    ].join(' or ');
    return `${said || 'no option (a scheme this client cannot satisfy)'} (${name})`;
  };
  return required
    .map((alternative) => Object.keys(alternative).map(phrase).join(' and '))
    .join(', or ');
}

/** The spec's security schemes as declared, each with the handlers that satisfy it. */
function schemesOf(spec: LoadedSpec, api: ApiDescription): SchemeInfo[] {
  const components = isObject(spec.document.components) ? spec.document.components : {};
  const declared = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.keys(api.securitySchemes).map((name) => {
    const raw = isObject(declared[name]) ? (declared[name] as JsonObject) : {};
    return { name, raw, handlers: handlersOf(raw, api.tokenExchange?.issues === name) };
  });
}

/**
 * Whether the options take every way of giving credentials together (one interface) rather than
 * one of them (exclusive alternatives): a single way, ways the spec combines in one alternative,
 * or ways that each reach only some operations.
 */
const givenTogether = (schemes: SchemeInfo[], api: ApiDescription, ways: Map<string, Way>) =>
  ways.size <= 1 || combines(schemes, api) || !interchangeable(schemes, api);

/**
 * Credential options that reach as many of the spec's operations as the generated options allow,
 * each value given by `value(option)` (made-up ones for the contract test, environment variables
 * for the README): every way together where the options combine them, else the first of an API
 * key, a static token and the Basic pair. Client credentials are never chosen (the token URL is
 * another server): the static token stands in for them.
 */
export function credentialOptions(
  spec: LoadedSpec,
  api: ApiDescription,
  value: (option: string) => string,
): Record<string, string> {
  const schemes = schemesOf(spec, api);
  const has = (handler: Handler) => schemes.some((s) => s.handlers.includes(handler));
  const picks: string[][] = [
    ...(has('apiKey') ? [['apiKey']] : []),
    ...(has('bearerToken') ? [['token']] : []),
    ...(has('tokenProvider') ? [['getToken']] : []),
    ...(has('httpBasic') && !has('clientCredentials') ? [['clientId', 'clientSecret']] : []),
  ];
  const chosen = givenTogether(schemes, api, waysOf(schemes, spec, api.tokenExchange))
    ? picks.flat()
    : (picks[0] ?? []);
  return Object.fromEntries(
    chosen.map((option) => [
      option,
      option === 'getToken' ? `async () => ${value('token')}` : value(option),
    ]),
  );
}

/**
 * Whether the spec's clients may take their tokens from a frontend's `getToken` alone, apart from
 * the ways that hold secrets: then the package gets a `/frontend` entry without the secret flows.
 */
export function hasFrontend(spec: LoadedSpec, api: ApiDescription = describeApi(spec)): boolean {
  const schemes = schemesOf(spec, api);
  const ways = waysOf(schemes, spec, api.tokenExchange);
  const secret = [...ways.keys()].some((way) => way !== 'getToken' && way !== 'token');
  return ways.has('getToken') && secret && !givenTogether(schemes, api, ways);
}

/** Whether some way of giving credentials gives the client a token session (`client.session`). */
export function hasSession(spec: LoadedSpec, api: ApiDescription = describeApi(spec)): boolean {
  return [...waysOf(schemesOf(spec, api), spec, api.tokenExchange).values()].some((w) => w.session);
}

/**
 * The option named, and what it must be, when a client is given no credential at all: the first
 * option of the one way that holds a credential (a frontend's `getToken` aside). With several
 * such ways, no one of them is the answer: `needs` lists them all.
 */
function requiredOf(ways: Map<string, Way>, together: boolean): [string, string] | undefined {
  const backend = [...ways.entries()].filter(([name]) => name !== 'getToken');
  const [only] = backend;
  if (backend.length !== 1 || !only || (together && ways.size > 1)) return undefined;
  return [only[1].names[0] as string, 'is required and must be a string'];
}

/**
 * `client.ts`: the options, the client type and `create<Name>Client`, all from the spec: its
 * security schemes become credential options (an `x-token-exchange` among them), its first
 * server the default base URL (unless it is a template), its `x-pagination` the client's
 * `paginate`. The runtime is auth-session's `createSpecClient`, given the generated data of
 * `operations.ts`. A spec whose exchange issues scoped tokens also gets `issue<Name>Token`.
 */
export function renderFactory(
  spec: LoadedSpec,
  packageName: string,
  specPath: string = spec.file,
  api: ApiDescription = describeApi(spec),
): string {
  const pascal = pascalCase(packageName);
  const caller = `create${pascal}Client`;
  const exchange = api.tokenExchange;
  const schemes = schemesOf(spec, api);
  const ways = waysOf(schemes, spec, exchange);
  const list = [...ways.values()];
  const tokens = list.some((way) => way.session);
  const pages = Object.values(api.operations).some((operation) => operation.pagination);
  const server = defaultServer(api);
  const scoped = Boolean(exchange?.scopeOption);
  const together = givenTogether(schemes, api, ways);

  const base = tokens
    ? 'CommonClientOptions'
    : "Omit<CommonClientOptions, 'refreshWindowMs' | 'expiryMarginMs' | 'store'>";
  const baseUrlField = server.url
    ? []
    : field(`Required: ${pascal} has no default server (${server.why}).`, 'baseUrl: string;');
  const optionsName = `${pascal}ClientOptions`;
  let options: string[];
  if (together) {
    // One way (or ways the spec combines, or needs on different operations): one interface, its
    // fields required only when alone.
    const optional = list.length > 1;
    const fields = list.flatMap((way) =>
      optional ? way.fields.map((line) => line.replace(/^( {2}\w+)(:)/, '$1?$2')) : way.fields,
    );
    const bases = [
      base,
      'RateLimitOption',
      ...list.flatMap((way) => (way.base ? [optional ? `Partial<${way.base}>` : way.base] : [])),
    ];
    options = [
      ...jsdoc(
        `The options of \`${caller}\`: credentials as the spec's security schemes ask, and the common ones.`,
      ),
      `export interface ${optionsName}`,
      `  extends ${bases.join(',\n    ')} {`,
      ...fields,
      ...baseUrlField,
      '}',
    ];
  } else {
    const all = list.flatMap((way) => way.names);
    const alternatives = list.map((way) => {
      const never = all
        .filter((name) => !way.names.includes(name))
        .map((name) => `      ${name}?: never;`);
      const body = ['{', ...way.fields.map((line) => `    ${line}`), ...never, '    }'];
      return way.base ? `(${way.base} & ${body.join('\n')})` : body.join('\n');
    });
    options = [
      ...jsdoc(
        `The options of \`${caller}\`: one way of giving credentials the spec accepts, and the common ones.`,
      ),
      `export type ${optionsName} = ${base} &`,
      '  RateLimitOption &',
      ...(server.url ? [] : [`  {\n  ${baseUrlField.join('\n  ')}\n  } &`]),
      `  (\n${alternatives.map((alternative) => `    | ${alternative}`).join('\n')}\n  );`,
    ];
  }

  const parts = exchangeParts(exchange);
  const handlerCall = (handler: Handler) =>
    handler === 'exchangedToken'
      ? `exchangedToken(tokenExchange${parts.length ? `, { ${parts.join(', ')} }` : ''})`
      : handler;
  const handlers = schemes.flatMap(({ name, handlers: used }) =>
    used.map((handler) => `      [${JSON.stringify(name)}, ${handlerCall(handler)}],`),
  );
  const kit = [
    'type ClientOverrides',
    'type CommonClientOptions',
    'createSpecClient',
    'interopDefault',
    'type RateLimitOption',
    ...new Set(schemes.flatMap((s) => s.handlers)),
    ...(pages ? ['type PageData', 'type PagedPath', 'type PageItem', 'type Paged', 'pagesOf'] : []),
    ...(ways.has('getToken') ? ['type TokenProviderOptions'] : []),
    ...(ways.get('pair')?.names.includes('scopes') ? ['type TokenEndpointAuthMethod'] : []),
    ...(scoped ? ['issueToken', 'type IssuedToken'] : []),
    ...(exchange?.scopeOption ? ['checkScopes'] : []),
    ...(exchange?.errors || exchange?.rejectedFields ? ['explainExchange'] : []),
  ].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''), 'en'));
  const schemeSummary = schemes
    .map(({ name, raw, handlers: used }) =>
      used.length ? `${name} (${raw.type}${raw.scheme ? ` ${raw.scheme}` : ''})` : undefined,
    )
    .filter(Boolean)
    .join(', ');
  const everyWaySession = list.length > 0 && list.every((way) => way.session);
  const sessionField = tokens
    ? [
        '  /** The token session: `getToken()` for the current token, `invalidate()` to drop it. */',
        `  readonly session${everyWaySession ? '' : '?'}: TokenSession;`,
      ]
    : [];
  const data = [
    'api',
    ...(pages ? ['pagination'] : []),
    'rateLimit',
    'securitySchemes',
    ...(exchange ? ['tokenExchange'] : []),
  ];
  const required = requiredOf(ways, together);

  return [
    header(specPath),
    ...(tokens ? ["import type { TokenSession } from '@apiclients/auth-session';"] : []),
    'import {',
    ...kit.map((name) => `  ${name},`),
    "} from '@apiclients/auth-session/kit';",
    `import openapiFetch, { type Client${pages ? ', type MaybeOptionalInit' : ''} } from 'openapi-fetch';`,
    `import { ${data.join(', ')} } from './operations.js';`,
    "import type { paths } from './schema.js';",
    '',
    ...(scoped
      ? [
          `/** A scope a ${pascal} token can carry: the spec's \`x-token-exchange\` scope list. */`,
          'export type Scope = (typeof tokenExchange.scopeValues)[number];',
          '',
          '/** Every scope, in the order the spec lists them. */',
          // A literal, not `tokenExchange.scopeValues`: a bundler keeps a property read (it
          // could be a getter), and with it the whole exchange, in bundles that never use it.
          `export const scopes: readonly Scope[] = ${stringList(exchange?.scopeValues ?? [])};`,
          '',
        ]
      : []),
    ...options,
    '',
    ...(pages
      ? [
          'type Paginated = typeof pagination;',
          '',
          '/**',
          ' * Every item of a paginated GET (`x-pagination`), page after page as the loop asks for them;',
          ' * `.pages()` for whole pages with their responses. An error response rejects with',
          ' * ResponseError.',
          ' */',
          `export type ${pascal}Paginate = <P extends PagedPath<paths, Paginated>>(`,
          '  path: P,',
          "  init?: MaybeOptionalInit<paths[P], 'get' & keyof paths[P]>,",
          ') => Paged<PageItem<paths, Paginated, P>, PageData<paths, P>>;',
          '',
        ]
      : []),
    `export type ${pascal}Client = Client<paths> & {`,
    ...sessionField,
    ...(pages ? [`  readonly paginate: ${pascal}Paginate;`] : []),
    "  /** A client of the same type with these options changed, sharing this one's credentials. */",
    `  withOptions(overrides: ClientOverrides): ${pascal}Client;`,
    '};',
    '',
    "// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.",
    'const createClient = interopDefault(openapiFetch);',
    '',
    ...jsdoc(
      `A typed ${pascal} client, authenticated as the spec's security asks${schemeSummary ? `: ${schemeSummary}` : ''}.`,
    ),
    `export function ${caller}(options: ${optionsName}): ${pascal}Client {`,
    '  return createSpecClient(options, {',
    `    caller: '${caller}',`,
    `    provider: '${packageName}',`,
    `    title: '${pascal}',`,
    ...(server.url
      ? [`    server: ${JSON.stringify(server.url)},`]
      : [`    noServer: ${JSON.stringify(`${pascal} has no default server (${server.why})`)},`]),
    '    securitySchemes,',
    `    handlers: [${handlers.length ? `\n${handlers.join('\n')}\n    ` : ''}],`,
    `    needs: ${JSON.stringify(needsOf(schemes, api))},`,
    ...(required ? [`    required: ${stringList(required)},`] : []),
    '    api,',
    ...(pages ? ['    paginate: pagesOf(pagination),'] : []),
    '    rateLimit,',
    '    createClient: createClient<paths>,',
    `  }) as ${pascal}Client;`,
    '}',
    '',
    ...(scoped && exchange ? renderIssueToken(spec, schemes, exchange, pascal, server.url) : []),
  ].join('\n');
}

/**
 * What only some exchanges need, named in the generated call so that other bundles leave it out:
 * the scope list's check, and what error statuses mean.
 */
const exchangeParts = (exchange: TokenExchangeDescription | undefined) => [
  ...(exchange?.scopeOption ? ['checkScopes'] : []),
  ...(exchange?.errors || exchange?.rejectedFields
    ? ['explain: explainExchange(tokenExchange)']
    : []),
];

/** `issue<Name>Token`: one scoped token minted for a frontend or a downstream service. */
function renderIssueToken(
  spec: LoadedSpec,
  schemes: SchemeInfo[],
  exchange: TokenExchangeDescription,
  pascal: string,
  server: string | undefined,
): string[] {
  const name = `issue${pascal}Token`;
  const auth = exchange.authSchemes.map((scheme, at) => {
    const info = schemes.find((one) => one.name === scheme);
    const handler = info?.handlers[0] as Handler;
    return { scheme, handler, option: exchange.authOptions[at] as string };
  });
  return [
    `export interface Issue${pascal}TokenOptions {`,
    ...auth.flatMap(({ option }) => field('Your API key. Backend only.', `${option}: string;`)),
    ...exchangeFields(spec, exchange, false),
    '  baseUrl?: string | undefined;',
    '  fetch?: typeof fetch | undefined;',
    '  /** Per attempt, in ms. Default 60 000. */',
    '  timeoutMs?: number | undefined;',
    '  signal?: AbortSignal | undefined;',
    '}',
    '',
    `/** A token minted by \`${name}\`: the token, its lifetime and when it stops working. */`,
    `export type ${pascal}Token = IssuedToken;`,
    '',
    '/**',
    ` * Mints one short-lived, scoped Bearer token (${exchange.method} ${exchange.path}), for a backend to hand`,
    ' * to a frontend or a downstream service. One attempt: errors are AuthErrors, nothing is cached.',
    ' */',
    `export const ${name} = (options: Issue${pascal}TokenOptions): Promise<${pascal}Token> =>`,
    '  issueToken(options as never, {',
    `    caller: '${name}',`,
    `    title: '${pascal}',`,
    ...(server ? [`    server: ${JSON.stringify(server)},`] : []),
    '    exchange: tokenExchange,',
    '    securitySchemes,',
    `    handlers: [${auth.map(({ scheme, handler }) => `[${JSON.stringify(scheme)}, ${handler}]`).join(', ')}],`,
    '    createClient: createClient<paths>,',
    ...(exchangeParts(exchange).length
      ? [`    parts: { ${exchangeParts(exchange).join(', ')} },`]
      : []),
    '  });',
    '',
  ];
}

/**
 * `frontend.ts`: `create<Name>Client` for a browser, from `getToken` alone: no token exchange, no
 * key checks, no secret flow in its bundle. The root entry keeps every way.
 */
export function renderFrontend(
  spec: LoadedSpec,
  packageName: string,
  specPath: string = spec.file,
  api: ApiDescription = describeApi(spec),
): string {
  const pascal = pascalCase(packageName);
  const caller = `create${pascal}Client`;
  const schemes = schemesOf(spec, api);
  const ways = waysOf(schemes, spec, api.tokenExchange);
  const secrets = [...ways.entries()]
    .filter(([way]) => way !== 'getToken' && way !== 'token')
    .flatMap(([, way]) => way.names);
  const bearer = schemes
    .filter((scheme) => scheme.handlers.some((h) => h === 'tokenProvider' || h === 'bearerToken'))
    .map((scheme) => scheme.name);
  const pages = Object.values(api.operations).some((operation) => operation.pagination);
  const server = defaultServer(api);
  return [
    header(specPath),
    'import {',
    '  type CommonClientOptions,',
    '  createFrontendClient,',
    '  interopDefault,',
    ...(pages ? ['  pagesOf,'] : []),
    '  type TokenProviderOptions,',
    "} from '@apiclients/auth-session/kit';",
    "import openapiFetch from 'openapi-fetch';",
    `import type { ${pascal}Client } from './client.js';`,
    `import { api${pages ? ', pagination' : ''} } from './operations.js';`,
    "import type { paths } from './schema.js';",
    '',
    `export type ${pascal}FrontendClientOptions = CommonClientOptions & TokenProviderOptions;`,
    '',
    "// openapi-fetch's `createClient`, as much in the CJS build as in the ESM one.",
    'const createClient = interopDefault(openapiFetch);',
    '',
    '/**',
    ` * A typed ${pascal} client fed by \`getToken\` (a function that gets a token from your backend):`,
    ' * its tokens are cached, refreshed before they expire and asked for again after a 401.',
    ` * ${secrets.map((one) => `\`${one}\``).join(', ')} belong on a backend: import \`${caller}\` from`,
    ` * \`@apiclients/${packageName}\` there.`,
    ' */',
    `export function ${caller}(options: ${pascal}FrontendClientOptions): ${pascal}Client {`,
    '  return createFrontendClient(options, {',
    `    caller: '${caller}',`,
    `    provider: '${packageName}',`,
    `    entry: '@apiclients/${packageName}',`,
    ...(server.url ? [`    server: ${JSON.stringify(server.url)},`] : []),
    `    schemes: ${stringList(bearer)},`,
    `    secrets: ${stringList(secrets)},`,
    '    api,',
    ...(pages ? ['    paginate: pagesOf(pagination),'] : []),
    '    createClient: createClient<paths>,',
    `  }) as ${pascal}Client;`,
    '}',
    '',
  ].join('\n');
}
