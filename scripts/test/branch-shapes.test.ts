// Regressions for the sampled values (request bodies, and the bodies the mock answers with) that
// violated real specs' oneOf/anyOf schemas, each on a minimal shape of fixtures/branch-shapes.yaml.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSpecAjv } from '../src/contract/ajv.js';
import { planContract } from '../src/contract/plan-cases.js';
import { sampleDetailed } from '../src/contract/sample.js';
import { loadSpec, resolvePointer } from '../src/load-spec.js';
import { prismCompatible } from '../src/prism/prism-compatible.js';
import { makeContractProject } from './contract-project.js';

const fixture = join(import.meta.dirname, 'fixtures/branch-shapes.yaml');
const spec = await loadSpec(fixture);
const ajv = makeSpecAjv(spec.document);
const schemaAt = (pointer: string) => ({ $ref: `#${pointer}` });
// A response's sample, and Ajv's verdict on it.
const sampled = (pointer: string, response = true) => {
  const sample = sampleDetailed(schemaAt(pointer), spec.document, undefined, response);
  const valid = ajv.validate({ $ref: `spec#${pointer}` }, sample.value);
  return { ...sample, valid, errors: ajv.errorsText(ajv.errors) };
};

describe('sampler: oneOf branches', () => {
  it('takes the branch whose value matches it alone (Box: a catch-all object branch)', () => {
    const { value, valid, errors } = sampled('/components/schemas/EventSource');
    expect(errors).toBe('No errors');
    expect(valid).toBe(true);
    // A User matches the catch-all too: the value is the catch-all's own, with no User fields.
    expect(value).not.toHaveProperty('type');
  });

  it('samples an enum spelled as a oneOf of consts, within its type', () => {
    expect(sampled('/components/schemas/Style')).toMatchObject({ value: 1, valid: true });
  });

  it('ends a self-nesting oneOf on the branch that ends (Discord: error details)', () => {
    const { value, valid } = sampled('/components/schemas/ErrorDetails');
    expect(valid).toBe(true);
    expect(JSON.stringify(value).length).toBeLessThan(200);
  });

  it("takes a discriminator mapping's first variant, named short, with its tag", () => {
    // Inline: openapi-typescript cannot resolve a short mapping name, so no fixture holds one.
    const variant = (name: string) => ({
      type: 'object',
      required: ['kind', name],
      properties: { kind: { type: 'string' }, [name]: { type: 'boolean' } },
    });
    const document = {
      openapi: '3.1.0',
      components: {
        schemas: {
          Pet: {
            type: 'object',
            oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
            discriminator: { propertyName: 'kind', mapping: { dog: 'Dog', cat: 'Cat' } },
          },
          Cat: variant('meow'),
          Dog: variant('bark'),
        },
      },
    };
    const pet = { $ref: '#/components/schemas/Pet' };
    expect(sampleDetailed(pet, document).value).toEqual({ kind: 'dog', bark: true });
  });

  it('reports a oneOf whose branches always overlap, at its pointer', () => {
    const { valid, ambiguous } = sampled('/components/schemas/Ambiguous');
    expect(valid).toBe(false);
    expect(ambiguous).toEqual([
      expect.stringMatching(
        /^\/components\/schemas\/Ambiguous\/oneOf: every value .* \(0\+1, 0\+1\)/,
      ),
    ]);
  });
});

describe('sampler: depth, examples, readOnly', () => {
  it('fills required properties deeper than openapi-sampler cuts, and cuts optional recursion', () => {
    const { value, valid, errors } = sampled('/components/schemas/Message');
    expect(errors).toBe('No errors');
    expect(valid).toBe(true);
    expect(value).not.toHaveProperty('referenced_message'); // Message inside Message: left out
  });

  it('does not copy an example its schema rejects (Asana: a string gid exemplified by 12345)', () => {
    const { value, valid } = sampled('/components/schemas/NewMember', false);
    expect(value).toEqual({ member: expect.any(String) });
    expect(valid).toBe(true);
  });

  it('keeps readOnly properties in a response, and leaves them out of a request', () => {
    expect(sampled('/components/schemas/Thing').value).toHaveProperty('id');
    expect(sampled('/components/schemas/Thing', false).value).not.toHaveProperty('id');
  });
});

describe('contract plan', () => {
  const plan = planContract(spec);
  it('covers every pair but the ambiguous oneOf, which it lists with its pointer and why', () => {
    expect(plan.documented).toBe(5);
    expect(plan.operations.flatMap((operation) => operation.cases)).toHaveLength(4);
    expect(plan.untested).toEqual([
      {
        operationId: 'getThing',
        method: 'get',
        path: '/things/{id}',
        status: '409',
        reason: expect.stringMatching(
          /^the response schema admits no body we can build.*\/components\/schemas\/Ambiguous\/oneOf: every value sampled from its branches matches several of them/,
        ),
      },
    ]);
  });

  it('leaves an optional deprecated parameter out of the request', () => {
    const getThing = plan.operations.find((operation) => operation.operationId === 'getThing');
    expect(getThing?.cases[0]?.params.query).toEqual({});
  });

  it('gives the mock, for each JSON response, a body of ours that its schema accepts', () => {
    const copy = prismCompatible(spec.document) as typeof spec.document;
    const media = (path: string, method: string, status: string) =>
      `/paths/${path.replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json`;
    for (const pointer of [
      media('/events', 'get', '200'),
      media('/messages', 'post', '200'),
      media('/messages', 'post', '400'),
      media('/things/{id}', 'get', '200'),
    ]) {
      const example = resolvePointer(copy, `${pointer}/example`);
      expect(ajv.validate({ $ref: `spec#${pointer}/schema` }, example), pointer).toBe(true);
    }
  });
});

describe('end to end against Prism', () => {
  let project: Awaited<ReturnType<typeof makeContractProject>>;
  beforeAll(async () => {
    project = await makeContractProject(fixture, {}, 'branches');
  });
  afterAll(() => project?.dispose());

  it('every case passes', async () => {
    const report = await project.test();
    expect(report.failures).toEqual([]);
    expect(report.numPassedTests).toBe(4);
  });
});
