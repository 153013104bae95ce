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

/**
 * Whether the schema at `at` surely rejects `value` by what is read at a glance: a `type` the
 * value is not, a `required` property it lacks, an `enum` or `const` it is not. Most branches of
 * a real spec's oneOfs differ there, and telling so costs no compiled validator; anything less
 * plain is left to Ajv.
 */
export function surelyNot(document: JsonObject, at: string, value: unknown): boolean {
  let schema = resolvePointer(document, at);
  for (let hops = 0; isObject(schema) && typeof schema.$ref === 'string' && hops < 50; hops++) {
    if (Object.keys(schema).some((key) => key !== '$ref' && !ANNOTATION.test(key))) return false;
    schema = schema.$ref.startsWith('#')
      ? resolvePointer(document, schema.$ref.slice(1))
      : undefined;
  }
  if (!isObject(schema)) return false;
  const type = typeOf(value);
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

/** A verdict: `true` valid, `false` invalid (as Ajv would say), `undefined` "ask Ajv". */
export type Verdict = boolean | undefined;

// Both must hold: one that surely fails decides, whatever the other would say.
const both = (a: Verdict, b: Verdict): Verdict =>
  a === false || b === false ? false : a === undefined || b === undefined ? undefined : true;

const every = <T>(items: readonly T[], verdict: (item: T) => Verdict): Verdict => {
  let result: Verdict = true;
  for (const item of items) {
    result = both(result, verdict(item));
    if (result === false) return false;
  }
  return result;
};

const plain = (value: unknown) => value === null || typeof value !== 'object';

function passes(schema: unknown, value: unknown, reading: Reading): Verdict {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema) || reading.depth > 64) return undefined;
  if (Object.keys(schema).length === 0) return true;
  reading.depth++;
  try {
    return passesObject(schema, value, reading);
  } finally {
    reading.depth--;
  }
}

function passesObject(schema: JsonObject, value: unknown, reading: Reading): Verdict {
  // 3.0: null passes a nullable schema whatever else it says (ajv.ts reads it as
  // `anyOf: [schema, { type: null }]`).
  if (reading.openapi30 && schema.nullable === true && value === null) return true;
  const type = typeOf(value);
  return every(Object.entries(schema), ([keyword, rule]) =>
    ANNOTATION.test(keyword) ? true : passesKeyword(keyword, rule, schema, value, type, reading),
  );
}

const count = (rule: unknown): rule is number => typeof rule === 'number';

