import { isObject, type JsonObject } from '../load-spec.js';

/**
 * Prism 5 serialises a `*\/*` response as text and answers 500 NO_COMPLEX_OBJECT_TEXT when its
 * schema is an object (stoplightio/prism#599, #1038). `application/json` is one representation
 * `*\/*` allows, so the mock is given a copy with such media types narrowed to JSON; the contract
 * still validates the response against the original spec. Returns undefined when nothing changes.
 */
export function prismCompatible(document: JsonObject): JsonObject | undefined {
  const copy = structuredClone(document);
  let changed = false;
  const visitResponse = (response: unknown) => {
    if (!isObject(response) || !isObject(response.content)) return;
    const content = response.content;
    const wildcard = content['*/*'];
    if (!wildcard || Object.keys(content).some((type) => /json/i.test(type))) return;
    delete content['*/*'];
    content['application/json'] = wildcard;
    changed = true;
  };
  for (const item of Object.values(isObject(copy.paths) ? copy.paths : {})) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (isObject(operation) && isObject(operation.responses))
        Object.values(operation.responses).forEach(visitResponse);
    }
  }
  const components = isObject(copy.components) ? copy.components : {};
  if (isObject(components.responses)) Object.values(components.responses).forEach(visitResponse);
  return changed ? copy : undefined;
}
