import { isObject, type JsonObject } from '../load-spec.js';
import type { Direction } from './change.js';
import type { ChangeKind } from './classify.js';
import { at, canonical, type Pair, resolve, type Segment, type Where } from './resolve.js';

export type Emit = (kind: ChangeKind, where: Where, message: string, removed?: boolean) => void;

export interface SchemaContext {
  readonly pair: Pair;
  readonly direction: Direction;
  readonly emit: Emit;
  /** Where the schema sits, in user words: "request body", "200 response", "query parameter `limit`". */
  readonly place: string;
}

export const DOC_KEYS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
]);

// Keys whose value bounds what is valid: [key, true when a larger value accepts more].
const BOUNDS: readonly [string, boolean][] = [
  ['maxLength', true],
  ['maximum', true],
  ['maxItems', true],
  ['maxProperties', true],
  ['minLength', false],
  ['minimum', false],
  ['minItems', false],
  ['minProperties', false],
];
// Keys that only restrict when present; any change to them is a restriction too.
const RESTRICTIONS = [
  'pattern',
  'format',
  'multipleOf',
  'uniqueItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
];

const HANDLED = new Set([
  ...DOC_KEYS,
  ...BOUNDS.map(([key]) => key),
  ...RESTRICTIONS,
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'allOf',
  'default',
  'deprecated',
]);

/** A schema with its `allOf` folded in, and where each property really lives. */
interface Flat {
  readonly schema: JsonObject;
  readonly properties: Map<string, { schema: unknown; path: Segment[] }>;
  readonly required: Set<string>;
}

function flatten(document: JsonObject, value: unknown, depth = 0): Flat {
  const schema = resolve(document, value) ?? {};
  const properties = new Map<string, { schema: unknown; path: Segment[] }>();
  const required = new Set<string>();
  const merged: JsonObject = { ...schema };
  for (const [name, property] of Object.entries(objectOf(schema.properties))) {
    properties.set(name, { schema: property, path: ['properties', name] });
  }
  for (const name of arrayOf(schema.required)) required.add(String(name));
  // allOf members add to the object; a depth bound keeps a pathological allOf cycle finite.
  if (Array.isArray(schema.allOf) && depth < 20) {
    delete merged.allOf;
    schema.allOf.forEach((member, index) => {
      const inner = flatten(document, member, depth + 1);
      for (const [name, property] of inner.properties) {
        if (!properties.has(name)) {
          properties.set(name, {
            schema: property.schema,
            path: ['allOf', index, ...property.path],
          });
        }
      }
      for (const name of inner.required) required.add(name);
      for (const [key, child] of Object.entries(inner.schema)) {
        if (!(key in merged) && key !== 'properties' && key !== 'required') merged[key] = child;
      }
    });
  }
  return { schema: merged, properties, required };
}

const objectOf = (value: unknown): JsonObject => (isObject(value) ? value : {});
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The JSON types a schema admits; `any` when it says nothing. */
function typesOf(schema: JsonObject): Set<string> {
  const types = new Set<string>();
  if (typeof schema.type === 'string') types.add(schema.type);
  for (const type of arrayOf(schema.type)) types.add(String(type));
  if (types.size === 0) {
    if (isObject(schema.properties) || schema.additionalProperties !== undefined)
      types.add('object');
    else if (schema.items !== undefined) types.add('array');
    else if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) types.add('(union)');
    else if (Array.isArray(schema.enum) || 'const' in schema) types.add('(enum)');
    else types.add('any');
  }
  if (schema.nullable === true) types.add('null');
  return types;
}

const covers = (types: Set<string>, type: string) =>
  types.has('any') || types.has(type) || (type === 'integer' && types.has('number'));

const show = (types: Set<string>) => [...types].join(' | ');

function enumOf(document: JsonObject, schema: JsonObject): Map<string, unknown> | undefined {
  const values =
    'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (!values) return undefined;
  return new Map(values.map((value) => [canonical(document, value), value]));
}

const subject = (context: SchemaContext, field: string) =>
  field ? `\`${field}\` in the ${context.place}` : `the ${context.place}`;

