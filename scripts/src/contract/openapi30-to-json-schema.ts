import { isObject, type JsonObject } from '../load-spec.js';

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

/** A copy of an OpenAPI 3.0 document whose schemas Ajv (draft-07) validates as 3.0 means them. */
export function openapi30ToJsonSchema(document: JsonObject): JsonObject {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    const walked = Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, walk(child)]),
    );
    return 'nullable' in walked || 'exclusiveMinimum' in walked || 'exclusiveMaximum' in walked
      ? convertSchema(walked)
      : walked;
  };
  return walk(document) as JsonObject;
}
