import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderContractTest } from '../src/contract/render-contract-test.js';
import {
  prewarmContractWorker,
  renderContractTestOffThread,
  stampOf,
} from '../src/contract/render-off-thread.js';
import { generatePackage } from '../src/generate.js';
import { loadSpec, parseSpec } from '../src/load-spec.js';
import { SpecError } from '../src/spec-error.js';

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

  describe('a plan made ahead from the file (pnpm generate on a large spec)', () => {
    const petstore = join(import.meta.dirname, 'fixtures/foreign/petstore-ish.json');
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const copy = () => {
      dir = mkdtempSync(join(tmpdir(), 'ahead-'));
      const path = join(dir, 'petstore-ish.json');
      copyFileSync(petstore, path);
      return path;
    };
    // Another spec's document, sent with the file's stamp: what comes back tells which was planned.
    const other = () =>
      parseSpec(readFileSync(join(import.meta.dirname, 'fixtures/zoo.yaml'), 'utf8'), 'x');

    it('serves the plan of the file when the spec read has the same stamp', async () => {
      const path = copy();
      prewarmContractWorker([{ path, options }]);
      const fromFile = renderContractTest(await loadSpec(path, options.specPath), options);
      const served = await renderContractTestOffThread(other(), options, stampOf(path));
      expect(served).toEqual(fromFile);
      // Used once: asked again, the worker plans what it is sent.
      const again = await renderContractTestOffThread(other(), options, stampOf(path));
      expect(again).toEqual(renderContractTest(other(), options));
    });

    it('plans what it is sent when the file changed since, or the options differ', async () => {
      const path = copy();
      prewarmContractWorker([{ path, options }]);
      // The worker takes its messages in order: once this answers, the file's stamp is taken.
      await renderContractTestOffThread(other(), options);
      const changed = readFileSync(path, 'utf8').replace(
        '"title"',
        '"summary": "changed", "title"',
      );
      writeFileSync(path, changed);
      utimesSync(path, new Date(), new Date(Date.now() + 5_000));
      const sent = other();
      expect(await renderContractTestOffThread(sent, options, stampOf(path))).toEqual(
        renderContractTest(sent, options),
      );
      prewarmContractWorker([{ path, options }]);
      const otherOptions = { ...options, name: 'y' };
      expect(await renderContractTestOffThread(sent, otherOptions, stampOf(path))).toEqual(
        renderContractTest(sent, otherOptions),
      );
    });

    it('a missing spec file is still a SpecError naming it', async () => {
      await expect(
        generatePackage('/nonexistent/specs/gone.json', 'specs/gone.json', 'gone'),
      ).rejects.toThrow(new SpecError('specs/gone.json', '', 'file not found'));
    });
  });
});