/** Compares one schema in both specs; `seen` keeps recursive schemas finite. */
export function diffSchema(
  context: SchemaContext,
  base: unknown,
  head: unknown,
  where: Where,
  field = '',
  seen = new Map<object, Set<object>>(),
): void {
  const { pair, emit } = context;
  const a = flatten(pair.base, base);
  const b = flatten(pair.head, head);
  const baseTarget = resolve(pair.base, base);
  const headTarget = resolve(pair.head, head);
  if (baseTarget && headTarget) {
    const pairs = seen.get(baseTarget) ?? new Set<object>();
    if (pairs.has(headTarget)) return;
    pairs.add(headTarget);
    seen.set(baseTarget, pairs);
  }
  const what = subject(context, field);

  const baseTypes = typesOf(a.schema);
  const headTypes = typesOf(b.schema);
  const wider = [...baseTypes].every((type) => covers(headTypes, type));
  const narrower = [...headTypes].every((type) => covers(baseTypes, type));
  if (!wider && !narrower) {
    emit(
      'type-changed',
      where,
      `type of ${what} changed from ${show(baseTypes)} to ${show(headTypes)}`,
    );
    return;
  }
  if (wider && !narrower) {
    emit('type-widened', where, `${what} widened from ${show(baseTypes)} to ${show(headTypes)}`);
  } else if (narrower && !wider) {
    emit('type-narrowed', where, `${what} narrowed from ${show(baseTypes)} to ${show(headTypes)}`);
  }

  diffEnum(context, a.schema, b.schema, where, what);
  diffProperties(context, a, b, where, field, seen);
  diffAdditional(context, a.schema, b.schema, where, field, seen);
  if (a.schema.items !== undefined || b.schema.items !== undefined) {
    diffSchema(context, a.schema.items, b.schema.items, at(where, 'items'), `${field}[]`, seen);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    diffVariants(context, key, a.schema, b.schema, where, field, seen);
  }
  diffBounds(context, a.schema, b.schema, where, what);
  diffRest(context, a.schema, b.schema, where, what);
}

function diffEnum(
  context: SchemaContext,
  a: JsonObject,
  b: JsonObject,
  where: Where,
  what: string,
) {
  const { pair, emit } = context;
  const before = enumOf(pair.base, a);
  const after = enumOf(pair.head, b);
  const key = 'const' in b || (!('enum' in b) && 'const' in a) ? 'const' : 'enum';
  if (!before && !after) return;
  if (!before) {
    emit(
      'type-narrowed',
      at(where, key),
      `${what} limited to ${[...(after?.keys() ?? [])].join(', ')}`,
    );
    return;
  }
  if (!after) {
    emit(
      'type-widened',
      at(where, key),
      `${what} no longer limited to ${[...before.keys()].join(', ')}`,
      true,
    );
    return;
  }
  for (const value of before.keys()) {
    if (!after.has(value))
      emit('enum-value-removed', at(where, key), `${what} no longer has the value ${value}`, true);
  }
  for (const value of after.keys()) {
    if (!before.has(value))
      emit('enum-value-added', at(where, key), `${what} has a new value ${value}`);
  }
}

function diffProperties(
  context: SchemaContext,
  a: Flat,
  b: Flat,
  where: Where,
  field: string,
  seen: Map<object, Set<object>>,
) {
  const { emit } = context;
  const name = (property: string) => (field ? `${field}.${property}` : property);
  for (const [property, before] of a.properties) {
    const after = b.properties.get(property);
    const place = {
      base: [...where.base, ...before.path],
      head: [...where.head, ...(after?.path ?? before.path)],
    };
    const what = `\`${name(property)}\` in the ${context.place}`;
    if (!after) {
      emit('property-removed', place, `field ${what} removed`, true);
      continue;
    }
    const wasRequired = a.required.has(property);
    const isRequired = b.required.has(property);
    if (!wasRequired && isRequired)
      emit('property-made-required', place, `field ${what} is now required`);
    if (wasRequired && !isRequired)
      emit('property-made-optional', place, `field ${what} is now optional`);
    diffSchema(context, before.schema, after.schema, place, name(property), seen);
  }
  for (const [property, after] of b.properties) {
    if (a.properties.has(property)) continue;
    const place = { base: where.base, head: [...where.head, ...after.path] };
    const what = `\`${name(property)}\` in the ${context.place}`;
    if (b.required.has(property))
      emit('property-added-required', place, `required field ${what} added`);
    else emit('property-added-optional', place, `optional field ${what} added`);
  }
}

