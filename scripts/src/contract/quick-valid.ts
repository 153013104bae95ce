// A value the planner sampled is checked against its schema before it is emitted, and almost
// always passes. Compiling an Ajv validator for each schema so checked was most of the planning
// time on a large spec. This reads the plain schemas (types, bounds, enums, properties, items,
// patterns) directly and says "valid" only when every keyword it meets is one it knows. Anything
// else, and every value it cannot pass, goes to Ajv, which gives the verdict and the message.
import formatsModule from 'ajv-formats/dist/formats.js';
import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';

// What says nothing about which values validate.
const ANNOTATION =
  /^(description|title|example|examples|default|deprecated|readOnly|writeOnly|externalDocs|xml|discriminator|\$comment|\$schema|x-.*)$/;
// Formats Ajv is told to accept whatever the string (ajv.ts): OpenAPI's numeric and binary ones.
const OPEN_FORMATS = new Set(['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']);

// The very checks Ajv runs for the formats it knows (ajv.ts adds ajv-formats' full set).
type FormatCheck = RegExp | ((text: string) => boolean) | boolean;
const { fullFormats } = formatsModule as unknown as {
  fullFormats: Record<string, FormatCheck | { validate: FormatCheck }>;
};

function formatPasses(name: unknown, text: string): boolean {
  if (typeof name !== 'string' || OPEN_FORMATS.has(name)) return true;
  // A format Ajv does not know it ignores (`strict: false`): so does this.
  if (!Object.hasOwn(fullFormats, name)) return true;
  const format = fullFormats[name];
  const check =
    typeof format === 'object' && !(format instanceof RegExp) ? format.validate : format;
  if (check === true) return true;
  if (check instanceof RegExp) return check.test(text);
  return typeof check === 'function' && check(text);
}

const regExps = new Map<string, RegExp | null>();
function regExp(pattern: string): RegExp | null {
  let compiled = regExps.get(pattern);
  if (compiled === undefined) {
    try {
      // As Ajv reads it with `unicodeRegExp: false`.
      compiled = new RegExp(pattern);
    } catch {
      compiled = null;
    }
    regExps.set(pattern, compiled);
  }
  return compiled;
}

const typeOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

// Ajv counts a string's length in code points.
const codePoints = (text: string) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

interface Reading {
  readonly document: JsonObject;
  readonly openapi30: boolean;
  depth: number;
}

// Whether every item is distinct as JSON: uniqueItems, as Ajv tells it for plain values.
const distinct = (items: unknown[]) =>
  new Set(items.map((item) => JSON.stringify(item))).size === items.length;

// The JSON type of a value, as `type` names it.
const glanceType = (value: unknown) =>
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
export const surelyNot = (document: JsonObject, at: string, value: unknown): boolean =>
  rejects(document, resolvePointer(document, at), value);

/** `surelyNot` for a schema in hand (a oneOf's inline branch). */
export function rejects(document: JsonObject, given: unknown, value: unknown): boolean {
  let schema = given;
  for (let hops = 0; isObject(schema) && typeof schema.$ref === 'string' && hops < 50; hops++) {
    if (Object.keys(schema).some((key) => key !== '$ref' && !ANNOTATION.test(key))) return false;
    schema = schema.$ref.startsWith('#')
      ? resolvePointer(document, schema.$ref.slice(1))
      : undefined;
  }
  if (!isObject(schema)) return false;
  const type = glanceType(value);
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

/** True only when `value` surely validates against `schema`; false means "ask Ajv". */
function passes(schema: unknown, value: unknown, reading: Reading): boolean {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return true;
  if (!isObject(schema) || reading.depth > 64) return false;
  reading.depth++;
  try {
    return passesObject(schema, value, reading);
  } finally {
    reading.depth--;
  }
}

function passesObject(schema: JsonObject, value: unknown, reading: Reading): boolean {
  const type = typeOf(value);
  const nullable = reading.openapi30 && schema.nullable === true;
  if (nullable && value === null) {
    // 3.0: null passes a nullable schema whatever else it says, but an enum must list it.
    return !Array.isArray(schema.enum) || schema.enum.includes(null);
  }
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATION.test(keyword)) continue;
    if (!passesKeyword(keyword, rule, schema, value, type, reading)) return false;
  }
  return true;
}

