// Multi-file specs: external `$ref`s (`./schemas/pet.yaml#/Pet`) are bundled into one document,
// as if the spec had been written in one file. Before anything is bundled, every reachable file
// is checked here, so that a problem names the file and the JSON pointer of the offending `$ref`:
// no remote URLs (a generator run must not depend on the network), nothing outside the spec's
// folder tree, no missing file or fragment. @redocly/openapi-core does the bundling itself.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { joinPointer, SpecError } from './spec-error.js';

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface RefSite {
  readonly ref: string;
  /** JSON pointer of the `$ref` member. */
  readonly pointer: string;
}

/** Every `$ref` that does not start with `#`, with where it is. */
export function externalRefs(document: unknown): RefSite[] {
  const found: RefSite[] = [];
  // One path, pushed and popped: every spec is walked once on load, so the walk allocates nothing
  // but the pointers of what it finds (a 1 MB spec has none, usually).
  const path: (string | number)[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
    } else if (isObject(value)) {
      for (const key in value) {
        const child = value[key];
        if (key === '$ref' && typeof child === 'string') {
          if (!child.startsWith('#'))
            found.push({ ref: child, pointer: joinPointer([...path, key]) });
        } else if (typeof child === 'object' && child !== null) {
          path.push(key);
          visit(child);
          path.pop();
        }
      }
    }
  };
  visit(document);
  return found;
}

const URL_SCHEME = /^[a-z][a-z\d+.-]*:/i;

export interface BundleInput {
  /** The entry file on disk. */
  readonly path: string;
  /** The entry as messages name it, e.g. `specs/x.yaml`. */
  readonly file: string;
  /** Parses a part the way the entry was parsed; `file` names it in errors. */
  readonly parse: (text: string, file: string) => unknown;
  readonly refs: readonly RefSite[];
}

/** Checks every file the entry reaches, then returns the bundled document. */
export async function bundleExternalRefs(input: BundleInput): Promise<JsonObject> {
  const entry = resolve(input.path);
  const folder = dirname(entry);
  // Files are named in messages as the entry is: relative to the entry's folder, under its name.
  const nameOf = (path: string) =>
    join(dirname(input.file), relative(folder, path)).split(sep).join('/');
  const parsed = new Map<string, unknown>();
  const queue: { path: string; refs: readonly RefSite[] }[] = [{ path: entry, refs: input.refs }];
  const seen = new Set([entry]);
  while (queue.length > 0) {
    const { path, refs } = queue.shift() as { path: string; refs: readonly RefSite[] };
    for (const { ref, pointer } of refs) {
      const fail = (problem: string): never => {
        throw new SpecError(nameOf(path), pointer, `$ref ${JSON.stringify(ref)} ${problem}`);
      };
      if (URL_SCHEME.test(ref))
        fail("is remote: copy the file into the spec's folder and refer to it by path");
      const [filePart = '', fragment] = ref.split('#', 2);
      const target = resolve(dirname(path), decodeURI(filePart));
      if (!target.startsWith(folder + sep))
        fail(`leaves the spec's folder (${nameOf(folder) || '.'}/)`);
      if (!existsSync(target)) fail('names a file that does not exist');
      let document = parsed.get(target);
      if (document === undefined) {
        document = input.parse(await readFile(target, 'utf8'), nameOf(target));
        parsed.set(target, document);
      }
      if (fragment && resolveFragment(document, fragment) === undefined)
        fail(`names ${JSON.stringify(`#${fragment}`)}, which ${nameOf(target)} does not have`);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push({ path: target, refs: externalRefs(document) });
      }
    }
  }
  return bundleWithRedocly(entry, input.file);
}

function resolveFragment(document: unknown, fragment: string): unknown {
  if (fragment === '' || fragment === '/') return document;
  let current: unknown = document;
  for (const raw of fragment.replace(/^\//, '').split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isObject(current)) current = Object.hasOwn(current, key) ? current[key] : undefined;
    else return undefined;
  }
  return current;
}

async function bundleWithRedocly(entry: string, file: string): Promise<JsonObject> {
  // Loaded only for a multi-file spec: single-file specs (most of them) never pay for it.
  const { bundle, createConfig } = await import('@redocly/openapi-core');
  const config = await createConfig({});
  const result = await bundle({ ref: entry, config, dereference: false, keepUrlRefs: false });
  const problem = result.problems.find((p) => p.severity === 'error');
  if (problem) {
    const where = problem.location[0]?.pointer?.replace(/^#/, '') ?? '';
    throw new SpecError(file, where, `cannot bundle: ${problem.message}`);
  }
  const document: unknown = result.bundle.parsed;
  if (!isObject(document)) throw new SpecError(file, '', 'bundling produced no document');
  return document;
}
