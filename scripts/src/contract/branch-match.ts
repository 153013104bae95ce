import type { Ajv, ValidateFunction } from 'ajv';
import type { JsonObject } from '../load-spec.js';
import { makeSpecAjv } from './ajv.js';

/** Whether `value` validates against the schema at `pointer`; undefined when it cannot be told. */
export type BranchMatcher = (pointer: string, value: unknown) => boolean | undefined;

// One Ajv per document, shared by every sample drawn from it: the sampler asks it which branches
// of a oneOf/anyOf a candidate value matches, and a real spec has hundreds of those.
const matchers = new WeakMap<JsonObject, BranchMatcher>();

/**
 * A matcher for the schemas of `document`, by JSON pointer. Separate from the planner's checker:
 * the sampler is also used where no plan exists (the mock's copy of the spec).
 */
export function branchMatcher(document: JsonObject): BranchMatcher {
  let matcher = matchers.get(document);
  if (matcher) return matcher;
  let ajv: Ajv | undefined;
  const compiled = new Map<string, ValidateFunction | undefined>();
  matcher = (pointer, value) => {
    if (!compiled.has(pointer)) {
      ajv ??= makeSpecAjv(document);
      try {
        compiled.set(pointer, ajv.compile({ $ref: `spec#${pointer}` }));
      } catch {
        compiled.set(pointer, undefined); // a branch Ajv cannot compile (an empty enum…)
      }
    }
    const validate = compiled.get(pointer);
    return validate ? validate(value) : undefined;
  };
  matchers.set(document, matcher);
  return matcher;
}
