import { makeSpecAjv } from '../contract/ajv.js';
import { patternSample, sampleSchema } from '../contract/sample.js';
import { isObject, type JsonObject, resolvePointer } from '../load-spec.js';

const FORM_MEDIA = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

// `{ $ref }` → the object it names (local refs only; loadSpec has proven they resolve).
function follow(document: JsonObject, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 50 && isObject(current) && typeof current.$ref === 'string'; hops++)
    current = resolvePointer(document, current.$ref.slice(1));
  return current;
}

/**
 * Prism 5 serialises a `*\/*` response as text and answers 500 NO_COMPLEX_OBJECT_TEXT when its
 * schema is an object (stoplightio/prism#599, #1038). `application/json` is one representation
 * `*\/*` allows, so the mock is given a copy with such media types narrowed to JSON; the contract
 * still validates the response against the original spec.
 *
 * Prism 5 also reads a form body's repeated key (`tag=a&tag=b`, the OpenAPI default for an array
 * in a form or multipart body) as its last value, then rejects it as "must be array"
 * (stoplightio/prism#2473, #2654). The mock's copy of such a body schema also accepts one item
 * where the array is; the generator has already checked our request against the original.
 *
 * Prism's static mode fills a string that has no example with "string", whatever its `pattern`
 * (a Discord snowflake, a Twilio SID), so every response holding one fails its own schema. The
 * mock's copy gives such a string an example that the pattern matches.
 *
 * An enum or const that sits next to an `allOf`/`oneOf` loses the composition in the copy and gets
 * its own first value as example: Prism drew from the composition, outside the enum.
 *
 * A property a schema requires but never declares (a spec defect: Box's shared links require
 * `accessed`) is declared, as anything, in the copy, so that Prism generates one.
 *
 * Optional arrays are empty in the copy: Prism fills them all and, in a recursive schema, stops
 * at a depth where required properties are missing (Discord's nested message components).
 *
 * Prism also answers with a media type's examples, and builds a body from the `example`s inside
 * its schema, even ones that contradict the schema (Twilio's SIDs, Box's shared links): the
 * mock's copy drops those (the generator reports them), so that Prism generates the body.
 * Returns undefined when nothing changes.
 */
const SCHEMA_KEYS = ['type', 'properties', 'items', 'allOf', 'oneOf', 'anyOf', 'enum', '$ref'];

