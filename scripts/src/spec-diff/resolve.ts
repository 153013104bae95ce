import { deref } from '../contract/spec-access.js';
import { isObject, type JsonObject } from '../load-spec.js';

export type Segment = string | number;

/** A place in both specs at once: the base one names what was removed, the head one the rest. */
export interface Where {
  readonly base: readonly Segment[];
  readonly head: readonly Segment[];
}

export const at = (where: Where, ...segments: Segment[]): Where => ({
  base: [...where.base, ...segments],
  head: [...where.head, ...segments],
});

export const same = (...segments: Segment[]): Where => ({ base: segments, head: segments });

/**
 * Both specs, read through their `$ref`s: every comparison derefs as it goes, so where a schema
 * lives (inline or under `components`) is never a change, only what it says.
 */
export interface Pair {
  readonly base: JsonObject;
  readonly head: JsonObject;
}

export const resolve = (document: JsonObject, value: unknown): JsonObject | undefined =>
  deref(document, value);

export const objectAt = (value: unknown): JsonObject => (isObject(value) ? value : {});

/**
 * A canonical rendering of a value with its `$ref`s followed (a cycle prints as its target), so
 * two values are equal when they say the same thing wherever their parts live.
 */
export function canonical(document: JsonObject, value: unknown, stack: unknown[] = []): string {
  if (Array.isArray(value))
    return `[${value.map((item) => canonical(document, item, stack)).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value) ?? 'undefined';
  if (typeof value.$ref === 'string') {
    const target = resolve(document, value);
    if (stack.includes(target)) return JSON.stringify({ $cycle: value.$ref });
    return canonical(document, target, [...stack, target]);
  }
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(document, value[key], stack)}`).join(',')}}`;
}