function passesKeyword(
  keyword: string,
  rule: unknown,
  schema: JsonObject,
  value: unknown,
  type: string,
  reading: Reading,
): boolean {
  const number = typeof value === 'number';
  const text = typeof value === 'string';
  const list = Array.isArray(value) ? value : undefined;
  const object = isObject(value) ? value : undefined;
  switch (keyword) {
    case 'nullable':
      return reading.openapi30;
    case '$ref':
      return (
        typeof rule === 'string' &&
        rule.startsWith('#') &&
        passes(resolvePointer(reading.document, rule.slice(1)), value, reading)
      );
    case 'type': {
      const types = Array.isArray(rule) ? rule : [rule];
      return types.some((one) => one === type || (one === 'number' && type === 'integer'));
    }
    case 'enum':
      return (
        Array.isArray(rule) &&
        (type === 'object' || type === 'array' ? false : rule.some((option) => option === value))
      );
    case 'const':
      return type !== 'object' && type !== 'array' && rule === value;
    case 'format':
      return !text || formatPasses(rule, value);
    case 'pattern': {
      if (!text) return true;
      const compiled = typeof rule === 'string' ? regExp(rule) : null;
      return compiled?.test(value) === true;
    }
    case 'minLength':
      return !text || (typeof rule === 'number' && codePoints(value) >= rule);
    case 'maxLength':
      return !text || (typeof rule === 'number' && codePoints(value) <= rule);
    case 'minimum':
      if (!number || typeof rule !== 'number') return !number;
      return reading.openapi30 && schema.exclusiveMinimum === true ? value > rule : value >= rule;
    case 'maximum':
      if (!number || typeof rule !== 'number') return !number;
      return reading.openapi30 && schema.exclusiveMaximum === true ? value < rule : value <= rule;
    case 'exclusiveMinimum':
      // 3.0's boolean form is read with `minimum`.
      return typeof rule === 'boolean' ? reading.openapi30 : !number || value > (rule as number);
    case 'exclusiveMaximum':
      return typeof rule === 'boolean' ? reading.openapi30 : !number || value < (rule as number);
    case 'multipleOf':
      return !number || (typeof rule === 'number' && rule > 0 && Number.isInteger(value / rule));
    case 'minItems':
      return !list || (typeof rule === 'number' && list.length >= rule);
    case 'maxItems':
      return !list || (typeof rule === 'number' && list.length <= rule);
    case 'uniqueItems':
      return !list || rule !== true || distinct(list);
    case 'items':
      return !list || list.every((item) => passes(rule, item, reading));
    case 'required':
      return (
        !object ||
        (Array.isArray(rule) &&
          rule.every((name) => typeof name === 'string' && Object.hasOwn(object, name)))
      );
    case 'properties':
      return (
        !object ||
        (isObject(rule) &&
          Object.entries(object).every(
            ([name, child]) => !Object.hasOwn(rule, name) || passes(rule[name], child, reading),
          ))
      );
    case 'additionalProperties': {
      if (!object) return true;
      const declared = isObject(schema.properties) ? schema.properties : {};
      if (schema.patternProperties !== undefined) return false;
      return Object.entries(object).every(
        ([name, child]) => Object.hasOwn(declared, name) || passes(rule, child, reading),
      );
    }
    case 'minProperties':
      return !object || (typeof rule === 'number' && Object.keys(object).length >= rule);
    case 'maxProperties':
      return !object || (typeof rule === 'number' && Object.keys(object).length <= rule);
    case 'allOf':
      return Array.isArray(rule) && rule.every((member) => passes(member, value, reading));
    case 'anyOf':
      return Array.isArray(rule) && rule.some((branch) => passes(branch, value, reading));
    case 'oneOf': {
      // Exactly one branch passes, and every other one surely rejects it at a glance.
      if (!Array.isArray(rule)) return false;
      let passing = 0;
      for (const branch of rule) {
        if (passes(branch, value, reading)) passing++;
        else if (!rejects(reading.document, branch, value)) return false;
      }
      return passing === 1;
    }
    default:
      // not, if/then/else, dependencies, patternProperties…: Ajv's to tell.
      return false;
  }
}

/** Whether `value` surely validates against the schema at `pointer` of `document`. */
export function surelyValid(document: JsonObject, pointer: string, value: unknown): boolean {
  return passes(resolvePointer(document, pointer), value, {
    document,
    openapi30: !String(document.openapi).startsWith('3.1'),
    depth: 0,
  });
}
