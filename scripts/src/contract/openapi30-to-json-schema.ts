import type { JsonObject } from '../load-spec.js';

// OpenAPI 3.0 schemas are not quite JSON Schema. The two differences that change what validates:
// `nullable: true` (which Ajv only understands next to a `type`) and draft-04 boolean
// `exclusiveMinimum`/`exclusiveMaximum`. 3.1 documents are JSON Schema 2020-12 already.
function convertSchema(schema: JsonObject): JsonObject {
  const { nullable, ...rest } = schema;
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (rest[bound] === true) {
      rest[bound] = rest[limit];
      delete rest[limit];
    } else if (rest[bound] === false) {
      delete rest[bound];
    }
  }
  if (nullable !== true) return rest;
  if (typeof rest.type === 'string' && !Array.isArray(rest.enum))
    return { ...rest, type: [rest.type, 'null'] };
  return { anyOf: [rest, { type: 'null' }] };
}

/**
 * One object of an OpenAPI 3.0 document (its children already converted) as Ajv (draft-07) must
 * see it to validate as 3.0 means it. Any object: the walk does not tell schemas from the rest.
 */
export const openapi30Schema = (object: JsonObject): JsonObject =>
  'nullable' in object || 'exclusiveMinimum' in object || 'exclusiveMaximum' in object
    ? convertSchema(object)
    : object;

/** A converted copy of a whole 3.0 value (a schema and everything below it). */
export function openapi30ToJsonSchema(value: JsonObject): JsonObject {
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item !== 'object' || item === null) return item;
    const walked = Object.fromEntries(
      Object.entries(item).map(([key, child]) => [key, walk(child)]),
    );
    return openapi30Schema(walked);
  };
  return walk(value) as JsonObject;
}
