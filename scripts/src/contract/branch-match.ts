import type { Ajv, ValidateFunction } from 'ajv';
import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';
import { sharedSpecAjv } from './ajv.js';
import { openapi30ToJsonSchema } from './openapi30-to-json-schema.js';
import { quickVerdict } from './quick-valid.js';

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
    // Plain schemas are read directly: a definite verdict needs no validator.
    const quick = quickVerdict(document, at, value);
    if (quick !== undefined) return quick;
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