// Removes, in place, every schema-level `example` its schema rejects, and gives a JSON response
// without one a valid sample; true when anything changed.
function dropContradictingExamples(copy: JsonObject, original: JsonObject): boolean {
  let ajv: ReturnType<typeof makeSpecAjv> | undefined;
  let dropped = false;
  // `member`: an item of an allOf/oneOf/anyOf, a schema even when it holds only an example.
  const visit = (node: unknown, pointer: string, member = false) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${pointer}/${index}`, member);
      });
      return;
    }
    if (!isObject(node)) return;
    if (
      node.example !== undefined &&
      node.schema === undefined &&
      (member || SCHEMA_KEYS.some((key) => node[key] !== undefined))
    ) {
      ajv ??= makeSpecAjv(original);
      let valid = true;
      try {
        valid = ajv.validate({ $ref: `spec#${pointer}` }, node.example) as boolean;
      } catch {
        // a schema Ajv cannot compile: leave its example to Prism
      }
      if (!valid) {
        delete node.example;
        dropped = true;
      }
    }
    // An allOf member that holds only an example (Box's `created_by`) speaks for the whole.
    if (Array.isArray(node.allOf))
      for (const member of node.allOf) {
        if (!isObject(member) || member.example === undefined) continue;
        if (SCHEMA_KEYS.some((key) => member[key] !== undefined)) continue;
        ajv ??= makeSpecAjv(original);
        let valid = true;
        try {
          valid = ajv.validate({ $ref: `spec#${pointer}` }, member.example) as boolean;
        } catch {
          // a schema Ajv cannot compile: leave its example to Prism
        }
        if (!valid) {
          delete member.example;
          dropped = true;
        }
      }
    // A media type's examples: Prism answers with the first (or the named one) as it is.
    if (node.schema !== undefined && node.in === undefined) {
      const rejects = (value: unknown) => {
        ajv ??= makeSpecAjv(original);
        try {
          return !ajv.validate({ $ref: `spec#${pointer}/schema` }, value);
        } catch {
          return false;
        }
      };
      if (node.example !== undefined && rejects(node.example)) {
        delete node.example;
        dropped = true;
      }
      if (isObject(node.examples)) {
        for (const [name, example] of Object.entries(node.examples)) {
          const resolved = follow(original, example);
          if (isObject(resolved) && resolved.value !== undefined && rejects(resolved.value)) {
            delete node.examples[name];
            dropped = true;
          }
        }
        if (Object.keys(node.examples).length === 0) delete node.examples;
      }
      // A JSON response left without an example gets one of ours, when it is valid: Prism's own
      // static body misses required properties in a oneOf under additionalProperties (Discord's
      // resolved channels) or picks no branch of a discriminated oneOf (Box's event sources).
      if (
        node.example === undefined &&
        node.examples === undefined &&
        /\/responses\/[^/]+\/content\/[^/]*json/i.test(pointer)
      ) {
        ajv ??= makeSpecAjv(original);
        const sample = sampleSchema(
          resolvePointer(original, `${pointer}/schema`),
          original,
          `${pointer}/schema`,
          true,
        );
        let valid = false;
        try {
          valid = ajv?.validate({ $ref: `spec#${pointer}/schema` }, sample) === true;
        } catch {
          // a schema Ajv cannot compile: leave the body to Prism
        }
        if (valid) {
          node.example = sample;
          dropped = true;
        }
      }
    }
    for (const [key, child] of Object.entries(node))
      if (key !== 'example' && key !== 'examples')
        visit(
          child,
          `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
          ['allOf', 'oneOf', 'anyOf'].includes(key),
        );
  };
  visit(copy.paths, '/paths');
  visit(copy.components, '/components');
  return dropped;
}

export function prismCompatible(document: JsonObject): JsonObject | undefined {
  const copy = structuredClone(document);
  let changed = dropContradictingExamples(copy, document);
  const visitResponse = (response: unknown) => {
    if (!isObject(response) || !isObject(response.content)) return;
    const content = response.content;
    const wildcard = content['*/*'];
    if (!wildcard || Object.keys(content).some((type) => /json/i.test(type))) return;
    delete content['*/*'];
    content['application/json'] = wildcard;
    changed = true;
  };
  const visitRequestBody = (requestBody: unknown) => {
    const body = follow(copy, requestBody);
    if (!isObject(body) || !isObject(body.content)) return;
    for (const [mediaType, rawMedia] of Object.entries(body.content)) {
      const media = follow(copy, rawMedia);
      if (!FORM_MEDIA.test(mediaType) || !isObject(media)) continue;
      const schema = follow(copy, media.schema);
      if (!isObject(schema) || !isObject(schema.properties)) continue;
      let relaxed = false;
      const properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, property]) => {
          const resolved = follow(copy, property);
          if (!isObject(resolved)) return [name, property];
          if (resolved.type === 'array' && isObject(resolved.items)) {
            relaxed = true;
            return [name, { anyOf: [property, resolved.items] }];
          }
          // A multipart object field travels as JSON text, which Prism does not parse.
          if (resolved.type === 'object' && /^multipart\//i.test(mediaType)) {
            relaxed = true;
            return [name, { anyOf: [property, { type: 'string' }] }];
          }
          return [name, property];
        }),
      );
      if (!relaxed) continue;
      media.schema = { ...schema, properties };
      changed = true;
    }
  };
  const is31 = String(copy.openapi).startsWith('3.1');
  // `siblings`: the properties that the other members of an enclosing allOf declare.
  const visitSchemas = (node: unknown, siblings: ReadonlySet<string> = new Set()) => {
    if (Array.isArray(node)) {
      for (const item of node) visitSchemas(item, siblings);
      return;
    }
    if (!isObject(node)) return;
    const type = node.type;
    const stringy =
      type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
    if (
      typeof node.pattern === 'string' &&
      stringy &&
      ['example', 'examples', 'default', 'enum', 'const'].every((key) => node[key] === undefined)
    ) {
      const example = patternSample(node.pattern, Number(node.minLength ?? 0));
      if (example !== undefined) {
        node.example = example;
        if (is31) node.examples = [example];
        changed = true;
      }
    }
    // A required property the schema never declares (Box's shared links require `accessed`):
    // Prism cannot generate it. The copy declares it as anything.
    if (Array.isArray(node.required) && isObject(node.properties)) {
      const properties = node.properties;
      for (const name of node.required)
        if (typeof name === 'string' && !(name in properties) && !siblings.has(name)) {
          properties[name] = {};
          changed = true;
        }
    }
    // An enum next to an `allOf` of other values (Discord's OAuth2 scopes): Prism draws from the
    // allOf; the enum's own first value is what the schema admits.
    const fixed = Array.isArray(node.enum) && node.enum.length > 0 ? node.enum[0] : node.const;
    if (
      fixed !== undefined &&
      (node.allOf !== undefined || node.oneOf !== undefined || node.anyOf !== undefined)
    ) {
      // The enum is what the value must be anyway: without the composition, Prism uses it.
      delete node.allOf;
      delete node.oneOf;
      delete node.anyOf;
      if (node.example === undefined && node.default === undefined) {
        node.example = fixed;
        if (is31) node.examples = [fixed];
      }
      changed = true;
    }
    // Prism fills every optional array too, and cuts a recursive schema (Discord's message
    // components hold components) at a depth where required properties go missing. In the copy,
    // an optional array without an example is empty unless it must have items.
    if (isObject(node.properties)) {
      const required = new Set(Array.isArray(node.required) ? node.required : []);
      for (const [name, property] of Object.entries(node.properties)) {
        const resolved = follow(copy, property);
        const isArray =
          isObject(resolved) &&
          (resolved.type === 'array' ||
            (Array.isArray(resolved.type) && resolved.type.includes('array')));
        if (
          required.has(name) ||
          !isArray ||
          !isObject(resolved) ||
          Number(resolved.minItems ?? 0) > 0 ||
          resolved.example !== undefined ||
          resolved.default !== undefined
        )
          continue;
        node.properties[name] = { allOf: [property], example: [] };
        changed = true;
      }
    }
    const declared = new Set(siblings);
    if (Array.isArray(node.allOf))
      for (const member of node.allOf) {
        const resolved = follow(copy, member);
        if (isObject(resolved) && isObject(resolved.properties))
          for (const name of Object.keys(resolved.properties)) declared.add(name);
      }
    for (const [key, child] of Object.entries(node))
      if (key !== 'example' && key !== 'examples')
        visitSchemas(child, key === 'allOf' ? declared : new Set());
  };
  for (const item of Object.values(isObject(copy.paths) ? copy.paths : {})) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObject(operation)) continue;
      if (isObject(operation.responses)) Object.values(operation.responses).forEach(visitResponse);
      if (operation.requestBody !== undefined) visitRequestBody(operation.requestBody);
    }
  }
  // After the bodies: a form array relaxed above is no longer one that visitSchemas empties.
  visitSchemas(copy.paths);
  visitSchemas(copy.components);
  const components = isObject(copy.components) ? copy.components : {};
  if (isObject(components.responses)) Object.values(components.responses).forEach(visitResponse);
  return changed ? copy : undefined;
}
