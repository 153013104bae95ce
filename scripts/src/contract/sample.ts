import * as samplerModule from 'openapi-sampler';
import RandExp from 'randexp';
import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';
import { branchMatcher } from './branch-match.js';
import { surelyNot } from './quick-valid.js';
import { deref } from './spec-access.js';

// openapi-sampler is CommonJS: its `sample` is a named export under Node's ESM interop and under
// vitest's, where a default import is not always there.
const OpenAPISampler = ((samplerModule as unknown as { default?: typeof samplerModule }).default ??
  samplerModule) as typeof samplerModule;

// How deep a schema is inlined before a recursive branch is cut to `{}` (sampled as nothing).
const MAX_DEPTH = 24;

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

// Marks a schema cut because inlining it again would recurse (or go past MAX_DEPTH): an optional
// property or array item holding one is left out, instead of sampled as a value of no type.
const CUT = 'x-sample-cut';
const isCut = (schema: unknown) => isObject(schema) && schema[CUT] === true;

interface Walk {
  readonly document: JsonObject;
  /** The `$ref`s being inlined, outermost first: one met again is recursion. */
  readonly refs: readonly string[];
  readonly depth: number;
  /** Where the schema lives in the document, when known: branch checks compile it from there. */
  readonly pointer: string | undefined;
  /** oneOfs no sampled branch matches alone: `pointer: why`, a spec defect. */
  readonly ambiguous: Set<string>;
  /** A response holds `readOnly` properties and no `writeOnly` ones; a request the reverse. */
  readonly response: boolean;
  /** How many schemas were cut so far: a schema prepared without one is the same anywhere. */
  readonly cuts: { count: number };
}

const escapeSegment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const below = (walk: Walk, ...keys: (string | number)[]) =>
  walk.pointer === undefined
    ? undefined
    : `${walk.pointer}${keys.map((key) => `/${escapeSegment(String(key))}`).join('')}`;

// The object a `$ref` chain ends at, and the pointer of that object.
function follow(schema: unknown, walk: Walk): { schema?: JsonObject; pointer?: string } {
  let current = schema;
  let pointer = walk.pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 50; hops++) {
    pointer = current.$ref.slice(1);
    current = resolvePointer(walk.document, pointer);
  }
  return isObject(current)
    ? { schema: current, ...(pointer === undefined ? {} : { pointer }) }
    : {};
}

const sampleOf = (prepared: JsonObject, response: boolean) =>
  OpenAPISampler.sample(
    prepared as never,
    {
      skipReadOnly: !response,
      skipWriteOnly: response,
      skipNonRequired: false,
      quiet: true,
      enablePatterns: true,
      // The prepared schema is finite already (recursion cut above); openapi-sampler's own cut,
      // at depth 15, leaves required properties out of a deep message's components.
      maxSampleDepth: Number.POSITIVE_INFINITY,
    } as never,
  );

interface Candidate {
  /** The raw alternative (or the discriminator's mapped schema). */
  readonly schema: unknown;
  readonly pointer: string | undefined;
  readonly tag?: [string, string];
}

// The alternatives a oneOf/anyOf offers, the discriminator's mapped variants first (with their
// discriminator value), then the others in order; `null` ones only when there is nothing else.
function candidatesOf(out: JsonObject, key: 'oneOf' | 'anyOf', walk: Walk): Candidate[] {
  const alternatives = out[key] as unknown[];
  const discriminator = isObject(out.discriminator) ? out.discriminator : undefined;
  const mapping = discriminator && isObject(discriminator.mapping) ? discriminator.mapping : {};
  const tagName = discriminator?.propertyName;
  const mapped: Candidate[] =
    typeof tagName === 'string'
      ? Object.entries(mapping)
          .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
          .map(([value, name]) => {
            // A mapping names a schema by `$ref` or, short, by its name in components.
            const ref = name.startsWith('#') ? name : `#/components/schemas/${name}`;
            return { schema: { $ref: ref }, pointer: ref.slice(1), tag: [tagName, value] };
          })
      : [];
  const plain = alternatives
    .map((schema, index) => ({ schema, pointer: below(walk, key, index) }))
    .filter(({ schema }) => !isNullSchema(deref(walk.document, schema)));
  return [...mapped, ...plain];
}

// The schema a candidate samples as: its own, prepared, with the oneOf's siblings merged in.
function candidateSchema(candidate: Candidate, siblings: JsonObject, walk: Walk): JsonObject {
  const sub = prepare(candidate.schema, { ...walk, pointer: candidate.pointer });
  if (isCut(sub)) return sub;
  let out = Object.keys(siblings).some(
    (k) => !['description', 'title', 'nullable', 'type'].includes(k),
  )
    ? mergeAll([sub, siblings])
    : { ...sub };
  if (candidate.tag) {
    const properties = isObject(out.properties) ? { ...out.properties } : {};
    properties[candidate.tag[0]] = { type: 'string', enum: [candidate.tag[1]] };
    out = { ...out, properties };
  }
  return out;
}