function diffAdditional(
  context: SchemaContext,
  a: JsonObject,
  b: JsonObject,
  where: Where,
  field: string,
  seen: Map<object, Set<object>>,
) {
  const before = a.additionalProperties;
  const after = b.additionalProperties;
  if (before === undefined && after === undefined) return;
  const place = at(where, 'additionalProperties');
  const what = subject(context, field);
  if (after === false && before !== false) {
    context.emit('constraint-tightened', place, `${what} no longer accepts extra fields`);
  } else if (before === false && after !== false) {
    context.emit('constraint-loosened', place, `${what} now accepts extra fields`);
  } else if (isObject(before) && isObject(after)) {
    diffSchema(context, before, after, place, `${field}[*]`, seen);
  }
}

function diffVariants(
  context: SchemaContext,
  key: 'oneOf' | 'anyOf',
  a: JsonObject,
  b: JsonObject,
  where: Where,
  field: string,
  seen: Map<object, Set<object>>,
) {
  const { pair, emit } = context;
  const before = arrayOf(a[key]);
  const after = arrayOf(b[key]);
  if (before.length === 0 && after.length === 0) return;
  // Variants that say the same thing pair up first, wherever they moved; the rest pair by order.
  const unmatched = new Set(after.keys());
  const matches: [number, number][] = [];
  const rest: number[] = [];
  before.forEach((variant, index) => {
    const text = canonical(pair.base, variant);
    const found = [...unmatched].find((other) => canonical(pair.head, after[other]) === text);
    if (found === undefined) rest.push(index);
    else {
      unmatched.delete(found);
      matches.push([index, found]);
    }
  });
  const left = [...unmatched];
  for (const index of rest) {
    const other = left.shift();
    if (other === undefined) {
      emit(
        'variant-removed',
        { base: [...where.base, key, index], head: where.head },
        `${subject(context, field)} lost a ${key} variant (#${index})`,
        true,
      );
    } else {
      const place = { base: [...where.base, key, index], head: [...where.head, key, other] };
      diffSchema(context, before[index], after[other], place, field, seen);
    }
  }
  for (const other of left) {
    emit(
      'variant-added',
      at(where, key, other),
      `${subject(context, field)} has a new ${key} variant (#${other})`,
    );
  }
}

function diffBounds(
  context: SchemaContext,
  a: JsonObject,
  b: JsonObject,
  where: Where,
  what: string,
) {
  const { emit } = context;
  for (const [key, largerAcceptsMore] of BOUNDS) {
    const before = a[key];
    const after = b[key];
    if (before === after) continue;
    const message = `${key} of ${what} changed from ${before ?? 'none'} to ${after ?? 'none'}`;
    const looser =
      after === undefined ||
      (typeof before === 'number' &&
        typeof after === 'number' &&
        after > before === largerAcceptsMore);
    emit(
      looser ? 'constraint-loosened' : 'constraint-tightened',
      at(where, key),
      message,
      after === undefined,
    );
  }
  for (const key of RESTRICTIONS) {
    const before = a[key];
    const after = b[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const message = `${key} of ${what} changed from ${JSON.stringify(before) ?? 'none'} to ${JSON.stringify(after) ?? 'none'}`;
    const looser = after === undefined || after === false;
    emit(
      looser ? 'constraint-loosened' : 'constraint-tightened',
      at(where, key),
      message,
      after === undefined,
    );
  }
}

function diffRest(
  context: SchemaContext,
  a: JsonObject,
  b: JsonObject,
  where: Where,
  what: string,
) {
  const { pair, emit } = context;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (HANDLED.has(key) && !DOC_KEYS.has(key) && key !== 'default' && key !== 'deprecated')
      continue;
    if (canonical(pair.base, a[key]) === canonical(pair.head, b[key])) continue;
    const removed = !(key in b);
    const place = at(where, key);
    if (DOC_KEYS.has(key)) emit('documentation', place, `${key} of ${what} changed`, removed);
    else if (key === 'default') {
      emit(
        'default-changed',
        place,
        `default of ${what} changed from ${JSON.stringify(a[key]) ?? 'none'} to ${JSON.stringify(b[key]) ?? 'none'}`,
        removed,
      );
    } else if (key === 'deprecated') {
      emit(
        'deprecated-changed',
        place,
        `${what} ${b[key] === true ? 'is now deprecated' : 'is no longer deprecated'}`,
      );
    } else if (key.startsWith('x-') || key === 'xml') {
      emit('schema-annotation', place, `${key} of ${what} changed`, removed);
    } else emit('other-changed', place, `${key} of ${what} changed`, removed);
  }
}
