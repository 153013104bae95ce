import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeApi } from '../src/describe-api.js';
import { type LoadedSpec, loadSpec } from '../src/load-spec.js';
import { renderOperations, renderSchema } from '../src/render.js';
import {
  defaultServer,
  handlersOf,
  hasFrontend,
  hasSession,
  pascalCase,
  renderFactory,
} from '../src/render-factory.js';

const load = (text: string): LoadedSpec => ({ file: 'specs/acme.yaml', document: parse(text) });

/** A spec with `schemes` (YAML under securitySchemes) and `security`, one GET /things. */
const specWith = (
  schemes: string,
  security: string,
  servers = '[{ url: https://api.acme.test/v1 }]',
) =>
  load(`openapi: 3.1.0
info: { title: Acme, version: 1.0.0 }
servers: ${servers}
security: ${security}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: Things
          content:
            application/json:
              schema: { type: object, properties: { data: { type: array, items: { type: string } } } }
components:
  securitySchemes:
${schemes
  .trim()
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
`);

const BASIC = 'basicAuth: { type: http, scheme: basic, description: The pair. }';
const BEARER = 'bearerAuth: { type: http, scheme: bearer }';
const QUERY_KEY = 'key: { type: apiKey, in: query, name: api_key }';
const COOKIE_KEY = 'cookieKey: { type: apiKey, in: cookie, name: sid }';
const CC = `oauth:
  type: oauth2
  flows:
    clientCredentials:
      tokenUrl: /oauth/token
      scopes: { 'things:read': Read things, 'things:write': Write them }`;
const OIDC = 'oidc: { type: openIdConnect, openIdConnectUrl: https://id.acme.test/.well-known }';

describe('renderFactory', () => {
  it('http basic: clientId + clientSecret, session options left out, the do-not-edit header', () => {
    const out = renderFactory(specWith(BASIC, '[{ basicAuth: [] }]'), 'acme');
    expect(out).toMatch(/^\/\/ generated from specs\/acme\.yaml — do not edit\./);
    expect(out).toContain('export interface AcmeClientOptions');
    expect(out).toContain(
      "extends Omit<CommonClientOptions, 'refreshWindowMs' | 'expiryMarginMs' | 'store'>",
    );
    expect(out).toMatch(
      /The HTTP Basic username: `basicAuth` \(The pair\)\.\s+\*\/\s+clientId: string;/,
    );
    expect(out).toContain('  clientSecret: string;');
    expect(out).toContain('["basicAuth", httpBasic],');
    expect(out).toContain('needs: "clientId + clientSecret (basicAuth)",');
    expect(out).toContain('server: "https://api.acme.test/v1",');
    expect(out).toContain(
      'export function createAcmeClient(options: AcmeClientOptions): AcmeClient {',
    );
    expect(out).not.toContain('paginate');
  });

  it('http bearer, oauth2 without client credentials, openIdConnect: getToken or token', () => {
    for (const scheme of [
      BEARER,
      'o: { type: oauth2, flows: { implicit: { authorizationUrl: https://x, scopes: {} } } }',
      OIDC,
    ]) {
      const name = scheme.split(':')[0] as string;
      const out = renderFactory(specWith(scheme, `[{ ${name}: [] }]`), 'acme');
      expect(out).toContain(`["${name}", bearerToken],`);
      expect(out).toContain('(TokenProviderOptions & {');
      expect(out).toContain('token: string;');
      expect(out).toContain('export type AcmeClientOptions = CommonClientOptions &');
    }
  });

  it('apiKey in the query or a cookie: apiKey, saying where it goes', () => {
    const out = renderFactory(
      specWith(`${QUERY_KEY}\n${COOKIE_KEY}`, '[{ key: [] }, { cookieKey: [] }]'),
      'acme',
    );
    expect(out).toContain('Sent as the `api_key` query parameter or the `sid` cookie');
    expect(out).toContain('  apiKey: string;');
    expect(out).toContain('["key", apiKey],');
    expect(out).toContain('["cookieKey", apiKey],');
    expect(out).toContain('needs: "apiKey (key), or apiKey (cookieKey)",');
  });

  it('oauth2 client credentials: the pair, typed scopes, the auth method, and getToken for frontends', () => {
    const out = renderFactory(specWith(CC, "[{ oauth: ['things:read'] }]"), 'acme');
    expect(out).toContain('The OAuth2 client id, exchanged for tokens at `/oauth/token`: `oauth`.');
    expect(out).toContain('scopes?: ("things:read" | "things:write")[] | undefined;');
    expect(out).toContain('tokenEndpointAuthMethod?: TokenEndpointAuthMethod | undefined;');
    expect(out).toContain('["oauth", clientCredentials],\n      ["oauth", bearerToken],');
    expect(out).toContain('needs: "clientId + clientSecret or getToken (or token) (oauth)",');
    expect(out).toContain('export type AcmeClientOptions = CommonClientOptions &');
  });

  it('schemes the spec combines in one alternative: one interface of optional fields', () => {
    const out = renderFactory(
      specWith(`${BASIC}\n${QUERY_KEY}`, '[{ basicAuth: [], key: [] }]'),
      'acme',
    );
    expect(out).toContain('export interface AcmeClientOptions');
    expect(out).toContain('  clientId?: string;');
    expect(out).toContain('  apiKey?: string;');
    expect(out).toContain('needs: "clientId + clientSecret (basicAuth) and apiKey (key)",');
  });

  it('ways that each reach every operation: exclusive alternatives', () => {
    const out = renderFactory(
      specWith(`${BEARER}\n${QUERY_KEY}`, '[{ bearerAuth: [] }, { key: [] }]'),
      'acme',
    );
    expect(out).toContain('export type AcmeClientOptions =');
    expect(out).toContain('apiKey?: never;');
  });

  it('operations that ask for different schemes: one interface, so that both can be given', () => {
    const spec = specWith(`${BEARER}\n${QUERY_KEY}`, '[{ bearerAuth: [] }]');
    const { paths } = spec.document as { paths: { '/things': { get: Record<string, unknown> } } };
    paths['/things'].get.security = [{ key: [] }];
    const out = renderFactory(spec, 'acme');
    expect(out).toContain('export interface AcmeClientOptions');
    expect(out).toContain('  apiKey?: string;');
    expect(out).toContain('  token?: string;');
    expect(out).not.toContain('?: never;');
  });

  it('a scheme no option can satisfy gets no handler, and the message says so', () => {
    const out = renderFactory(specWith('mtls: { type: mutualTLS }', '[{ mtls: [] }]'), 'acme');
    expect(out).toContain('handlers: [],');
    expect(out).toContain('needs: "no option (a scheme this client cannot satisfy) (mtls)",');
  });

  it('pages when the spec has x-pagination: paginate typed from the kit', () => {
    const spec = specWith(BASIC, '[{ basicAuth: [] }]');
    const get = (spec.document.paths as Record<string, { get: Record<string, unknown> }>)[
      '/things'
    ];
    if (get)
      get.get['x-pagination'] = {
        style: 'cursor',
        cursorParam: 'c',
        items: 'data',
        nextCursor: 'n',
      };
    const out = renderFactory(spec, 'acme');
    expect(out).toContain('export type AcmePaginate = <P extends PagedPath<paths, Paginated>>(');
    expect(out).toContain('  readonly paginate: AcmePaginate;');
    expect(out).toContain('    paginate: pagesOf(pagination),');
  });
});

