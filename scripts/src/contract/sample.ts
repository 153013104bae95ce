import * as samplerModule from 'openapi-sampler';
import RandExp from 'randexp';
import { isObject, type JsonObject } from '../load-spec.js';
import { deref } from './spec-access.js';

// openapi-sampler is CommonJS: its `sample` is a named export under Node's ESM interop and under
// vitest's, where a default import is not always there.
const OpenAPISampler = ((samplerModule as unknown as { default?: typeof samplerModule }).default ??
  samplerModule) as typeof samplerModule;

// How deep a schema is inlined before a recursive branch is cut to `{}` (sampled as nothing).
const MAX_DEPTH = 12;

const isNullSchema = (schema: unknown) =>
  isObject(schema) &&
  (schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null') ||
    (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null));

// allOf members folded into one schema: properties merged, `required` united, the first member
// that says `type`, `enum`, `const`, `pattern`, `format`… wins. What openapi-sampler does for
// allOf loses an enum that sits in one member when another member is a bare `type: string`.
function mergeAll(members: JsonObject[]): JsonObject {
  const merged: JsonObject = {};
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const member of members) {
    for (const [key, value] of Object.entries(member)) {
      if (key === 'properties' && isObject(value)) Object.assign(properties, value);
      else if (key === 'required' && Array.isArray(value))
        for (const name of value) required.add(String(name));
      else if (merged[key] === undefined) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

// A string the pattern matches, the same on every run (generated files must not churn): each
// choice takes its first option, each repetition its least count (plus one when unbounded).
export function patternSample(pattern: string, minLength = 0, variant = 0): string | undefined {
  try {
    const generator = new RandExp(pattern);
    // `variant` n > 0 takes the n-th option where there is one: distinct items for uniqueItems.
    generator.randInt = (from: number, to: number) => Math.min(to, from + variant);
    generator.max = Math.max(1, minLength);
    return generator.gen();
  } catch {
    return undefined; // a pattern RandExp cannot read: leave the value to openapi-sampler
  }
}

// Per document (one spec's planning, never shared with the next spec's): its patterns' samples
// and compiled forms. A spec repeats a few patterns on many fields (Twilio's SIDs), and RandExp's
// parse of one costs more than the rest of sampling its schema.
const patternCaches = new WeakMap<
  JsonObject,
  { samples: Map<string, string | undefined>; regExps: Map<string, RegExp | undefined> }
>();
const patternCache = (document: JsonObject) => {
  let cache = patternCaches.get(document);
  if (!cache) {
    cache = { samples: new Map(), regExps: new Map() };
    patternCaches.set(document, cache);
  }
  return cache;
};

function cachedPatternSample(
  document: JsonObject,
  pattern: string,
  minLength: number,
  variant = 0,
): string | undefined {
  const { samples } = patternCache(document);
  const key = `${minLength} ${variant} ${pattern}`;
  if (!samples.has(key)) samples.set(key, patternSample(pattern, minLength, variant));
  return samples.get(key);
}

// The pattern as a RegExp, or undefined when it is not one JavaScript can read.
function regExpOf(document: JsonObject, pattern: string): RegExp | undefined {
  const { regExps } = patternCache(document);
  if (!regExps.has(pattern)) {
    try {
      regExps.set(pattern, new RegExp(pattern));
    } catch {
      regExps.set(pattern, undefined);
    }
  }
  return regExps.get(pattern);
}

// A pattern JavaScript cannot read matches every string.
const matches = (document: JsonObject, pattern: string, value: unknown) => {
  if (typeof value !== 'string') return false;
  const regExp = regExpOf(document, pattern);
  return regExp === undefined || regExp.test(value);
};

/**
 * A self-contained copy of `schema` that openapi-sampler samples as the spec means it: `$ref`s
 * inlined (recursion cut at a depth), `allOf` merged, `const` as a one-value enum, `null`
 * alternatives (3.1 `type: [x, "null"]`, `oneOf: [{type: null}, …]`) dropped, and a
 * `discriminator` mapping obeyed: the first mapped variant, with its discriminator value set.
 */
export function prepareSchema(schema: unknown, document: JsonObject, depth = 0): JsonObject {
  const resolved = deref(document, schema);
  if (!resolved || depth > MAX_DEPTH) return {};
  const walk = (value: unknown) => prepareSchema(value, document, depth + 1);
  let out: JsonObject = { ...resolved };
  if (Array.isArray(out.allOf)) {
    const { allOf, ...rest } = out;
    out = mergeAll([rest, ...(allOf as unknown[]).map(walk)]);
  }
  if (out.const !== undefined) out.enum = [out.const];
  delete out.const;
  if (Array.isArray(out.type)) {
    const types = out.type.filter((type) => type !== 'null');
    out.type = types.length > 0 ? types[0] : 'null';
  }
  if (Array.isArray(out.enum) && out.enum.some((value) => value !== null)) {
    out.enum = out.enum.filter((value) => value !== null);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alternatives = out[key];
    if (!Array.isArray(alternatives)) continue;
    delete out[key];
    const discriminator = isObject(out.discriminator) ? out.discriminator : undefined;
    delete out.discriminator;
    let chosen: unknown = alternatives.find(
      (alternative) => !isNullSchema(deref(document, alternative)),
    );
    let tag: [string, string] | undefined;
    const mapping = discriminator && isObject(discriminator.mapping) ? discriminator.mapping : {};
    const first = Object.entries(mapping)[0];
    if (discriminator && typeof discriminator.propertyName === 'string' && first) {
      chosen = { $ref: first[1] };
      tag = [discriminator.propertyName, first[0]];
    }
    if (chosen === undefined) {
      out.type ??= 'null';
      continue;
    }
    const sub = walk(chosen);
    out = Object.keys(out).some((k) => !['description', 'title', 'nullable', 'type'].includes(k))
      ? mergeAll([sub, out])
      : { ...sub };
    if (tag) {
      const properties = isObject(out.properties) ? { ...out.properties } : {};
      properties[tag[0]] = { type: 'string', enum: [tag[1]] };
      out.properties = properties;
    }
  }
  if (isObject(out.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([key, value]) => [key, walk(value)]),
    );
  }
  if (out.items !== undefined && !Array.isArray(out.items)) out.items = walk(out.items);
  if (isObject(out.additionalProperties)) out.additionalProperties = walk(out.additionalProperties);
  delete out.not;
  // A bound that is the limit of the type (±2^53, ±2^63) is no hint of a value: openapi-sampler
  // would send the bound itself, which form fields and Prism's coercion do not carry exactly.
  if (
    (out.type === 'integer' || out.type === 'number') &&
    out.example === undefined &&
    typeof out.minimum === 'number' &&
    out.minimum < -(2 ** 31)
  ) {
    const maximum = typeof out.maximum === 'number' ? out.maximum : Number.POSITIVE_INFINITY;
    out.example = Math.min(Math.max(0, out.minimum), maximum);
  }
  if (typeof out.pattern === 'string' && out.enum === undefined) {
    const pattern = out.pattern;
    const given = out.example ?? out.default;
    if (!matches(document, pattern, given)) {
      const sampled = cachedPatternSample(document, pattern, Number(out.minLength ?? 0));
      if (sampled !== undefined) {
        out.example = sampled;
        delete out.default;
      }
    }
  }
  return out;
}

// openapi-sampler repeats one item to reach `minItems`; a `uniqueItems` array of patterned
// strings (Discord's bulk delete takes 2+ distinct snowflakes) gets distinct ones.
function distinctItems(value: unknown, schema: JsonObject, document: JsonObject): unknown {
  if (Array.isArray(value)) {
    const items = isObject(schema.items) ? schema.items : {};
    const walked = value.map((item) => distinctItems(item, items, document));
    if (schema.uniqueItems !== true || typeof items.pattern !== 'string') return walked;
    const pattern = items.pattern;
    return walked.map((item, index) =>
      index === 0
        ? item
        : (cachedPatternSample(document, pattern, Number(items.minLength ?? 0), index) ?? item),
    );
  }
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const properties = schema.properties;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      isObject(properties[key]) ? distinctItems(child, properties[key], document) : child,
    ]),
  );
}

/** A value the schema accepts, as far as openapi-sampler can tell; `'value'` for no schema. */
export function sampleSchema(schema: unknown, document: JsonObject): unknown {
  if (schema === undefined) return 'value';
  const prepared = prepareSchema(schema, document);
  const value = OpenAPISampler.sample(
    prepared as never,
    { skipReadOnly: true, skipNonRequired: false, quiet: true, enablePatterns: true } as never,
  );
  return distinctItems(value, prepared, document);
}
