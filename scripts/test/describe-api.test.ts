import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeApi } from '../src/describe-api.js';
import { minimalSpec } from './fixture.js';

const describeYaml = (text: string) => describeApi({ file: 'specs/x.yaml', document: parse(text) });

describe('describeApi', () => {
  it("records servers, schemes and each operation's effective security and scopes", () => {
    expect(describeYaml(minimalSpec)).toEqual({
      servers: [
        {
          url: 'https://{region}.pets.example',
          variables: { region: { default: 'eu', enum: ['eu', 'us'] } },
        },
      ],
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      security: [{ bearer: [] }],
      operations: {
        getPet: {
          method: 'get',
          path: '/pets/{petId}',
          security: [{ bearer: [] }],
          scopes: ['pets:read'],
        },
        'POST /login': { method: 'post', path: '/login', security: [] },
      },
    });
  });

  it('an unknown security scheme names its pointer', () => {
    expect(() =>
      describeYaml(minimalSpec.replace('security: []', 'security: [{ basic: [] }]')),
    ).toThrow('specs/x.yaml#/paths/~1login/post/security/0/basic: unknown security scheme "basic"');
  });

  it('x-scopes must be a list of strings', () => {
    expect(() =>
      describeYaml(minimalSpec.replace('x-scopes: [pets:read]', 'x-scopes: pets:read')),
    ).toThrow(
      'specs/x.yaml#/paths/~1pets~1{petId}/get/x-scopes: x-scopes must be an array of strings',
    );
  });

  it('duplicate operationIds are refused', () => {
    const spec = minimalSpec.replace(
      '    post:\n      security: []',
      '    post:\n      operationId: getPet\n      security: []',
    );
    expect(() => describeYaml(spec)).toThrow(
      'specs/x.yaml#/paths/~1login/post/operationId: duplicate operationId "getPet"',
    );
  });

  const withScheme = (scheme: string) =>
    minimalSpec.replace('  securitySchemes:\n', `  securitySchemes:\n    ${scheme}\n`);

  it('keeps of an OAuth2 scheme only its client credentials flow: token URL and scope names', () => {
    const described = describeYaml(
      withScheme(
        "oauth: { type: oauth2, description: not copied, flows: { implicit: { authorizationUrl: 'https://id.test', scopes: { a: A } }, clientCredentials: { tokenUrl: /token, scopes: { 'pets:read': Read } } } }",
      ),
    );
    expect(described.securitySchemes.oauth).toEqual({
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: '/token', scopes: ['pets:read'] } },
    });
  });

  it('a client credentials flow without a tokenUrl names its pointer', () => {
    expect(() =>
      describeYaml(
        withScheme('oauth: { type: oauth2, flows: { clientCredentials: { scopes: {} } } }'),
      ),
    ).toThrow(
      'specs/x.yaml#/components/securitySchemes/oauth/flows/clientCredentials/tokenUrl: a client credentials flow needs a tokenUrl',
    );
  });
});
