import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeTokenExchange } from '../src/describe-token-exchange.js';
import { loadSpec } from '../src/load-spec.js';
import { SpecError } from '../src/spec-error.js';

// A token operation in the shape of Hashrails' (client id and secret in a JSON body, the token
// under `data`), its extension given by each case.
const specWith = (exchange: string, more = '') =>
  parse(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /auth/token:
    post:
      security: []
${exchange
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TokenRequest' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data:
                    allOf:
                      - { $ref: '#/components/schemas/Token' }
        '400':
          description: refused
          content:
            application/json:
              schema:
                type: object
                properties:
                  errors:
                    type: array
                    items: { type: object, properties: { field: { type: string } } }
        '403': { description: forbidden }
${more}
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
    key: { type: apiKey, in: header, name: X-Key }
  schemas:
    TokenRequest:
      type: object
      properties:
        client: { type: object, properties: { id: { type: string }, secret: { type: string } } }
        scope: { type: array, items: { type: string, enum: [read, write] } }
        count: { type: integer }
    Token:
      type: object
      properties:
        access_token: { type: string }
        expires_in: { type: integer }
        token_type: { type: string }
`);

const GOOD = `x-token-exchange:
  issues: bearerAuth
  request: { clientId: /client/id, clientSecret: /client/secret, scopes: /scope }
  response: { accessToken: /data/access_token, expiresIn: /data/expires_in, tokenType: /data/token_type }
  required: [expiresIn]`;

const AT = '/paths/~1auth~1token/post/x-token-exchange';

function failure(exchange: string, more = ''): { file: string; pointer: string; message: string } {
  try {
    describeTokenExchange({ file: 'specs/x.yaml', document: specWith(exchange, more) });
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { file: error.file, pointer: error.pointer, message: error.message };
  }
  throw new Error('expected a SpecError');
}

describe('x-token-exchange', () => {
  it('is read into plain data: body paths, response paths, the scope values', () => {
    expect(describeTokenExchange({ file: 'specs/x.yaml', document: specWith(GOOD) })).toEqual({
      method: 'POST',
      path: '/auth/token',
      issues: 'bearerAuth',
      request: {
        clientId: ['client', 'id'],
        clientSecret: ['client', 'secret'],
        scopes: ['scope'],
      },
      response: {
        accessToken: ['data', 'access_token'],
        expiresIn: ['data', 'expires_in'],
        tokenType: ['data', 'token_type'],
      },
      required: ['expiresIn'],
      scopeOption: 'scopes',
      scopeValues: ['read', 'write'],
      authSchemes: [],
      authOptions: [],
    });
  });

  it('reads identity, errors and rejectedFields, and the API key its operation asks for', () => {
    const more = `${GOOD}
  identity: clientId
  errors: { '403': 'a Bearer cannot mint' }
  rejectedFields: /errors/*/field`;
    const document = specWith(more);
    ((document.paths as never)['/auth/token'] as { post: { security: unknown } }).post.security = [
      { key: [] },
    ];
    expect(describeTokenExchange({ file: 'specs/x.yaml', document })).toMatchObject({
      identity: 'clientId',
      errors: { 403: 'a Bearer cannot mint' },
      rejectedFields: { list: ['errors'], field: ['field'] },
      authSchemes: ['key'],
      authOptions: ['apiKey'],
    });
  });

  it('is undefined for a spec that declares none', () => {
    expect(describeTokenExchange({ file: 'specs/x.yaml', document: specWith('') })).toBeUndefined();
  });

  it.each([
    [
      'a request pointer into nothing',
      GOOD.replace('/client/secret', '/client/password'),
      `${AT}/request/clientSecret`,
      '/client/password is not a property of the request body',
    ],
    [
      'a response pointer into nothing',
      GOOD.replace('/data/access_token', '/access_token'),
      `${AT}/response/accessToken`,
      '/access_token is not a property of the 200 response body',
    ],
    [
      'a lifetime that is not a number',
      GOOD.replace('expiresIn: /data/expires_in', 'expiresIn: /data/token_type'),
      `${AT}/response/expiresIn`,
      '/data/token_type must be a number',
    ],
    [
      'a pointer that is not one',
      GOOD.replace('/data/access_token', 'data.access_token'),
      `${AT}/response/accessToken`,
      'must be a JSON pointer',
    ],
    [
      'no token at all',
      GOOD.replace('accessToken: /data/access_token, ', ''),
      `${AT}/response/accessToken`,
      'is required',
    ],
    [
      'an unknown scheme',
      GOOD.replace('issues: bearerAuth', 'issues: oauth'),
      `${AT}/issues`,
      'must name a scheme',
    ],
    [
      'a scheme no token can satisfy',
      GOOD.replace('issues: bearerAuth', 'issues: key'),
      `${AT}/issues`,
      'must name an http bearer or oauth2 scheme',
    ],
    ['an unknown field', `${GOOD}\n  grant: password`, `${AT}/grant`, 'unknown field'],
    [
      'an unknown response field',
      GOOD.replace('tokenType:', 'refreshToken:'),
      `${AT}/response/refreshToken`,
      'unknown field',
    ],
    [
      'a required field the response does not map',
      GOOD.replace('[expiresIn]', '[refreshToken]'),
      `${AT}/required`,
      'must list fields declared under response',
    ],
    [
      'an identity that is no request option',
      `${GOOD}\n  identity: userId`,
      `${AT}/identity`,
      'must name an option of request',
    ],
    [
      'an identity that is the scope list',
      `${GOOD}\n  identity: scopes`,
      `${AT}/identity`,
      'must name a string option',
    ],
    [
      'an error text for a status the operation does not document',
      `${GOOD}\n  errors: { '404': gone }`,
      `${AT}/errors/404`,
      'a 4xx or 5xx status the operation documents',
    ],
    [
      'rejected fields without a * for the items',
      `${GOOD}\n  rejectedFields: /errors/field`,
      `${AT}/rejectedFields`,
      'one * for the items',
    ],
    [
      'rejected fields into nothing',
      `${GOOD}\n  rejectedFields: /errors/*/name`,
      `${AT}/rejectedFields`,
      'must lead to a string in the items of an array of the 400 response body',
    ],
    [
      'a request option that is neither a credential nor a scope list',
      GOOD.replace('scopes: /scope', 'scopes: /count'),
      `${AT}/request/scopes`,
      'must be a string (a credential) or an array of enum strings',
    ],
    [
      'an option name that is not one',
      GOOD.replace('clientId:', 'client-id:'),
      `${AT}/request/client-id`,
      'must be an option name',
    ],
  ])('%s fails generation naming the pointer', (_, exchange, pointer, message) => {
    const error = failure(exchange);
    expect(error.file).toBe('specs/x.yaml');
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain(message);
  });

  it('a token operation whose own security is not an API key is refused, naming it', () => {
    const document = specWith(GOOD);
    ((document.paths as never)['/auth/token'] as { post: { security: unknown } }).post.security = [
      { bearerAuth: [] },
    ];
    const error = (() => {
      try {
        describeTokenExchange({ file: 'specs/x.yaml', document });
      } catch (caught) {
        return caught as SpecError;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    expect(error?.pointer).toBe('/paths/~1auth~1token/post/security');
    expect(error?.message).toContain('may ask for nothing or an API key');
  });

  it('a second exchange in the same spec is refused', () => {
    const second = `  /auth/other:
    post:
      ${GOOD.split('\n').join('\n      ')}
      responses: { '200': { description: ok } }`;
    const error = failure(GOOD, second);
    expect(error.pointer).toBe('/paths/~1auth~1other/post/x-token-exchange');
    expect(error.message).toContain('at most one');
  });

  it("reads Hashrails' and Volubile's declarations from their specs", async () => {
    const hashrails = describeTokenExchange(await loadSpec('../specs/hashrails.yaml'));
    expect(hashrails).toMatchObject({
      path: '/v1/auth/token/issue',
      request: { clientId: ['client_id'], clientSecret: ['client_secret'] },
      response: { accessToken: ['data', 'access_token'] },
    });
    const volubile = describeTokenExchange(await loadSpec('../specs/volubile.yaml'));
    expect(volubile).toMatchObject({
      path: '/v1/auth/token',
      request: { scopes: ['scope'] },
      required: ['expiresIn'],
    });
    expect(volubile?.scopeValues).toContain('calls:read');
  });
});