/**
 * The branch of a oneOf (anyOf) to sample: the first candidate whose value matches exactly one
 * (at least one) alternative, as Ajv tells. A value matching two branches of a oneOf is invalid
 * (Box's event source: a bare `additionalProperties` object branch matches every other branch).
 * When every candidate's value matches two or more, the oneOf is ambiguous: a spec defect,
 * recorded at its pointer. Without a pointer (a schema outside the document) the first wins.
 */
function chooseBranch(out: JsonObject, key: 'oneOf' | 'anyOf', walk: Walk): JsonObject | undefined {
  const alternatives = out[key] as unknown[];
  const siblings = { ...out };
  delete siblings[key];
  delete siblings.discriminator;
  const match = branchMatcher(walk.document);
  const counts: string[] = [];
  const candidates = candidatesOf(out, key, walk);
  let first: JsonObject | undefined;
  for (const candidate of candidates) {
    const schema = candidateSchema(candidate, siblings, walk);
    if (isCut(schema)) continue;
    first ??= schema;
    if (walk.pointer === undefined) return schema;
    const value = sampleOf(schema, walk.response);
    // The branch the value was drawn from accepts it unless a glance says otherwise (a sibling's
    // example it cannot hold): no validator compiled for it. The others are asked, most of them
    // answered at a glance too.
    const verdicts = alternatives.map((alternative, index) => {
      const at = `${walk.pointer}/${key}/${index}`;
      const own =
        candidate.pointer === at ||
        (isObject(alternative) && alternative.$ref === `#${candidate.pointer}`);
      return own ? !surelyNot(walk.document, at, value) : match(at, value);
    });
    // A branch Ajv cannot compile makes the count unknowable: the first candidate, as before.
    if (verdicts.includes(undefined)) return first;
    const matched = verdicts.flatMap((verdict, index) => (verdict ? [index] : []));
    if (key === 'anyOf' ? matched.length > 0 : matched.length === 1) return schema;
    counts.push(matched.length === 0 ? 'none' : matched.join('+'));
  }
  if (key === 'oneOf' && counts.length > 0 && counts.every((count) => count.includes('+')))
    walk.ambiguous.add(
      `${walk.pointer}/oneOf: every value sampled from its branches matches several of them (${counts.join(', ')}), and a oneOf value must match exactly one`,
    );
  // Every branch recursive: the whole is, unless `null` is one of them.
  return first ?? (candidates.length > 0 ? { [CUT]: true } : undefined);
}

// Each property prepared; one cut by recursion is left out when optional, and cuts the object
// when required (its parent may leave the object out in turn). False when cut.
function prepareProperties(out: JsonObject, walk: Walk): boolean {
  if (!isObject(out.properties)) return true;
  const required = new Set(Array.isArray(out.required) ? out.required : []);
  const properties: JsonObject = {};
  for (const [key, value] of Object.entries(out.properties)) {
    const prepared = prepare(value, { ...walk, pointer: below(walk, 'properties', key) });
    if (isCut(prepared) && required.has(key)) return false;
    if (!isCut(prepared)) properties[key] = prepared;
  }
  out.properties = properties;
  return true;
}

// Items and additionalProperties prepared; cut ones make an empty array (a cut array when it
// must have items), no extra properties. False when cut.
function prepareChildren(out: JsonObject, walk: Walk): boolean {
  if (out.items !== undefined && !Array.isArray(out.items)) {
    out.items = prepare(out.items, { ...walk, pointer: below(walk, 'items') });
    if (isCut(out.items)) {
      if (Number(out.minItems ?? 0) > 0) return false;
      out.items = {};
      out.example = [];
    }
  }
  if (isObject(out.additionalProperties)) {
    const extra = prepare(out.additionalProperties, {
      ...walk,
      pointer: below(walk, 'additionalProperties'),
    });
    if (isCut(extra)) delete out.additionalProperties;
    else out.additionalProperties = extra;
  }
  return true;
}

// `const` as a one-value enum, `null` dropped from type lists and enums.
function normalizeValues(out: JsonObject) {
  if (out.const !== undefined) out.enum = [out.const];
  delete out.const;
  if (Array.isArray(out.type)) {
    const types = out.type.filter((type) => type !== 'null');
    out.type = types.length > 0 ? types[0] : 'null';
  }
  if (Array.isArray(out.enum) && out.enum.some((value) => value !== null)) {
    out.enum = out.enum.filter((value) => value !== null);
  }
}

// Numbers at a type's limit and strings whose example the pattern rejects get a usable example.
function fixExamples(out: JsonObject, document: JsonObject) {
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
}

// Prepared components by `$ref` (and direction), per document: a component met in a hundred
// places (Box's User, Discord's messages) is prepared, and its oneOfs sampled, once. Only one
// prepared without a cut is kept: a cut depends on where the walk came from.
interface Memo {
  readonly prepared: JsonObject;
  readonly ambiguous: readonly string[];
}
const memos = new WeakMap<JsonObject, Map<string, Memo>>();

