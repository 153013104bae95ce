import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject, type JsonObject } from '../load-spec.js';
import { openapi30Schema } from './openapi30-to-json-schema.js';

// ajv-formats is CJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => void;

// Keys whose value maps names to schemas or other objects: a child named `example` there is a name.
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'schemas',
  'responses',
  'parameters',
  'requestBodies',
  'headers',
  'content',
  'paths',
  'securitySchemes',
]);

/**
 * The document without its `example`/`examples` values: data, not schemas, yet Ajv walks every
 * key when it registers a document, and an example holding `$id` (Box's metadata does) makes
 * Ajv reject the spec ("resolves to more than one schema"). With `convert` (OpenAPI 3.0), each
 * object is also made the JSON Schema it means (openapi30-to-json-schema.ts) in the same walk:
 * one copy of a 2 MB document rather than two.
 */
function withoutExamples(
  value: unknown,
  convert: ((schema: JsonObject) => JsonObject) | undefined,
  parentKey = '',
): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutExamples(item, convert));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  const keepAll = NAME_MAPS.has(parentKey);
  for (const [key, child] of Object.entries(value)) {
    if (!keepAll && (key === 'example' || key === 'examples')) continue;
    out[key] = withoutExamples(child, convert, keepAll ? '' : key);
  }
  return convert ? convert(out) : out;
}

/**
 * An Ajv holding the spec as schema `spec`, so that `{ $ref: "spec#/pointer" }` compiles any
 * schema in it. Patterns are compiled without the `u` flag: real specs use escapes such as `\-`
 * or `\_` that ECMAScript's unicode mode rejects, and JSON Schema asks for no more than that.
 */
export function makeSpecAjv(document: JsonObject): Ajv {
  const options = {
    strict: false,
    allErrors: true,
    validateSchema: false,
    unicodeRegExp: false,
    logger: false as const,
    // A component referred to from many places is compiled once, not inlined into each: on a
    // 1-2 MB spec this is most of the cost of checking every request.
    inlineRefs: false,
    code: { optimize: false },
    // Long `required` and `enum` lists (Twilio's, Discord's) checked in a loop, not unrolled into
    // a line each: the same verdicts and errors, a fraction of the code to generate.
    loopRequired: 8,
    loopEnum: 8,
  };
  const is31 = String(document.openapi).startsWith('3.1');
  const ajv = is31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  // OpenAPI's own numeric and binary formats say nothing JSON Schema can check beyond the type.
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'])
    ajv.addFormat(format, true);
  ajv.addSchema(withoutExamples(document, is31 ? undefined : openapi30Schema) as object, 'spec');
  return ajv;
}

// One per document, for the planner's checks and the sampler's branch choices alike: a component
// both ask about (most of them) is compiled once.
const shared = new WeakMap<JsonObject, Ajv>();

/** `makeSpecAjv(document)`, made once per document and shared by whoever plans it. */
export function sharedSpecAjv(document: JsonObject): Ajv {
  let ajv = shared.get(document);
  if (!ajv) {
    ajv = makeSpecAjv(document);
    shared.set(document, ajv);
  }
  return ajv;
}
