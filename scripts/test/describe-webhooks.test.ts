import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeWebhooks } from '../src/describe-webhooks.js';
import { generate } from '../src/generate.js';
import { makeTree, minimalSpec, onePackage } from './fixture.js';

const SIGNATURE = `x-webhook-signature:
  header: X-Pets-Signature
  algorithm: hmac-sha256
  encoding: hex
  payload: raw-body
`;
const WEBHOOKS = `webhooks:
  petAdopted:
    post:
      summary: A pet was adopted
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses: { '200': { description: ok } }
  petLost:
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { id: { type: string } } }
      responses: { '200': { description: ok } }
`;
const signedSpec = `${minimalSpec}${SIGNATURE}${WEBHOOKS}`;

const describeYaml = (text: string) =>
  describeWebhooks({ file: 'specs/x.yaml', document: parse(text) });

describe('describeWebhooks', () => {
  it('is undefined for a spec that declares no signature, webhooks or not', () => {
    expect(describeYaml(`${minimalSpec}${WEBHOOKS}`)).toBeUndefined();
  });

  it("reads the declaration and types each webhook's body from schema.ts", () => {
    expect(describeYaml(signedSpec)).toEqual({
      signature: {
        header: 'X-Pets-Signature',
        algorithm: 'hmac-sha256',
        encoding: 'hex',
        payload: 'raw-body',
      },
      webhooks: [
        {
          name: 'petAdopted',
          method: 'post',
          summary: 'A pet was adopted',
          type: 'components["schemas"]["Pet"]',
        },
        {
          name: 'petLost',
          method: 'post',
          type: 'NonNullable<webhooks["petLost"]["post"]["requestBody"]>["content"]["application/json"]',
        },
      ],
      imports: ['components', 'webhooks'],
    });
  });

  it('reads x-webhooks (OpenAPI 3.0), whose bodies must $ref a component schema', () => {
    const spec = signedSpec
      .replace('openapi: 3.1.0', 'openapi: 3.0.3')
      .replace('webhooks:', 'x-webhooks:');
    expect(() => describeYaml(spec)).toThrow(
      'specs/x.yaml#/x-webhooks/petLost/post/requestBody/content/application~1json/schema: an x-webhooks body must $ref a schema under #/components/schemas',
    );
    const refOnly = spec.replace(/ {2}petLost:[\s\S]*$/, '');
    expect(describeYaml(refOnly)?.webhooks.map((webhook) => webhook.type)).toEqual([
      'components["schemas"]["Pet"]',
    ]);
  });

  it.each([
    [
      'algorithm: hmac-sha256',
      'algorithm: hmac-sha1',
      '/x-webhook-signature/algorithm: algorithm must be one of hmac-sha256',
    ],
    [
      'encoding: hex',
      'encoding: base64',
      '/x-webhook-signature/encoding: encoding must be one of hex',
    ],
    [
      'payload: raw-body',
      'payload: timestamp-and-body',
      '/x-webhook-signature/payload: payload must be one of raw-body',
    ],
    [
      'header: X-Pets-Signature',
      'header: "X Pets"',
      '/x-webhook-signature/header: header must be an HTTP header name',
    ],
    [
      'payload: raw-body',
      'payload: raw-body\n  prefx: sha256=',
      '/x-webhook-signature/prefx: unknown key "prefx"',
    ],
    [
      'payload: raw-body',
      'payload: raw-body\n  prefix: ""',
      '/x-webhook-signature/prefix: prefix must be a non-empty string',
    ],
  ])(
    'refuses a declaration the runtime cannot verify (%s → %s), naming its pointer',
    (from, to, message) => {
      expect(() => describeYaml(signedSpec.replace(from, to))).toThrow(`specs/x.yaml#${message}`);
    },
  );

  it('refuses a signature with nothing to sign', () => {
    expect(() => describeYaml(`${minimalSpec}${SIGNATURE}`)).toThrow(
      'specs/x.yaml#/x-webhook-signature: x-webhook-signature needs webhooks (3.1) or x-webhooks (3.0) to sign',
    );
  });
});

describe('generate: webhooks.ts', () => {
  let dispose = () => {};
  afterEach(() => dispose());

  it('is written, with the do-not-edit header, only for a spec that declares a signature', async () => {
    const made = makeTree({ ...onePackage(signedSpec), ...onePackage(minimalSpec, 'plain') });
    dispose = made.dispose;
    const result = await generate({ rootDir: made.root });
    expect(result.written).toContain('packages/pets/src/generated/webhooks.ts');
    expect(result.written.filter((path) => path.includes('plain/src/generated/webhooks'))).toEqual(
      [],
    );
    const text = readFileSync(join(made.root, 'packages/pets/src/generated/webhooks.ts'), 'utf8');
    expect(text).toMatch(/^\/\/ generated from specs\/pets\.yaml — do not edit\./);
    expect(text).toContain("import type { components, webhooks } from './schema.js';");
    expect(text).toContain('"header": "X-Pets-Signature"');
    expect(text).toContain(
      'export type WebhookEvent =\n  | components["schemas"]["Pet"]\n  | NonNullable<',
    );
    expect((await generate({ rootDir: made.root, check: true })).stale).toEqual([]);
  });
});