function prepare(schema: unknown, walk: Walk): JsonObject {
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if ((ref !== undefined && walk.refs.includes(ref)) || walk.depth > MAX_DEPTH) {
    walk.cuts.count++;
    return { [CUT]: true };
  }
  if (ref === undefined) return expand(schema, walk);
  const memo = memos.get(walk.document) ?? new Map<string, Memo>();
  memos.set(walk.document, memo);
  const key = `${walk.response ? 'response' : 'request'} ${ref}`;
  const known = memo.get(key);
  if (!known) {
    const cuts = walk.cuts.count;
    const ambiguous = new Set<string>();
    const prepared = expand(schema, { ...walk, ambiguous });
    for (const found of ambiguous) walk.ambiguous.add(found);
    if (walk.cuts.count === cuts) memo.set(key, { prepared, ambiguous: [...ambiguous] });
    return prepared;
  }
  for (const found of known.ambiguous) walk.ambiguous.add(found);
  return known.prepared;
}

// `schema` as openapi-sampler should see it (see prepareSchema), its `$ref` followed.
function expand(schema: unknown, walk: Walk): JsonObject {
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const found = follow(schema, walk);
  if (!found.schema) return {};
  const inner: Walk = {
    ...walk,
    refs: ref === undefined ? walk.refs : [...walk.refs, ref],
    depth: walk.depth + 1,
    pointer: found.pointer,
  };
  let out: JsonObject = { ...found.schema };
  // openapi-sampler returns a schema's `example` as it is, even one the schema rejects (Asana's
  // string gids exemplified by numbers): such an example is no value of it.
  if (
    out.example !== undefined &&
    inner.pointer !== undefined &&
    branchMatcher(walk.document)(inner.pointer, out.example) === false
  )
    delete out.example;
  // The schema's own keywords first, its allOf members (prepared alone) merged in after.
  const allOf = Array.isArray(out.allOf) ? (out.allOf as unknown[]) : undefined;
  delete out.allOf;
  normalizeValues(out);
  if (!prepareProperties(out, inner) || !prepareChildren(out, inner)) return { [CUT]: true };
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (!Array.isArray(out[key])) continue;
    const chosen = chooseBranch(out, key, inner);
    if (isCut(chosen)) return { [CUT]: true };
    if (chosen === undefined) {
      delete out[key];
      delete out.discriminator;
      out.type ??= 'null';
    } else out = chosen;
  }
  if (allOf) {
    const members = allOf.map((member, index) =>
      prepare(member, { ...inner, pointer: below(inner, 'allOf', index) }),
    );
    // Every allOf member applies: one cut cuts the whole.
    if (members.some(isCut)) return { [CUT]: true };
    out = mergeAll([out, ...members]);
  }
  delete out.not;
  fixExamples(out, walk.document);
  return out;
}

/**
 * A self-contained copy of `schema` that openapi-sampler samples as the spec means it: `$ref`s
 * inlined (a recursive one left out where optional), `allOf` merged, `const` as a one-value enum,
 * `null` alternatives (3.1 `type: [x, "null"]`, `oneOf: [{type: null}, …]`) dropped, and of a
 * oneOf/anyOf the branch whose value matches as it must (a `discriminator` mapping's first).
 * `pointer`: where `schema` sits in `document`, when it is not a `$ref`.
 */
export function prepareSchema(
  schema: unknown,
  document: JsonObject,
  pointer?: string,
  { ambiguous = new Set<string>(), response = false } = {},
): JsonObject {
  const walk = { document, refs: [], depth: 0, pointer, ambiguous, response, cuts: { count: 0 } };
  const prepared = prepare(schema, walk);
  return isCut(prepared) ? {} : prepared;
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

/** A sampled value, the schema it was drawn from, and the ambiguous oneOfs met on the way. */
export interface Sample {
  readonly value: unknown;
  readonly prepared: JsonObject;
  readonly ambiguous: string[];
}

/**
 * A value the schema accepts, as far as openapi-sampler can tell; `'value'` for no schema.
 * `response`: the value is one a server sends (its `readOnly` properties in, `writeOnly` out).
 */
export function sampleDetailed(
  schema: unknown,
  document: JsonObject,
  pointer?: string,
  response = false,
): Sample {
  if (schema === undefined) return { value: 'value', prepared: {}, ambiguous: [] };
  const ambiguous = new Set<string>();
  const prepared = prepareSchema(schema, document, pointer, { ambiguous, response });
  const value = distinctItems(sampleOf(prepared, response), prepared, document);
  return { value, prepared, ambiguous: [...ambiguous] };
}

export const sampleSchema = (
  schema: unknown,
  document: JsonObject,
  pointer?: string,
  response = false,
): unknown => sampleDetailed(schema, document, pointer, response).value;
