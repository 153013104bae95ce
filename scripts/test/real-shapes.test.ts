// Regressions for what broke the generator on real public specs (Discord, Box, Twilio), each on
// a minimal snippet of fixtures/real-shapes.yaml.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSpecAjv } from '../src/contract/ajv.js';
import { planContract } from '../src/contract/plan-cases.js';
import { sampleSchema } from '../src/contract/sample.js';
import { loadSpec, parseSpec, resolvePointer } from '../src/load-spec.js';
import { prismCompatible } from '../src/prism/prism-compatible.js';
import { renderSchema } from '../src/render.js';
import { makeContractProject } from './contract-project.js';

const fixture = join(import.meta.dirname, 'fixtures/real-shapes.yaml');
const spec = await loadSpec(fixture);
const plan = planContract(spec);
const schemas = spec.document.components as { schemas: Record<string, unknown> };
const caseOf = (operationId: string, status: number) =>
  plan.operations
    .find((operation) => operation.operationId === operationId)
    ?.cases.find((c) => c.status === status);

describe('types (openapi-typescript options)', () => {
  it('declares each `…Values` array once, typed by its own values', async () => {
    const text = await renderSchema(spec, 'specs/real-shapes.yaml');
    const names = [...text.matchAll(/^export const (\w+Values)\b/gm)].map((match) => match[1]);
    expect(names.length).toBe(new Set(names).size); // no TS2451
    expect(text).toContain(
      'export const shapeKindValues: readonly ("round" | "square")[] = ["round", "square"];',
    );
    expect(text).toContain(
      'export const shapeKindValues2: readonly ("solid" | "hollow")[] = ["solid", "hollow"];',
    );
    expect(text).not.toMatch(/FlattenedDeepRequired|type ReadonlyArray/);
  });

  it('keeps a defaulted field optional in a shared schema', async () => {
    const text = await renderSchema(spec, 'specs/real-shapes.yaml');
    expect(text).toMatch(/size\?: number;/);
  });
});

describe('sampler', () => {
  const sample = (schema: unknown) => sampleSchema(schema, spec.document);
  it('takes an enum under allOf, a mapped discriminator variant, a pattern, a non-null branch', () => {
    const value = sample({ $ref: '#/components/schemas/NewThing' }) as Record<string, unknown>;
    expect(value.color).toBe('red');
    expect(value.kind).toEqual({ type: 'square', side: 2 }); // the mapping's first entry
    expect(value.parent).toBe('0');
    expect(sample({ type: 'string', pattern: '^VA[0-9a-fA-F]{32}$' })).toMatch(
      /^VA[0-9a-fA-F]{32}$/,
    );
    expect(schemas.schemas).toBeDefined();
  });
});

describe('Ajv', () => {
  it('compiles a pattern that the unicode flag rejects', () => {
    const ajv = makeSpecAjv(spec.document);
    const validate = ajv.compile({
      $ref: 'spec#/paths/~1things~1{thingId}/get/parameters/1/schema',
    });
    expect(validate('a-b')).toBe(true);
    expect(validate('A')).toBe(false);
  });
});

describe('contract plan', () => {
  it('counts every documented pair and says why one has no case', () => {
    expect(plan.documented).toBe(13);
    expect(plan.operations.flatMap((operation) => operation.cases)).toHaveLength(11);
    // `#suffix` variants are planned last: the declaration that answers them may come later.
    expect(plan.untested).toEqual([
      {
        operationId: 'broken',
        method: 'post',
        path: '/broken',
        status: '204',
        reason: expect.stringMatching(/^the spec admits no request we can build: .*enum/),
      },
      {
        operationId: 'addSpecial',
        method: 'put',
        path: '/boxes/special#add',
        status: '200',
        reason: expect.stringContaining('suffix is a URL fragment, which a server never receives'),
      },
    ]);
  });

  it('asks Prism for a concrete status for `4XX`, `5XX` and `default`', () => {
    expect(caseOf('getThing', 400)?.documented).toBe('4XX');
    expect(caseOf('getThing', 500)?.documented).toBe('default');
    expect(caseOf('putThing', 500)?.documented).toBe('5XX');
  });

  it('replaces a contradicting example and says so; validates every request', () => {
    expect(caseOf('getThing', 200)?.params.query.limit).toBe(1);
    expect(plan.notes).toContain(
      'getThing query parameter "limit": the example contradicts its schema (/ must be integer); sampled instead',
    );
    expect(caseOf('putThing', 200)?.prefer).toBe('code=200'); // the mock drops the example
    expect(caseOf('getThing', 200)?.params.path.thingId).toBe('0');
  });

  it('sends the Accept header the case expects, and bodies by their media type', () => {
    expect(caseOf('getLabel', 200)?.accept).toBe('text/plain');
    expect(caseOf('upload', 201)?.body).toMatchObject({
      kind: 'multipart',
      binaryFields: ['file'],
    });
    expect(caseOf('uploadRaw', 204)?.body?.kind).toBe('binary');
    expect(caseOf('createToken', 200)?.body?.kind).toBe('form');
  });
});

describe('Prism compatibility', () => {
  it('gives a JSON response without an example a sample of ours that its schema accepts', () => {
    const copy = prismCompatible(spec.document) as typeof spec.document;
    const media = '/paths/~1registry/get/responses/200/content/application~1json';
    const example = resolvePointer(copy, `${media}/example`);
    expect(example).toMatchObject({ channels: expect.any(Object) });
    expect(makeSpecAjv(spec.document).validate({ $ref: `spec#${media}/schema` }, example)).toBe(
      true,
    );
  });

  it('gives a patterned string an example, and a form array its single item', () => {
    const copy = prismCompatible(spec.document) as typeof spec.document;
    const snowflake = (copy.components as { schemas: Record<string, { example?: string }> }).schemas
      .Snowflake;
    expect(snowflake?.example).toBe('0');
    const scope = resolvePointer(
      copy,
      '/paths/~1tokens/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/scope',
    );
    expect(scope).toEqual({
      anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
    });
  });
});

describe('loadSpec', () => {
  it('reads JSON fast, and still rejects its repeated keys', () => {
    const ok = parseSpec(
      '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{}}',
      'x.json',
    );
    expect(ok.document.openapi).toBe('3.1.0');
    expect(() =>
      parseSpec(
        '{"openapi":"3.1.0","openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{}}',
        'x.json',
      ),
    ).toThrow(/Map keys must be unique/);
  });
});

describe('end to end against Prism', () => {
  let project: Awaited<ReturnType<typeof makeContractProject>>;
  beforeAll(async () => {
    project = await makeContractProject(fixture, { Authorization: 'Bearer contract' }, 'shapes');
    // A request body leaving out a defaulted field must compile.
    writeFileSync(
      join(project.dir, 'defaults.ts'),
      [
        "import { createContractClient } from './contract.setup.js';",
        "const client = createContractClient('http://127.0.0.1:1');",
        'export const put = () =>',
        "  client.PUT('/things/{thingId}', { params: { path: { thingId: '1' } }, body: { name: 'n', color: 'red', kind: { type: 'circle', radius: 1 } } });",
      ].join('\n'),
    );
  });
  afterAll(() => project?.dispose());

  it('the types, the accepted requests and the type-level cases all type-check', async () => {
    expect(await project.typecheck()).toEqual({ ok: true, output: '' });
  });

  it('every case passes: multipart, binary, form, Accept, ranges and default', async () => {
    const report = await project.test();
    expect(report.failures).toEqual([]);
    expect(report.numPassedTests).toBe(11);
  });
});
