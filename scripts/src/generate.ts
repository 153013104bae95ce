import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { UntestedPair } from './contract/plan-cases.js';
import {
  contractOptionsFor,
  renderContractTestOffThread,
  stampOf,
} from './contract/render-off-thread.js';
import { describeApi } from './describe-api.js';
import { describeWebhooks } from './describe-webhooks.js';
import { listSpecs, type SpecEntry } from './list-specs.js';
import { isObject, type JsonObject, type LoadedSpec, loadSpec } from './load-spec.js';
import { renderOperations, renderSchema } from './render.js';
import { hasFrontend, renderFactory, renderFrontend } from './render-factory.js';
import { renderWebhooks } from './render-webhooks.js';
import { type PackageNames, pascalCase } from './scaffold/client-surface.js';
import { isTakeOverHeaded, type Ownership, replaceBlock } from './scaffold/ownership.js';
import { type RootFacts, scaffoldPackage } from './scaffold/package-files.js';
import { BUILD_LISTS, packageRows, readmeWithTable, withBuildList } from './scaffold/root-files.js';
import { SpecError } from './spec-error.js';

export interface OutputFile {
  /** Relative to the root, with forward slashes. */
  readonly path: string;
  readonly content: string;
  /** Who owns the file once it exists (scaffold/ownership.ts); `generated` when not said. */
  readonly ownership?: Ownership;
  /** For `generated-block`: the block alone. */
  readonly block?: string;
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
  /** Files the maintainer owns (scaffolded earlier, or taken over), left as they are. */
  readonly kept: string[];
  /** Specs that could not be generated, each naming its file and JSON pointer. */
  readonly failures: SpecError[];
}

/**
 * What one spec produces for its package (`specPath` as the repository names it, e.g.
 * `specs/x.yaml`): the types, the runtime data, the factory and the contract test. `pnpm generate` per spec;
 * `scripts/src/bench/generate-speed.ts` times exactly this.
 */
