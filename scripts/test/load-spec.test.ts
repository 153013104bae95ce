import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/load-spec.js';
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

  it('an unresolved $ref names the pointer of the $ref', async () => {
    const error = await failure(
      minimalSpec.replace("'#/components/schemas/Pet'", "'#/components/schemas/Nope'"),
    );
    expect(error.pointer).toBe(
      '/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref',
    );
    expect(error.message).toContain('unresolved $ref "#/components/schemas/Nope"');
  });

  it('an external $ref is refused, naming where it is', async () => {
    const error = await failure(minimalSpec.replace("'#/components/schemas/Pet'", "'./pet.yaml'"));
    expect(error.message).toContain('external $ref "./pet.yaml" is not supported');
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
