import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load as loadYamlQuickly } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { bundleExternalRefs, externalRefs } from './bundle-refs.js';
import { joinPointer, SpecError, unescapePointer } from './spec-error.js';

export type JsonObject = { [key: string]: unknown };

export interface LoadedSpec {
  /** The path as given, used in every message. */
  readonly file: string;
  readonly document: JsonObject;
  /** True when the spec had external `$ref`s, now bundled into `document`. */
  readonly bundled?: boolean;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads, parses and checks a spec (YAML or JSON); every failure names the file (as `file`, e.g.
 * `specs/x.yaml`) and the JSON pointer. External `$ref`s to files in the spec's folder tree are
 * bundled in (see bundle-refs.ts).
 */
export async function loadSpec(path: string, file = path): Promise<LoadedSpec> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecError(file, '', code === 'ENOENT' ? 'file not found' : `cannot read (${code})`);
  }
  const parsed = parseYaml(file, text);
  checkShape(file, parsed);
  const refs = externalRefs(parsed);
  if (refs.length === 0) return checked(file, parsed);
  const parse = (part: string, name: string) => parseYaml(name, part);
  const document = await bundleExternalRefs({ path, file, refs, parse });
  return { ...checked(file, document), bundled: true };
}

function checked(file: string, document: JsonObject): LoadedSpec {
  checkShape(file, document);
  checkRefs(file, document);
  return { file, document };
}

/**
 * The same checks as `loadSpec`, on a spec's text (e.g. a version read from git). Text alone has
 * no folder to bundle from: an external `$ref` is refused here.
 */
export function parseSpec(text: string, file: string): LoadedSpec {
  return checked(file, parseYaml(file, text));
}

function parseYaml(file: string, text: string): JsonObject {
  // A JSON spec (JSON is YAML) parses an order of magnitude faster as JSON. Only a document
  // without repeated keys takes this path, so the YAML parser still reports those (and any
  // syntax error) with its line and pointer.
  if (/^\s*\{/.test(text)) {
    const parsed = parseJsonStrict(text);
    if (parsed !== undefined) return parsed;
  }
  const quick = parseYamlQuickly(text);
  if (quick !== undefined) return quick;
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [first] = parsed.errors;
  if (first) {
    const at = lineCounter.linePos(first.pos[0]);
    const pointer = pointerAt(parsed.contents, first.pos[0]);
    const message = first.message.split('\n')[0] ?? first.message;
    throw new SpecError(
      file,
      pointer,
      `invalid YAML at line ${at.line}, column ${at.col}: ${message}`,
    );
  }
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml's bound on aliases (a "billion laughs" document), or a tag it cannot resolve.
    throw new SpecError(file, '', `cannot read the YAML: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new SpecError(file, '', 'the document is not a YAML mapping');
  return value;
}

// JSON.parse keeps the last of repeated keys; a reviver sees each object once, complete, so a
// key count lower than the source's `"key":` count cannot be seen there. Instead: parse, then
// compare the number of object members against a scan of the text. Equal means no repeats.
function parseJsonStrict(text: string): JsonObject | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  let members = 0;
  const count = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) count(item);
    else if (isObject(node))
      for (const key in node) {
        members++;
        count(node[key]);
      }
  };
  count(value);
  // Every member is a string followed by optional blanks and a colon, outside other strings.
  const scanned = text.match(/"(?:[^"\\]|\\.)*"\s*:/g)?.length ?? 0;
  return scanned === members ? value : undefined;
}

// js-yaml parses a large spec five times faster than `yaml` (Asana's 3 MB: ~0.1 s against
// ~0.6 s), and refuses a repeated key as `yaml` does with `uniqueKeys`. Both read YAML 1.2's
// core schema (no timestamps, `<<` a plain key). Only a document it parses cleanly and that
// holds no alias of a collection takes this path: `yaml` reports any error with its line and
// pointer, and bounds aliases (`maxAliasCount`), which js-yaml shares by reference, so a
// billion-laughs document would be walked as an exponential tree everywhere after.
function parseYamlQuickly(text: string): JsonObject | undefined {
  // The one plain scalar the two read differently: js-yaml takes `0b101` for 5, yaml 1.2 for text.
  if (/\b0b[01]/.test(text)) return undefined;
  let value: unknown;
  try {
    value = loadYamlQuickly(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return isObject(value) && isTree(value) ? value : undefined;
}

/** True when no object or array is reached twice (what an alias of a collection makes). */
function isTree(root: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) return false;
    seen.add(node);
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return true;
}

// The deepest collection node that contains `offset`, as a JSON pointer: where a YAML error sits.
function pointerAt(node: unknown, offset: number, path: (string | number)[] = []): string {
  if (isMap(node)) {
    for (const pair of node.items) {
      const value = pair.value as { range?: [number, number, number] } | null;
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (value?.range && offset >= value.range[0] && offset <= value.range[2]) {
        return pointerAt(value, offset, [...path, String(key)]);
      }
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const range = (item as { range?: [number, number, number] } | null)?.range;
      if (range && offset >= range[0] && offset <= range[2]) {
        return pointerAt(item, offset, [...path, index]);
      }
    }
  }
  return joinPointer(path);
}

function checkShape(file: string, document: JsonObject) {
  const version = document.openapi;
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/.test(version)) {
    throw new SpecError(
      file,
      '/openapi',
      `expected an OpenAPI version 3.0.x or 3.1.x, got ${JSON.stringify(version)}`,
    );
  }
  if (!isObject(document.info)) throw new SpecError(file, '/info', 'missing info object');
  if (!isObject(document.paths)) throw new SpecError(file, '/paths', 'missing paths object');
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/')) {
      throw new SpecError(file, joinPointer(['paths', path]), 'a path must start with "/"');
    }
    if (!isObject(item))
      throw new SpecError(file, joinPointer(['paths', path]), 'expected a path item object');
  }
}

/** Every `$ref` must point at something inside this document (external ones are bundled first). */
function checkRefs(file: string, document: JsonObject) {
  // One path, pushed and popped, made a pointer only for an error; each distinct `$ref` resolved
  // once (a spec names its components from thousands of places).
  const path: (string | number)[] = [];
  const resolved = new Set<string>();
  const check = (ref: string) => {
    const where = joinPointer([...path, '$ref']);
    if (!ref.startsWith('#')) {
      throw new SpecError(
        file,
        where,
        `external $ref ${JSON.stringify(ref)} is not supported here: only a spec read from its file (pnpm generate) is bundled`,
      );
    }
    if (resolvePointer(document, ref.slice(1)) === undefined) {
      throw new SpecError(file, where, `unresolved $ref ${JSON.stringify(ref)}`);
    }
    resolved.add(ref);
  };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    if (!isObject(value)) return;
    for (const key in value) {
      const child = value[key];
      if (key === '$ref' && typeof child === 'string') {
        if (!resolved.has(child)) check(child);
      } else if (typeof child === 'object' && child !== null) {
        path.push(key);
        visit(child);
        path.pop();
      }
    }
  };
  visit(document);
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) return undefined;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    // Most segments hold neither escape: decoding them is most of the cost of a lookup.
    const segment = /[%~]/.test(raw) ? unescapePointer(decodeURIComponent(raw)) : raw;
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current))
      current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

export { isObject };