describe('a spec with an x-token-exchange', () => {
  it('Hashrails: the exchange or getToken, a session either way, a /frontend', async () => {
    const spec = await loadSpec('../specs/hashrails.yaml', 'specs/hashrails.yaml');
    const out = renderFactory(spec, 'hashrails');
    expect(out).toContain('      ["bearerAuth", exchangedToken(tokenExchange)],');
    expect(out).toContain('      ["bearerAuth", tokenProvider],');
    expect(out).toContain('  readonly session: TokenSession;');
    expect(out).toContain('    required: ["clientId", "is required and must be a string"],');
    // A token that would only go stale is not offered where the client can mint its own.
    expect(out).not.toContain('token: string;');
    expect(out).not.toContain('issueHashrailsToken');
    expect(hasFrontend(spec)).toBe(true);
    expect(hasSession(spec)).toBe(true);
  });

  it('Volubile: the key with optional scopes, or getToken; issueVolubileToken and the scope union', async () => {
    const spec = await loadSpec('../specs/volubile.yaml', 'specs/volubile.yaml');
    const out = renderFactory(spec, 'volubile');
    expect(out).toContain('      scopes?: Scope[] | undefined;');
    expect(out).toContain('  readonly session?: TokenSession;');
    expect(out).toContain('export const issueVolubileToken = ');
    expect(out).toContain('export type Scope = (typeof tokenExchange.scopeValues)[number];');
    expect(out).toContain('checkScopes, explain: explainExchange(tokenExchange)');
    expect(hasFrontend(spec)).toBe(true);
  });

  it('Blips (HTTP Basic only): no session, no /frontend', async () => {
    const spec = await loadSpec('../specs/blips.yaml', 'specs/blips.yaml');
    expect(renderFactory(spec, 'blips')).not.toContain('readonly session');
    expect(hasFrontend(spec)).toBe(false);
    expect(hasSession(spec)).toBe(false);
  });
});

