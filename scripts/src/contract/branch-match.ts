import type { Ajv, ValidateFunction } from 'ajv';
import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';
import { sharedSpecAjv } from './ajv.js';
import { openapi30ToJsonSchema } from './openapi30-to-json-schema.js';

/** Whether `value` validates against the schema at `pointer`; undefined when it cannot be told. */
export type BranchMatcher = (pointer: string, value: unknown) => boolean | undefined;

// One Ajv per document, shared by every sample drawn from it: the sampler asks it which branches
// of a oneOf/anyOf a candidate value matches, and a real spec has hundreds of those.
const matchers = new WeakMap<JsonObject, BranchMatcher>();

// Keywords that say nothing about which values validate.
const ANNOTATIONS =
  /^(description|title|example|examples|deprecated|readOnly|writeOnly|externalDocs|xml|x-.*)$/;
// Keys whose value maps names to schemas: a property named `description` is no annotation.
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions']);

function withoutAnnotations(value: unknown, names = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutAnnotations(item));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => names || !ANNOTATIONS.test(key))
      .map(([key, child]) => [key, withoutAnnotations(child, !names && NAME_MAPS.has(key))]),
  );
}

// A small schema without `$ref`s validates the same wherever it sits and whatever it says about
// itself (`{ type: string, description: …, example: … }` on thousands of properties): it is
// compiled once, as its validating keywords. Any other, by its pointer in the spec.
function standalone(document: JsonObject, pointer: string): JsonObject | undefined {
  const schema = resolvePointer(document, pointer);
  if (!isObject(schema)) return undefined;
  const text = JSON.stringify(schema);
  if (text.length > 4000 || text.includes('"$ref"')) return undefined;
  const bare = withoutAnnotations(schema) as JsonObject;
  return String(document.openapi).startsWith('3.1')
    ? bare
    : (openapi30ToJsonSchema({ schema: bare }).schema as JsonObject);
}

// The pointer a bare `$ref` (annotations aside) leads to: a component that a hundred oneOfs list
// as a branch is compiled once.
function target(document: JsonObject, pointer: string): string {
  let current = pointer;
  for (let hops = 0; hops < 50; hops++) {
    const schema = resolvePointer(document, current);
    if (!isObject(schema) || typeof schema.$ref !== 'string' || !schema.$ref.startsWith('#'))
      return current;
    if (Object.keys(schema).some((key) => key !== '$ref' && !ANNOTATIONS.test(key))) return current;
    current = schema.$ref.slice(1);
  }
  return current;
}

// The JSON type of a value, as `type` names it.
const jsonType = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

/**
 * Whether the schema at `at` surely rejects `value` by what is read at a glance: a `type` the
 * value is not, a `required` property it lacks, an `enum` or `const` it is not. Most branches of
 * a real spec's oneOfs differ there, and telling so costs no compiled validator; anything less
 * plain is left to Ajv.
 */
export function surelyNot(document: JsonObject, at: string, value: unknown): boolean {
  let schema = resolvePointer(document, at);
  for (let hops = 0; isObject(schema) && typeof schema.$ref === 'string' && hops < 50; hops++) {
    if (Object.keys(schema).some((key) => key !== '$ref' && !ANNOTATIONS.test(key))) return false;
    schema = schema.$ref.startsWith('#')
      ? resolvePointer(document, schema.$ref.slice(1))
      : undefined;
  }
  if (!isObject(schema)) return false;
  const type = jsonType(value);
  const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (Array.isArray(types) && types.length > 0) {
    const allowed = new Set(types as string[]);
    if (schema.nullable === true) allowed.add('null');
    if (allowed.has('number')) allowed.add('integer');
    if (!allowed.has(type)) return true;
  }
  if (isObject(value) && Array.isArray(schema.required)) {
    if (schema.required.some((name) => typeof name === 'string' && !(name in value))) return true;
  }
  const plain = type !== 'object' && type !== 'array';
  if (plain && 'const' in schema && schema.const !== value) return true;
  if (plain && Array.isArray(schema.enum) && !schema.enum.includes(value as never)) {
    // 3.0's nullable admits null beside an enum that does not list it.
    return !(value === null && schema.nullable === true);
  }
  return false;
}

/**
 * A matcher for the schemas of `document`, by JSON pointer. Separate from the planner's checker:
 * the sampler is also used where no plan exists (the mock's copy of the spec).
 */
export function branchMatcher(document: JsonObject): BranchMatcher {
  let matcher = matchers.get(document);
  if (matcher) return matcher;
  let ajv: Ajv | undefined;
  const compiled = new Map<string, ValidateFunction | undefined>();
  // Where each pointer's validator is found, and the schema it is compiled from.
  const keys = new Map<string, { key: string; pointer: string; bare?: JsonObject }>();
  const keyOf = (at: string) => {
    let found = keys.get(at);
    if (!found) {
      const pointer = target(document, at);
      const bare = standalone(document, pointer);
      found = bare ? { key: `=${JSON.stringify(bare)}`, pointer, bare } : { key: pointer, pointer };
      keys.set(at, found);
    }
    return found;
  };
  matcher = (at, value) => {
    if (surelyNot(document, at, value)) return false;
    const { key, pointer, bare } = keyOf(at);
    if (!compiled.has(key)) {
      ajv ??= sharedSpecAjv(document);
      try {
        // In place (`getSchema`), as the planner compiles it: one function for both.
        compiled.set(key, bare ? ajv.compile(bare) : ajv.getSchema(`spec#${pointer}`));
      } catch {
        compiled.set(key, undefined); // a branch Ajv cannot compile (an empty enum…)
      }
    }
    const validate = compiled.get(key);
    return validate ? validate(value) : undefined;
  };
  matchers.set(document, matcher);
  return matcher;
}
