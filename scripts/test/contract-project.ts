import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderContractTest } from '../src/contract/render-contract-test.js';
import { loadSpec } from '../src/load-spec.js';
import { renderSchema } from '../src/render.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const scriptsDir = join(import.meta.dirname, '..');
const toPosix = (path: string) => path.split('\\').join('/');

/**
 * Generates, for any spec, what `pnpm generate` generates for a package (types and contract
 * test), plus a plain openapi-fetch client sending `headers`, in a folder inside scripts/ so
 * that it resolves the same dependencies. Test-only.
 */
export async function makeContractProject(
  specPath: string,
  headers: Record<string, string>,
  name = 'zoo',
) {
  mkdirSync(join(scriptsDir, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(scriptsDir, '.tmp', 'contract-'));
  const specName = `specs/${name}.yaml`;
  const spec = await loadSpec(specPath, specName);
  const { content, caseCount } = renderContractTest(spec, {
    specPath,
    name,
    runtimeImport: '../../src/contract/runtime.js',
  });
  const files: Record<string, string> = {
    'schema.ts': await renderSchema(spec, specName),
    'contract.gen.test.ts': content,
    'contract.setup.ts': [
      "import createClient from 'openapi-fetch';",
      "import type { paths } from './schema.js';",
      `export const createContractClient = (baseUrl: string) => createClient<paths>({ baseUrl, headers: ${JSON.stringify(headers)} });`,
    ].join('\n'),
    'global-setup.ts': [
      "import type { TestProject } from 'vitest/node';",
      "import { startPrism } from '../../src/prism/launcher.js';",
      'export default async function setup(project: TestProject) {',
      `  const fleet = await startPrism({ ${name}: ${JSON.stringify(toPosix(specPath))} });`,
      `  project.provide('prism', { ${name}: fleet.mocks.${name}?.url as string });`,
      '  return () => fleet.stop();',
      '}',
    ].join('\n'),
    'vitest.config.ts': [
      "import { defineConfig } from 'vitest/config';",
      "export default defineConfig({ test: { include: ['*.gen.test.ts'], globalSetup: ['./global-setup.ts'], reporters: ['json'], outputFile: { json: 'report.json' } } });",
    ].join('\n'),
    'tsconfig.json': JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { types: ['node'] },
      include: ['*.ts'],
    }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    dir,
    caseCount,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
    rewrite: (name: string, change: (text: string) => string) =>
      writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8'))),
    /** vitest's JSON report of the generated contract test, run against Prism. */
    async test() {
      const vitest = join(require.resolve('vitest/package.json'), '../vitest.mjs');
      await run(process.execPath, [vitest, 'run', '--root', dir], { cwd: dir }).catch(
        () => undefined,
      );
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        testResults: {
          assertionResults: { title: string; status: string; failureMessages: string[] }[];
        }[];
      };
      // Each test that did not pass, with the first line of its failure: `[]` when all passed.
      const failures = report.testResults.flatMap((file) =>
        file.assertionResults
          .filter((test) => test.status !== 'passed')
          .map((test) => `${test.title}: ${test.failureMessages[0]?.split('\n')[0]}`),
      );
      return { ...report, failures };
    },
    /** `tsc` over the project: the type-level cases must all be errors, and nothing else. */
    async typecheck(): Promise<{ ok: boolean; output: string }> {
      const tsc = join(require.resolve('typescript/package.json'), '../bin/tsc');
      try {
        await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')]);
        return { ok: true, output: '' };
      } catch (error) {
        return { ok: false, output: String((error as { stdout?: string }).stdout) };
      }
    },
  };
}
