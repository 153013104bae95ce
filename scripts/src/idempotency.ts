import { isObject, type JsonObject, resolvePointer } from './load-spec.js';

// The header an operation takes to make a write safe to repeat: `Idempotency-Key` (the IETF
// httpapi draft's name) or the common `X-Idempotency-Key`, declared as a header parameter.
const IDEMPOTENCY_HEADER = /^(x-)?idempotency-key$/i;

const deref = (document: JsonObject, value: unknown): unknown =>
  isObject(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#')
    ? resolvePointer(document, value.$ref.slice(1))
    : value;

/** The header parameters of an operation, its path item's included, `$ref`s followed. */
function headerParameters(document: JsonObject, pathItem: JsonObject, operation: JsonObject) {
  const listed = [pathItem.parameters, operation.parameters].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
  return listed
    .map((parameter) => deref(document, parameter))
    .filter(
      (parameter): parameter is JsonObject => isObject(parameter) && parameter.in === 'header',
    );
}

/** The idempotency header an operation declares, spelled as the spec spells it. */
export function idempotencyHeaderOf(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
): string | undefined {
  const found = headerParameters(document, pathItem, operation).find(
    (parameter) => typeof parameter.name === 'string' && IDEMPOTENCY_HEADER.test(parameter.name),
  );
  return found?.name as string | undefined;
}

/**
 * The document the types are generated from: every idempotency header made optional, since the
 * client sends a fresh key when the caller gives none. A copy; the spec itself says what the
 * server requires.
 */
export function withOptionalIdempotencyKeys(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  for (const pathItem of Object.values(isObject(copy.paths) ? copy.paths : {})) {
    if (!isObject(pathItem)) continue;
    for (const operation of Object.values(pathItem)) {
      if (!isObject(operation)) continue;
      for (const parameter of headerParameters(copy, pathItem, operation)) {
        if (typeof parameter.name === 'string' && IDEMPOTENCY_HEADER.test(parameter.name)) {
          parameter.required = false;
        }
      }
    }
  }
  return copy;
}
