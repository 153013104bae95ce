import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';

/** Follows `$ref`s (local ones; loadSpec has proven they resolve) until a real object. */
export function deref(document: JsonObject, value: unknown): JsonObject | undefined {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 50) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(document, current.$ref.slice(1));
  }
  return isObject(current) ? current : undefined;
}

/** The pointer an object lives at after following `$ref`s from `pointer`. */
export function derefPointer(document: JsonObject, pointer: string): string {
  let current = pointer;
  for (let hops = 0; hops <= 50; hops++) {
    const value = resolvePointer(document, current);
    if (!isObject(value) || typeof value.$ref !== 'string') return current;
    current = value.$ref.slice(1);
  }
  throw new Error(`$ref cycle at ${pointer}`);
}

const JSON_MEDIA = /^application\/(.+\+)?json$|^\*\/\*$/i;
export const isJsonMedia = (mediaType: string) =>
  JSON_MEDIA.test(mediaType.split(';')[0]?.trim() ?? '');

/** The media type a client would pick from a `content` map: JSON first, then the first listed. */
export function pickMediaType(content: JsonObject | undefined): string | undefined {
  if (!content) return undefined;
  const types = Object.keys(content);
  return (
    types.find((type) => type.toLowerCase().startsWith('application/json')) ??
    types.find(isJsonMedia) ??
    types[0]
  );
}
