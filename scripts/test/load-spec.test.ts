import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadSpec, parseSpec } from '../src/load-spec.js';
import { SpecError } from '../src/spec-error.js';
import { makeTree, minimalSpec } from './fixture.js';

let dispose = () => {};
afterEach(() => dispose());

async function load(content: string) {
  const made = makeTree({ 'specs/x.yaml': content });
  dispose = made.dispose;
  return loadSpec(join(made.root, 'specs/x.yaml'), 'specs/x.yaml');
}

async function failure(content: string): Promise<SpecError> {
  const error = await load(content).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe('loadSpec', () => {
  it('parses a valid spec', async () => {
    const { document } = await load(minimalSpec);
    expect(document.openapi).toBe('3.1.0');
  });

  it('a missing file names the file', async () => {
    await expect(loadSpec('/nonexistent/specs/gone.yaml', 'specs/gone.yaml')).rejects.toThrow(
      'specs/gone.yaml#: file not found',
    );
  });

  it('bad YAML names the file, the line and the JSON pointer', async () => {
    const error = await failure(
      minimalSpec.replace('operationId: getPet', 'operationId: getPet: oops'),
    );
    expect(error.file).toBe('specs/x.yaml');
    expect(error.pointer).toBe('/paths/~1pets~1{petId}/get/operationId');
    expect(error.message).toBe(
      'specs/x.yaml#/paths/~1pets~1{petId}/get/operationId: invalid YAML at line 12, column 20: Nested mappings are not allowed in compact mappings',
    );
  });

  it('a duplicated key is bad YAML', async () => {
    const error = await failure(minimalSpec.replace('  /login:', '  /pets/{petId}:'));
    expect(error.message).toMatch(/invalid YAML at line \d+, column \d+: Map keys must be unique/);
  });

  it('reads every plain scalar as YAML 1.2 core does, whichever parser takes the document', async () => {
    // js-yaml reads most documents (it is faster); these are the scalars where parsers differ.
    const scalars = [
      '0x1F',
      '0o17',
      '017',
      '0b101',
      '1_000',
      '1e3',
      '.inf',
      '-.Inf',
      '.NaN',
      '~',
      'Null',
      'True',
      'yes',
      'off',
      '2020-01-01',
      '2020-01-01T00:00:00Z',
      '12:30',
      '+12',
      '<<',
    ];
    const block = scalars.map((scalar, index) => `  s${index}: ${scalar}`).join('\n');
    const text = `${minimalSpec}x-scalars:\n${block}\n`;
    const { document } = await load(text);
    expect(document['x-scalars']).toEqual(parseYaml(text)['x-scalars']);
    expect(document['x-scalars']).toMatchObject({
      s0: 31,
      s3: '0b101',
      s12: 'yes',
      s14: '2020-01-01',
    });
  });

  it('a document with aliases is read by yaml, which bounds them', async () => {
    const shared = `${minimalSpec}x-a: &a { deep: [1, 2] }\nx-b: *a\n`;
    const { document } = await load(shared);
    expect(document['x-b']).toEqual({ deep: [1, 2] });
    const rows = ['x-l0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let level = 1; level < 8; level++)
      rows.push(
        `x-l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    const error = await failure(`${minimalSpec}${rows.join('\n')}\n`);
    expect(error.message).toBe(
      'specs/x.yaml#: cannot read the YAML: Excessive alias count indicates a resource exhaustion attack',
    );
  });

  it('an unresolved $ref names the pointer of the $ref', async () => {
    const error = await failure(
      minimalSpec.replace("'#/components/schemas/Pet'", "'#/components/schemas/Nope'"),
    );
    expect(error.pointer).toBe(
      '/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref',
    );
    expect(error.message).toContain('unresolved $ref "#/components/schemas/Nope"');
  });

  describe('a multi-file spec', () => {
    const petRef = "'#/components/schemas/Pet'";
    const where = '/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref';
    async function loadTree(ref: string, parts: Record<string, string>) {
      const made = makeTree({ 'specs/x.yaml': minimalSpec.replace(petRef, `'${ref}'`), ...parts });
      dispose = made.dispose;
      return loadSpec(join(made.root, 'specs/x.yaml'), 'specs/x.yaml');
    }
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.unreachable('loaded'),
        (error: unknown) => error as SpecError,
      );

    it("external $refs in the spec's folder tree are bundled, parts referring to parts", async () => {
      const spec = await loadTree('./schemas/pet.yaml#/Pet', {
        'specs/schemas/pet.yaml':
          "Pet:\n  type: object\n  properties:\n    tag: { $ref: './tag.json' }\n",
        'specs/schemas/tag.json': '{ "type": "string", "maxLength": 8 }',
      });
      expect(spec.bundled).toBe(true);
      const json = JSON.stringify(spec.document);
      expect(json).not.toMatch(/\.yaml|\.json/);
      expect(json).toContain('"maxLength":8');
    });

    it('a missing part names the referring file and the pointer of its $ref', async () => {
      const error = await refused(loadTree('./schemas/gone.yaml', {}));
      expect(error).toBeInstanceOf(SpecError);
      expect(error.message).toBe(
        `specs/x.yaml#${where}: $ref "./schemas/gone.yaml" names a file that does not exist`,
      );
    });

    it('a missing fragment in a part, found through another part, names that part', async () => {
      const error = await refused(
        loadTree('./schemas/pet.yaml#/Pet', {
          'specs/schemas/pet.yaml': "Pet: { $ref: './more.yaml#/Nope' }\n",
          'specs/schemas/more.yaml': 'Other: { type: string }\n',
        }),
      );
      expect(error.message).toBe(
        'specs/schemas/pet.yaml#/Pet/$ref: $ref "./more.yaml#/Nope" names "#/Nope", which specs/schemas/more.yaml does not have',
      );
    });

    it("a $ref leaving the spec's folder is refused", async () => {
      const error = await refused(
        loadTree('../outside.yaml', { 'outside.yaml': 'type: string\n' }),
      );
      expect(error.message).toBe(
        `specs/x.yaml#${where}: $ref "../outside.yaml" leaves the spec's folder (specs/)`,
      );
    });

    it('a remote $ref is refused: generation never depends on the network', async () => {
      const error = await refused(loadTree('https://example.com/pet.yaml', {}));
      expect(error.message).toContain('$ref "https://example.com/pet.yaml" is remote');
      expect(error.pointer).toBe(where);
    });

    it('bad YAML in a part names the part', async () => {
      const error = await refused(
        loadTree('./schemas/pet.yaml#/Pet', { 'specs/schemas/pet.yaml': 'Pet: [unclosed\n' }),
      );
      expect(error.file).toBe('specs/schemas/pet.yaml');
      expect(error.message).toMatch(/invalid YAML at line/);
    });

    it('spec text alone (a version from git) cannot be bundled: refused, naming where', () => {
      expect(() => parseSpec(minimalSpec.replace(petRef, "'./pet.yaml'"), 'specs/x.yaml')).toThrow(
        `specs/x.yaml#${where}: external $ref "./pet.yaml" is not supported here`,
      );
    });
  });

  it('a JSON spec loads like its YAML twin', async () => {
    const made = makeTree({ 'specs/x.json': JSON.stringify(parseSpec(minimalSpec, 'm').document) });
    dispose = made.dispose;
    const spec = await loadSpec(join(made.root, 'specs/x.json'), 'specs/x.json');
    expect(spec.document).toEqual(parseSpec(minimalSpec, 'm').document);
  });

  it('a document that is not OpenAPI 3.x is refused at /openapi', async () => {
    const error = await failure(minimalSpec.replace('openapi: 3.1.0', 'swagger: "2.0"'));
    expect(error.message).toBe(
      'specs/x.yaml#/openapi: expected an OpenAPI version 3.0.x or 3.1.x, got undefined',
    );
  });

  it('missing paths is refused at /paths', async () => {
    const error = await failure('openapi: 3.0.3\ninfo: { title: t, version: "1" }\n');
    expect(error.message).toBe('specs/x.yaml#/paths: missing paths object');
  });

  it('a YAML document that is not a mapping is refused', async () => {
    const error = await failure('- just\n- a list\n');
    expect(error.message).toBe('specs/x.yaml#: the document is not a YAML mapping');
  });
});
