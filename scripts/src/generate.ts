import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UntestedPair } from './contract/plan-cases.js';
import { renderContractTest } from './contract/render-contract-test.js';
import { describeApi } from './describe-api.js';
import { describeWebhooks } from './describe-webhooks.js';
import { loadSpec } from './load-spec.js';
import { renderOperations, renderSchema } from './render.js';
import { renderWebhooks } from './render-webhooks.js';
import { SpecError } from './spec-error.js';

export interface OutputFile {
  /** Relative to the root, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

export interface GenerateOptions {
  /** The repository root: holds `specs/` and `packages/`. */
  readonly rootDir: string;
  /** Only compare; write nothing. */
  readonly check?: boolean;
}

/** What a spec's contract test covers: its cases against the pairs the spec documents. */
export interface ContractReport {
  readonly spec: string;
  readonly caseCount: number;
  readonly documented: number;
  readonly untested: readonly UntestedPair[];
  readonly notes: readonly string[];
}

export interface GenerateResult {
  readonly contracts: ContractReport[];
  readonly written: string[];
  /** Files that differ from what the specs produce, or that no spec produces any more. */
  readonly stale: string[];
  readonly unchanged: string[];
}

const SPEC_PATTERN = /\.ya?ml$/;

async function listSpecs(rootDir: string): Promise<string[]> {
  const dir = join(rootDir, 'specs');
  if (!existsSync(dir)) throw new SpecError('specs/', '', 'no specs directory');
  return (await readdir(dir)).filter((name) => SPEC_PATTERN.test(name)).sort();
}

/**
 * What one spec produces for its package (`specPath` as the repository names it, e.g.
 * `specs/x.yaml`): the types, the runtime data and the contract test. `pnpm generate` per spec;
 * `scripts/src/bench/generate-speed.ts` times exactly this.
 */
export async function generatePackage(
  file: string,
  specPath: string,
  packageName: string,
): Promise<{ files: OutputFile[]; contract: ContractReport }> {
  const spec = await loadSpec(file, specPath);
  const packageDir = `packages/${packageName}`;
  const contract = renderContractTest(spec, {
    specPath,
    name: packageName,
    runtimeImport: '@apiclients/contract-kit/runtime',
  });
  // Only a spec that declares how its webhooks are signed gets a verifier's data.
  const webhooks = describeWebhooks(spec);
  const files = [
    {
      path: `${packageDir}/src/generated/schema.ts`,
      content: await renderSchema(spec, specPath),
    },
    {
      path: `${packageDir}/src/generated/operations.ts`,
      content: renderOperations(describeApi(spec), specPath),
    },
    ...(webhooks
      ? [
          {
            path: `${packageDir}/src/generated/webhooks.ts`,
            content: renderWebhooks(webhooks, specPath),
          },
        ]
      : []),
    { path: `${packageDir}/test/contract.gen.test.ts`, content: contract.content },
  ];
  const { caseCount, documented, untested, notes } = contract;
  return { files, contract: { spec: specPath, caseCount, documented, untested, notes } };
}

/** Everything the specs produce. Throws on the first bad spec, before anything is written. */
export async function planGeneration(
  rootDir: string,
): Promise<{ outputs: OutputFile[]; contracts: ContractReport[] }> {
  const outputs: OutputFile[] = [];
  const contracts: ContractReport[] = [];
  for (const name of await listSpecs(rootDir)) {
    const specPath = `specs/${name}`;
    const packageName = basename(name).replace(SPEC_PATTERN, '');
    const packageDir = `packages/${packageName}`;
    if (!existsSync(join(rootDir, packageDir, 'package.json'))) {
      throw new SpecError(specPath, '', `no package at ${packageDir}/ to generate into`);
    }
    const { files, contract } = await generatePackage(
      join(rootDir, specPath),
      specPath,
      packageName,
    );
    outputs.push(...files);
    contracts.push(contract);
  }
  return { outputs, contracts };
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

// Generated files that exist on disk: anything under a package's src/generated/, and its
// test/*.gen.test.ts.
async function existingGenerated(rootDir: string): Promise<string[]> {
  const packagesDir = join(rootDir, 'packages');
  if (!existsSync(packagesDir)) return [];
  const found: string[] = [];
  for (const pkg of await readdir(packagesDir)) {
    const dir = join(packagesDir, pkg, 'src', 'generated');
    if (existsSync(dir)) {
      for (const file of await readdir(dir)) found.push(`packages/${pkg}/src/generated/${file}`);
    }
    const testDir = join(packagesDir, pkg, 'test');
    if (existsSync(testDir)) {
      for (const file of await readdir(testDir)) {
        if (file.endsWith('.gen.test.ts')) found.push(`packages/${pkg}/test/${file}`);
      }
    }
  }
  return found;
}

export async function generate({
  rootDir,
  check = false,
}: GenerateOptions): Promise<GenerateResult> {
  const { outputs, contracts } = await planGeneration(rootDir);
  const result: GenerateResult = { contracts, written: [], stale: [], unchanged: [] };
  for (const output of outputs) {
    const target = join(rootDir, output.path);
    if ((await readIfExists(target)) === output.content) {
      result.unchanged.push(output.path);
    } else if (check) {
      result.stale.push(output.path);
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output.content);
      result.written.push(output.path);
    }
  }
  const produced = new Set(outputs.map((output) => output.path));
  for (const path of await existingGenerated(rootDir)) {
    if (!produced.has(path)) result.stale.push(path);
  }
  return result;
}