function passesKeyword(
  keyword: string,
  rule: unknown,
  schema: JsonObject,
  value: unknown,
  type: string,
  reading: Reading,
): Verdict {
  const number = typeof value === 'number' ? value : undefined;
  const text = typeof value === 'string' ? value : undefined;
  const list = Array.isArray(value) ? value : undefined;
  const object = isObject(value) ? value : undefined;
  switch (keyword) {
    case 'nullable':
      // 3.0: read above and with `type`; 3.1: no keyword at all, so Ajv ignores it.
      return true;
    case '$ref':
      return typeof rule === 'string' && rule.startsWith('#')
        ? passes(resolvePointer(reading.document, rule.slice(1)), value, reading)
        : undefined;
    case 'type': {
      const types: unknown[] = Array.isArray(rule) ? [...rule] : [rule];
      if (!types.every((one) => typeof one === 'string')) return undefined;
      if (reading.openapi30 && schema.nullable === true) types.push('null');
      return types.some((one) => one === type || (one === 'number' && type === 'integer'));
    }
    case 'enum':
      return Array.isArray(rule) && plain(value) && rule.every(plain)
        ? rule.some((option) => option === value)
        : undefined;
    case 'const':
      return plain(value) && plain(rule) ? rule === value : undefined;
    case 'format':
      return text === undefined || formatPasses(rule, text);
    case 'pattern': {
      if (text === undefined) return true;
      const compiled = typeof rule === 'string' ? regExp(rule) : null;
      return compiled ? compiled.test(text) : undefined;
    }
    case 'minLength':
      return text === undefined || (count(rule) ? codePoints(text) >= rule : undefined);
    case 'maxLength':
      return text === undefined || (count(rule) ? codePoints(text) <= rule : undefined);
    case 'minimum':
      if (number === undefined) return true;
      if (!count(rule)) return undefined;
      return reading.openapi30 && schema.exclusiveMinimum === true ? number > rule : number >= rule;
    case 'maximum':
      if (number === undefined) return true;
      if (!count(rule)) return undefined;
      return reading.openapi30 && schema.exclusiveMaximum === true ? number < rule : number <= rule;
    case 'exclusiveMinimum':
      // 3.0's boolean form is read with `minimum`.
      if (typeof rule === 'boolean') return reading.openapi30 ? true : undefined;
      return number === undefined || (count(rule) ? number > rule : undefined);
    case 'exclusiveMaximum':
      if (typeof rule === 'boolean') return reading.openapi30 ? true : undefined;
      return number === undefined || (count(rule) ? number < rule : undefined);
    case 'multipleOf':
      return (
        number === undefined ||
        (count(rule) && rule > 0 ? Number.isInteger(number / rule) : undefined)
      );
    case 'minItems':
      return list === undefined || (count(rule) ? list.length >= rule : undefined);
    case 'maxItems':
      return list === undefined || (count(rule) ? list.length <= rule : undefined);
    case 'uniqueItems':
      // Ajv compares objects deeply, whatever their key order: left to it.
      if (list === undefined || rule !== true) return true;
      return list.every(plain) ? new Set(list).size === list.length : undefined;
    case 'items':
      if (list === undefined) return true;
      return Array.isArray(rule) ? undefined : every(list, (item) => passes(rule, item, reading));
    case 'required':
      if (object === undefined) return true;
      return Array.isArray(rule) && rule.every((name) => typeof name === 'string')
        ? rule.every((name) => Object.hasOwn(object, name))
        : undefined;
    case 'properties':
      if (object === undefined) return true;
      if (!isObject(rule)) return undefined;
      return every(Object.entries(object), ([name, child]) =>
        Object.hasOwn(rule, name) ? passes(rule[name], child, reading) : true,
      );
    case 'additionalProperties': {
      if (object === undefined) return true;
      if (schema.patternProperties !== undefined) return undefined;
      const declared = isObject(schema.properties) ? schema.properties : {};
      return every(Object.entries(object), ([name, child]) =>
        Object.hasOwn(declared, name) ? true : passes(rule, child, reading),
      );
    }
    case 'minProperties':
      return object === undefined || (count(rule) ? Object.keys(object).length >= rule : undefined);
    case 'maxProperties':
      return object === undefined || (count(rule) ? Object.keys(object).length <= rule : undefined);
    case 'allOf':
      return Array.isArray(rule)
        ? every(rule, (member) => passes(member, value, reading))
        : undefined;
    case 'anyOf': {
      if (!Array.isArray(rule)) return undefined;
      const verdicts = rule.map((branch) => passes(branch, value, reading));
      return verdicts.includes(true) ? true : verdicts.includes(undefined) ? undefined : false;
    }
    case 'oneOf': {
      if (!Array.isArray(rule)) return undefined;
      const verdicts = rule.map((branch) => passes(branch, value, reading));
      const passing = verdicts.filter((verdict) => verdict === true).length;
      if (passing > 1) return false;
      return verdicts.includes(undefined) ? undefined : passing === 1;
    }
    default:
      // not, if/then/else, dependencies, patternProperties…: Ajv's to tell.
      return undefined;
  }
}

/** What the schema at `pointer` of `document` says of `value`, when it can be read at a glance. */
export function quickVerdict(document: JsonObject, pointer: string, value: unknown): Verdict {
  return passes(resolvePointer(document, pointer), value, {
    document,
    openapi30: !String(document.openapi).startsWith('3.1'),
    depth: 0,
  });
}

/** Whether `value` surely validates against the schema at `pointer` of `document`. */
export const surelyValid = (document: JsonObject, pointer: string, value: unknown): boolean =>
  quickVerdict(document, pointer, value) === true;