export async function generatePackage(
  file: string,
  specPath: string,
  packageName: string,
  /**
   * Whether to write the factory (`src/generated/client.ts`). Off for a package that still
   * keeps a hand-written `src/client.ts` (a token exchange the generated factory cannot follow yet).
   */
  factory = true,
): Promise<{ files: OutputFile[]; contract: ContractReport; spec: LoadedSpec }> {
  // Stamped before it is read: a plan the worker made ahead from this file serves if it matches.
  const source = stampOf(file);
  const spec = await loadSpec(file, specPath);
  const packageDir = `packages/${packageName}`;
  // The contract test and the types are the two costly parts: on a large spec they are made at
  // once, the contract on a worker thread. Their errors are thrown in the order they were when
  // made one by one.
  const contractOptions = contractOptionsFor(specPath, packageName);
  const contractJob = settled(
    operationCount(spec.document) >= OFF_THREAD_OPERATIONS
      ? renderContractTestOffThread(spec, contractOptions, source)
      : // Loaded on first use: a run whose specs are all planned on the worker never needs it here.
        import('./contract/render-contract-test.js').then(({ renderContractTest }) =>
          renderContractTest(spec, contractOptions),
        ),
  );
  const schemaJob = settled(renderSchema(spec, specPath));
  const contract = unwrap(await contractJob);
  const api = describeApi(spec);
  // Only a spec that declares how its webhooks are signed gets a verifier's data.
  const webhooks = describeWebhooks(spec);
  const schema = unwrap(await schemaJob);
  const files = [
    {
      path: `${packageDir}/src/generated/schema.ts`,
      content: schema,
    },
    {
      path: `${packageDir}/src/generated/operations.ts`,
      content: renderOperations(api, specPath),
    },
    ...(factory
      ? [
          {
            path: `${packageDir}/src/generated/client.ts`,
            content: renderFactory(spec, packageName, specPath, api),
          },
          ...(hasFrontend(spec, api)
            ? [
                {
                  path: `${packageDir}/src/generated/frontend.ts`,
                  content: renderFrontend(spec, packageName, specPath, api),
                },
              ]
            : []),
        ]
      : []),
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
  return { files, contract: { spec: specPath, caseCount, documented, untested, notes }, spec };
}

// A worker costs a thread and its own modules (about 0.4 s, once per process): it pays off on a
// spec of hundreds of operations (Discord's 242: a plan of 0.5 s), not on one of a few dozen (a
// plan of 0.1 s), which is planned here.
const OFF_THREAD_OPERATIONS = 100;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The operations declared in the spec's path items (those behind a `$ref` are not counted). */
const operationCount = (document: JsonObject) =>
  Object.values(isObject(document.paths) ? document.paths : {}).reduce<number>(
    (count, item) => count + (isObject(item) ? METHODS.filter((m) => isObject(item[m])).length : 0),
    0,
  );

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

// A promise that never rejects (its failure is held until `unwrap`): no unhandled rejection
// while an earlier step's error is being thrown.
const settled = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

function unwrap<T>(outcome: Settled<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

// A package folder and npm name segment: what `specs/<name>.<ext>` may be called.
const PACKAGE_NAME = /^[a-z][a-z\d-]*$/;

function readRootFacts(rootDir: string): RootFacts {
  const read = (path: string) =>
    existsSync(join(rootDir, path)) ? readFileSync(join(rootDir, path), 'utf8') : undefined;
  const manifest = read('package.json');
  return {
    ...(read('LICENSE') === undefined ? {} : { license: read('LICENSE') as string }),
    manifest: manifest === undefined ? {} : (JSON.parse(manifest) as RootFacts['manifest']),
  };
}

// Two files for one package name (`x.yaml` and `x.json`) would fight over packages/x/.
function nameClash(spec: SpecEntry, specs: readonly SpecEntry[]): SpecError | undefined {
  const others = specs.filter((other) => other.name === spec.name && other.file !== spec.file);
  if (others.length === 0) return undefined;
  return new SpecError(
    spec.file,
    '',
    `${others.map((other) => other.file).join(', ')} also names packages/${spec.name}/: keep one`,
  );
}

/**
 * Everything the specs produce. A bad spec fails alone (its SpecError in `failures`, its package
 * left as it is); the others are planned in full. The root files that list every package are
 * planned only when every spec is good.
 */
export async function planGeneration(rootDir: string): Promise<{
  outputs: OutputFile[];
  contracts: ContractReport[];
  failures: SpecError[];
  failed: Set<string>;
}> {
  if (!existsSync(join(rootDir, 'specs'))) throw new SpecError('specs/', '', 'no specs directory');
  const outputs: OutputFile[] = [];
  const contracts: ContractReport[] = [];
  const failures: SpecError[] = [];
  const failed = new Set<string>();
  const loaded = new Map<string, { file: string; loaded: LoadedSpec }>();
  const newManifests = new Map<string, string>();
  const root = readRootFacts(rootDir);
  const specs = listSpecs(rootDir);
  for (const entry of specs) {
    const { name, file } = entry;
    try {
      const clash = nameClash(entry, specs);
      if (clash) throw clash;
      if (!PACKAGE_NAME.test(name))
        throw new SpecError(
          file,
          '',
          'the file name is the package name (packages/<name>/): use lowercase letters, digits and dashes, starting with a letter',
        );
      const { files, contract, spec } = await generatePackage(
        join(rootDir, file),
        file,
        name,
        !existsSync(join(rootDir, 'packages', name, 'src', 'client.ts')),
      );
      const names: PackageNames = {
        name,
        npmName: `@apiclients/${name}`,
        pascal: pascalCase(name),
        specFile: file,
      };
      const scaffold = scaffoldPackage(spec, names, root);
      outputs.push(...files, ...scaffold);
      contracts.push(contract);
      loaded.set(name, { file, loaded: spec });
      const manifest = scaffold.find((output) => output.path.endsWith('/package.json'));
      if (manifest && !existsSync(join(rootDir, manifest.path)))
        newManifests.set(name, manifest.content);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      failures.push(error);
      failed.add(name);
    }
  }
  if (failures.length === 0) outputs.push(...rootOutputs(rootDir, loaded, newManifests));
  return { outputs, contracts, failures, failed };
}

function rootOutputs(
  rootDir: string,
  specs: ReadonlyMap<string, { file: string; loaded: LoadedSpec }>,
  newManifests: ReadonlyMap<string, string>,
): OutputFile[] {
  const rows = packageRows(rootDir, specs, newManifests);
  const outputs: OutputFile[] = [];
  const readme = join(rootDir, 'README.md');
  // A README without the table's markers, or a repository without turbo, has nothing to update.
  const table = existsSync(readme)
    ? readmeWithTable(readFileSync(readme, 'utf8'), rows)
    : undefined;
  if (table !== undefined) outputs.push({ path: 'README.md', content: table });
  for (const { file, pattern } of BUILD_LISTS) {
    const path = join(rootDir, file);
    const text = existsSync(path)
      ? withBuildList(readFileSync(path, 'utf8'), pattern, rows)
      : undefined;
    if (text !== undefined) outputs.push({ path: file, content: text });
  }
  return outputs;
}

// What a file should hold after this run, or undefined when it is the maintainer's to keep.
function desiredContent(output: OutputFile, current: string | undefined): string | undefined {
  switch (output.ownership ?? 'generated') {
    case 'generated':
      return output.content;
    case 'scaffolded-once':
      return current === undefined ? output.content : undefined;
    case 'generated-until-taken-over':
      return current === undefined || isTakeOverHeaded(current) ? output.content : undefined;
    case 'generated-block':
      return current === undefined ? output.content : replaceBlock(current, output.block ?? '');
  }
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
  const { outputs, contracts, failures, failed } = await planGeneration(rootDir);
  const result: GenerateResult = {
    contracts,
    written: [],
    stale: [],
    unchanged: [],
    kept: [],
    failures,
  };
  for (const output of outputs) {
    const target = join(rootDir, output.path);
    const current = await readIfExists(target);
    const desired = desiredContent(output, current);
    if (desired === undefined) {
      result.kept.push(output.path);
    } else if (current === desired) {
      result.unchanged.push(output.path);
    } else if (check) {
      result.stale.push(output.path);
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, desired);
      result.written.push(output.path);
    }
  }
  // A failed spec's package keeps what it had: nothing of it is stale for want of a plan.
  const produced = new Set(outputs.map((output) => output.path));
  for (const path of await existingGenerated(rootDir)) {
    const name = path.split('/')[1] ?? '';
    if (!produced.has(path) && !failed.has(name)) result.stale.push(path);
  }
  return result;
}