describe('defaultServer', () => {
  const serverOf = (servers: string) => defaultServer(describeApi(specWith(BASIC, '[]', servers)));

  it('is the first absolute server without variables', () => {
    expect(serverOf('[{ url: https://a.test }, { url: https://b.test }]')).toEqual({
      url: 'https://a.test',
    });
  });

  it('none, relative or a template: baseUrl is required, saying why', () => {
    expect(serverOf('[]')).toEqual({ why: 'its spec lists no servers' });
    expect(serverOf('[{ url: /v1 }]')).toEqual({
      why: 'its server "/v1" is relative: pass the absolute URL of your host',
    });
    expect(
      serverOf('[{ url: "https://{host}/v1", variables: { host: { default: eu.acme.test } } }]'),
    ).toEqual({
      why: `its server is https://{host}/v1; with the spec's defaults, "https://eu.acme.test/v1"`,
    });
  });

  it('the renderer makes baseUrl required then, and passes the reason to the runtime', () => {
    const out = renderFactory(specWith(BASIC, '[{ basicAuth: [] }]', '[{ url: /v1 }]'), 'acme');
    expect(out).toContain('  baseUrl: string;');
    expect(out).toContain(
      'noServer: "Acme has no default server (its server \\"/v1\\" is relative: pass the absolute URL of your host)",',
    );
  });
});

describe('handlersOf and pascalCase', () => {
  it('maps every scheme kind', () => {
    expect(handlersOf({ type: 'http', scheme: 'Basic' })).toEqual(['httpBasic']);
    expect(handlersOf({ type: 'http', scheme: 'digest' })).toEqual([]);
    expect(handlersOf({ type: 'apiKey', in: 'cookie', name: 'x' })).toEqual(['apiKey']);
    expect(handlersOf({ type: 'oauth2', flows: { clientCredentials: {} } })).toEqual([
      'clientCredentials',
      'bearerToken',
    ]);
    expect(handlersOf({ type: 'openIdConnect' })).toEqual(['bearerToken']);
    expect(handlersOf({ type: 'mutualTLS' })).toEqual([]);
  });

  it('names the factory', () => {
    expect(pascalCase('my-api2')).toBe('MyApi2');
  });
});

// The rendered factory, type-checked and run as a package would: every scheme kind at once.
describe('the rendered factory compiles and runs', () => {
  const require = createRequire(import.meta.url);
  const scriptsDir = join(import.meta.dirname, '..');
  mkdirSync(join(scriptsDir, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(scriptsDir, '.tmp', 'factory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks, and its client sends what the spec asks', async () => {
    const spec = specWith(
      `${BASIC}\n${BEARER}\n${QUERY_KEY}\n${COOKIE_KEY}\n${CC}\n${OIDC}`,
      '[{ key: [] }, { basicAuth: [] }, { oauth: [] }]',
      '[{ url: "https://{region}.acme.test", variables: { region: { default: eu } } }]',
    );
    const api = describeApi(spec);
    mkdirSync(join(dir, 'generated'));
    writeFileSync(join(dir, 'generated/schema.ts'), await renderSchema(spec, 'specs/acme.yaml'));
    writeFileSync(join(dir, 'generated/operations.ts'), renderOperations(api, 'specs/acme.yaml'));
    writeFileSync(join(dir, 'generated/client.ts'), renderFactory(spec, 'acme'));
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { createAcmeClient } from './generated/client.js';",
        "const baseUrl = 'https://eu.acme.test';",
        "createAcmeClient({ apiKey: 'k', baseUrl });",
        "createAcmeClient({ clientId: 'i', clientSecret: 's', scopes: ['things:read'], baseUrl });",
        "createAcmeClient({ getToken: async () => 't', identity: 'u', baseUrl });",
        '// @ts-expect-error: not a scope of the flow',
        "createAcmeClient({ clientId: 'i', clientSecret: 's', scopes: ['admin'], baseUrl });",
        '// @ts-expect-error: one way at a time',
        "createAcmeClient({ apiKey: 'k', token: 't', baseUrl });",
        '// @ts-expect-error: the server is a template, so baseUrl is required',
        "createAcmeClient({ apiKey: 'k' });",
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.base.json', include: ['**/*.ts'] }),
    );
    const tsc = join(require.resolve('typescript/package.json'), '../bin/tsc');
    const checked = await promisify(execFile)(process.execPath, [
      tsc,
      '-p',
      join(dir, 'tsconfig.json'),
    ]).then(
      () => '',
      (error: { stdout?: string }) => String(error.stdout),
    );
    expect(checked).toBe('');

    const { createAcmeClient } = await import(join(dir, 'generated/client.ts'));
    const seen: Request[] = [];
    const fetch = async (request: Request) => {
      seen.push(request);
      return Response.json({ data: [] });
    };
    await createAcmeClient({ apiKey: 'k', fetch, baseUrl: 'https://eu.acme.test' }).GET('/things');
    expect(seen[0]?.url).toBe('https://eu.acme.test/things?api_key=k');
    expect(() => createAcmeClient({ apiKey: 'k' })).toThrow(
      `createAcmeClient: options.baseUrl is required: Acme has no default server (its server is https://{region}.acme.test; with the spec's defaults, "https://eu.acme.test")`,
    );
    expect(() => createAcmeClient({ baseUrl: 'https://eu.acme.test' })).toThrow(
      'createAcmeClient: options need credentials: pass apiKey (key), or clientId + clientSecret (basicAuth), or clientId + clientSecret or getToken (or token) (oauth)',
    );
  });
});
