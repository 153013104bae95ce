import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContractTest } from '../src/contract/render-contract-test.js';
import { renderContractTestOffThread } from '../src/contract/render-off-thread.js';
import { loadSpec, parseSpec } from '../src/load-spec.js';

const options = { specPath: 'x', name: 'x', runtimeImport: '@apiclients/contract-kit/runtime' };

describe('renderContractTestOffThread', () => {
  it('renders on the worker what renderContractTest renders here', async () => {
    const spec = await loadSpec(
      join(import.meta.dirname, 'fixtures/foreign/petstore-ish.json'),
      'specs/petstore-ish.json',
    );
    expect(await renderContractTestOffThread(spec, options)).toEqual(
      renderContractTest(spec, options),
    );
  });

  it("rejects with the worker's error", async () => {
    // Two schemas naming each other: loadSpec resolves each $ref, the plan finds the cycle.
    const spec = parseSpec(
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'x', version: '1' },
        paths: {
          '/a': {
            post: {
              operationId: 'a',
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
              },
              responses: { '204': { description: 'ok' } },
            },
          },
        },
        components: {
          schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
        },
      }),
      'specs/cycle.json',
    );
    expect(() => renderContractTest(spec, options)).toThrow('$ref cycle');
    await expect(renderContractTestOffThread(spec, options)).rejects.toThrow('$ref cycle');
  });
});
