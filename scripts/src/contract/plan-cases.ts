import type { Ajv, ErrorObject } from 'ajv';
import { isObject, type JsonObject, type LoadedSpec, resolvePointer } from '../load-spec.js';
import { escapePointer, joinPointer } from '../spec-error.js';
import { sharedSpecAjv } from './ajv.js';
import { surelyValid } from './quick-valid.js';
import { sampleDetailed } from './sample.js';
import { deref, derefPointer, isJsonMedia, pickMediaType } from './spec-access.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonObject | undefined;
  readonly value: unknown;
}

/** How a request body travels: the serializer the generated test hands openapi-fetch. */
export type BodyKind = 'json' | 'form' | 'multipart' | 'binary' | 'text';

export interface PlannedBody {
  readonly mediaType: string;
  readonly kind: BodyKind;
  readonly value: unknown;
  /** multipart: the fields sent as a Blob (schema `format: binary` or a `contentMediaType`). */
  readonly binaryFields?: readonly string[];
}

export interface ContractCase {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The status as the spec documents it: `"200"`, `"4XX"`, `"default"`. */
  readonly documented: string;
  /** Where the response object lives, after `$ref`s. */
  readonly responsePointer: string;
  /** The `Prefer` header sent to Prism. */
  readonly prefer: string;
  /** The `Accept` header: the media type the case expects back, when the response has a body. */
  readonly accept?: string;
  readonly parseAs: 'json' | 'text' | 'blob';
  readonly params: { path: JsonObject; query: JsonObject; header: JsonObject };
  readonly body?: PlannedBody;
}

export interface OperationPlan {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: Parameter[];
  readonly body?: PlannedBody & {
    readonly schema: JsonObject | undefined;
    readonly required: boolean;
    /** How many media types the spec offers for the body (the types are their union). */
    readonly mediaTypes: number;
  };
  readonly cases: ContractCase[];
}

/** A documented (operation, status) pair with no case, and why: always a spec defect we detected. */
export interface UntestedPair {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: string;
  readonly reason: string;
}

export interface ContractPlan {
  readonly operations: OperationPlan[];
  /** Every (operation, documented response key) pair of the spec. */
  readonly documented: number;
  readonly untested: UntestedPair[];
  /** Examples that contradict their own schema, replaced by sampled values. */
  readonly notes: string[];
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    .join('; ');

// Keywords that annotate a schema without constraining it: next to them a `$ref` validates exactly
// as its target does (Ajv, too, follows such a `$ref` straight to the target).
const ANNOTATIONS = new Set([
  '$ref',
  'description',
  'title',
  'summary',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'example',
  'examples',
  'externalDocs',
]);
const onlyRef = (value: unknown): value is { $ref: string } =>
  isObject(value) &&
  typeof value.$ref === 'string' &&
  Object.keys(value).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-'));

// The pointer of the schema that validates as the one at `pointer`: its `$ref` target, while it
// is nothing but a `$ref`. A component named from a hundred places is then compiled once.
function validatingPointer(document: JsonObject, pointer: string): string {
  let current = pointer;
  for (let hops = 0; hops <= 50; hops++) {
    const value = resolvePointer(document, current);
    if (!onlyRef(value)) return current;
    current = value.$ref.slice(1);
  }
  throw new Error(`$ref cycle at ${pointer}`);
}

// Validates values against schemas of the spec, by JSON pointer; compiled once per schema.
function makeChecker(document: JsonObject) {
  let ajv: Ajv | undefined;
  const cache = new Map<string, (value: unknown) => string | undefined>();
  const keys = new Map<string, string>();
  // A schema without `$ref`s is the same wherever it sits (`{ type: string }` on a hundred
  // parameters): compiled once, by its text. Worked out once per pointer (a response schema is
  // checked against each of its examples).
  const keyOf = (pointer: string) => {
    let key = keys.get(pointer);
    if (key === undefined) {
      const text = JSON.stringify(resolvePointer(document, pointer));
      key =
        text !== undefined && !text.includes('"$ref"')
          ? `=${text}`
          : validatingPointer(document, pointer);
      keys.set(pointer, key);
    }
    return key;
  };
  return (pointer: string, value: unknown): string | undefined => {
    // A plain schema the value surely passes needs no validator compiled (quick-valid.ts).
    if (surelyValid(document, pointer, value)) return undefined;
    const key = keyOf(pointer);
    let check = cache.get(key);
    if (!check) {
      ajv ??= sharedSpecAjv(document);
      try {
        // `getSchema` compiles the schema in place: no wrapper `{ $ref }` of its own to compile.
        const validate = ajv.getSchema(`spec#${key.startsWith('=') ? pointer : key}`);
        if (!validate) throw new Error(`no schema at ${pointer}`);
        check = (v) => (validate(v) ? undefined : describe(validate.errors));
      } catch (error) {
        const message = `its schema does not compile: ${(error as Error).message.split('\n')[0]}`;
        check = () => message;
      }
      cache.set(key, check);
    }
    return check(value);
  };
}
type Checker = ReturnType<typeof makeChecker>;

function examples(holder: JsonObject, document: JsonObject): unknown[] {
  const found: unknown[] = [];
  if (holder.example !== undefined) found.push(holder.example);
  if (isObject(holder.examples)) {
    for (const example of Object.values(holder.examples)) {
      const resolved = deref(document, example);
      if (resolved && resolved.value !== undefined) found.push(resolved.value);
    }
  }
  return found;
}

/**
 * The first property of `value` (a path like `/a/0/b`) that its schema does not declare, where the
 * schema declares properties and allows no others. JSON Schema admits it; TypeScript's excess
 * property check on the generated object literal does not (Box's examples say `multiSelect` where
 * the schema says `multi_select`).
 */
export function undeclaredProperty(
  value: unknown,
  schema: JsonObject,
  path = '',
): string | undefined {
  if (Array.isArray(value) && isObject(schema.items)) {
    for (const [index, item] of value.entries()) {
      const found = undeclaredProperty(item, schema.items, `${path}/${index}`);
      if (found) return found;
    }
  }
  if (!isObject(value) || !isObject(schema.properties)) return undefined;
  const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
  for (const [key, child] of Object.entries(value)) {
    const property = schema.properties[key];
    if (isObject(property)) {
      const found = undeclaredProperty(child, property, `${path}/${key}`);
      if (found) return found;
    } else if (!open) return `${path}/${key}`;
  }
  return undefined;
}

// `value` without the properties its schema does not declare (see undeclaredProperty): a schema's
// own `example`, which the sampler copies, may hold some.
function withoutUndeclared(value: unknown, schema: JsonObject): unknown {
  if (Array.isArray(value))
    return isObject(schema.items)
      ? value.map((item) => withoutUndeclared(item, schema.items as JsonObject))
      : value;
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const properties = schema.properties;
  const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => open || isObject(properties[key]))
      .map(([key, child]) => [
        key,
        isObject(properties[key]) ? withoutUndeclared(child, properties[key]) : child,
      ]),
  );
}

// openapi-fetch's query serializer handles primitives, arrays of them and flat objects; OpenAPI
// itself defines no query form for anything deeper (an array of objects, nested objects).
const serializableInQuery = (value: unknown) =>
  Array.isArray(value)
    ? value.every((item) => !isObject(item) && !Array.isArray(item))
    : !isObject(value) ||
      Object.values(value).every((item) => !isObject(item) && !Array.isArray(item));

/**
 * The value a request sends for a schema at `pointer`: the first example that the schema accepts,
 * else a sampled value. An example the schema rejects is noted. `error` when nothing is valid.
 */
function chooseValue(
  candidates: unknown[],
  schemaPointer: string | undefined,
  document: JsonObject,
  check: Checker,
  where: string,
  notes: string[],
): { value: unknown; error?: string } {
  const schema = schemaPointer ? resolvePointer(document, schemaPointer) : undefined;
  if (!schemaPointer || schema === undefined) return { value: candidates[0] ?? 'value' };
  const sample = sampleDetailed(schema, document, schemaPointer);
  const prepared = sample.prepared;
  for (const candidate of candidates) {
    const undeclared = undeclaredProperty(candidate, prepared);
    const problem =
      check(schemaPointer, candidate) ??
      (undeclared ? `${undeclared} is not a property its schema declares` : undefined);
    if (!problem) return { value: candidate };
    notes.push(`${where}: the example contradicts its schema (${problem}); sampled instead`);
  }
  const sampled = withoutUndeclared(sample.value, prepared);
  const problem = check(schemaPointer, sampled);
  return problem
    ? { value: sampled, error: `no valid value for ${where} (${problem})` }
    : { value: sampled };
}

interface Built<T> {
  readonly value: T;
  readonly errors: string[];
  /** The body's schema, as a JSON pointer. */
  readonly schemaPointer?: string;
}

function readParameters(
  document: JsonObject,
  pathPointer: string,
  operationPointer: string,
  check: Checker,
  notes: string[],
  label: string,
): Built<Parameter[]> {
  const byKey = new Map<string, { parameter: JsonObject; pointer: string }>();
  for (const holder of [pathPointer, operationPointer]) {
    const list = resolvePointer(document, `${holder}/parameters`);
    if (!Array.isArray(list)) continue;
    list.forEach((_raw, index) => {
      const pointer = derefPointer(document, `${holder}/parameters/${index}`);
      const parameter = resolvePointer(document, pointer);
      if (isObject(parameter))
        byKey.set(`${parameter.in}:${parameter.name}`, { parameter, pointer }); // operation wins
    });
  }
  const errors: string[] = [];
  const value: Parameter[] = [];
  for (const { parameter, pointer } of byKey.values()) {
    const schemaPointer = parameter.schema === undefined ? undefined : `${pointer}/schema`;
    const schema = deref(document, parameter.schema);
    const required = parameter.required === true || parameter.in === 'path';
    // An optional deprecated parameter is one a client should stop sending; Prism reports one it
    // receives as a request violation (Asana's `team` on GET /projects).
    if (!required && parameter.deprecated === true) continue;
    const where = `${label} ${parameter.in} parameter "${parameter.name}"`;
    const chosen = chooseValue(
      [...examples(parameter, document), ...(schema ? examples(schema, document) : [])],
      schemaPointer,
      document,
      check,
      where,
      notes,
    );
    if (!chosen.error && parameter.in === 'query' && !serializableInQuery(chosen.value))
      chosen.error = `no form of ${where} in a query string (OpenAPI defines none for a nested value)`;
    // An optional parameter we cannot fill is left out rather than sent wrong.
    if (chosen.error) {
      if (required) errors.push(chosen.error);
      else continue;
    }
    value.push({
      name: String(parameter.name),
      in: parameter.in as Parameter['in'],
      required,
      schema,
      value: chosen.value,
    });
  }
  return { value, errors };
}

function bodyKind(mediaType: string, schema: JsonObject | undefined): BodyKind {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isJsonMedia(type) || /\+json$|\/json$/.test(type)) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/') && schema?.format !== 'binary') return 'text';
  return 'binary';
}

const isBinarySchema = (schema: JsonObject | undefined) =>
  schema?.format === 'binary' ||
  schema?.contentMediaType !== undefined ||
  (isObject(schema?.items) && schema.items.format === 'binary');

function readBody(
  document: JsonObject,
  operationPointer: string,
  check: Checker,
  notes: string[],
  label: string,
): Built<OperationPlan['body']> {
  const pointer = derefPointer(document, `${operationPointer}/requestBody`);
  const requestBody = resolvePointer(document, pointer);
  const content =
    isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : undefined;
  const mediaType = pickMediaType(content);
  if (!isObject(requestBody) || !content || !mediaType) return { value: undefined, errors: [] };
  const mediaPointer = derefPointer(document, `${pointer}/content/${escapePointer(mediaType)}`);
  const media = deref(document, resolvePointer(document, mediaPointer)) ?? {};
  const schema = deref(document, media.schema);
  const kind = bodyKind(mediaType, schema);
  const chosen = chooseValue(
    examples(media, document),
    media.schema === undefined ? undefined : `${mediaPointer}/schema`,
    document,
    check,
    `${label} request body (${mediaType})`,
    notes,
  );
  const required = requestBody.required === true;
  // An optional body the spec admits no value for (a spec defect, e.g. a required property that
  // is never declared) is left out rather than sent wrong.
  if (chosen.error && !required) {
    notes.push(`${label}: the request body is sent empty: ${chosen.error}`);
    return { value: undefined, errors: [] };
  }
  const binaryFields =
    kind === 'multipart' && isObject(schema?.properties)
      ? Object.entries(schema.properties)
          .filter(([, property]) => isBinarySchema(deref(document, property)))
          .map(([name]) => name)
      : undefined;
  return {
    value: {
      mediaType,
      kind,
      schema,
      required,
      mediaTypes: Object.keys(content).length,
      value: chosen.value,
      ...(binaryFields && binaryFields.length > 0 ? { binaryFields } : {}),
    },
    errors: chosen.error && required ? [chosen.error] : [],
    ...(media.schema === undefined ? {} : { schemaPointer: `${mediaPointer}/schema` }),
  };
}

// A status Prism can be asked for that the response key stands for: itself, the first code of a
// range that no explicit key claims, or for `default` a server error no other key claims.
function concreteStatus(key: string, keys: string[]): number | undefined {
  if (/^[2-5]\d\d$/.test(key)) return Number(key);
  const taken = new Set(keys);
  const claimed = (code: number) =>
    taken.has(String(code)) || (taken.has(`${String(code)[0]}XX`) && key === 'default');
  const range = /^([2-5])XX$/i.exec(key);
  if (range) {
    const base = Number(range[1]) * 100;
    for (let code = base; code < base + 100; code++) if (!claimed(code)) return code;
    return undefined;
  }
  if (key === 'default') {
    for (const code of [500, 502, 503, 400, 409, 422, 418]) if (!claimed(code)) return code;
  }
  return undefined;
}

/**
 * Why no body for the response schema at `pointer` can be valid, when the sampler proved a oneOf
 * in it ambiguous: every value drawn from its branches matches several, and our sample fails.
 * The mock would then answer with a body of its own making that violates the schema; the pair is
 * a spec defect, not a case. Undefined when our sample is valid (the mock answers with it).
 */
function ambiguousBody(document: JsonObject, pointer: string, check: Checker): string | undefined {
  // A response declared once in components answers hundreds of operations (Discord's errors).
  const known = ambiguities.get(document) ?? new Map<string, string | undefined>();
  ambiguities.set(document, known);
  if (!known.has(pointer)) known.set(pointer, findAmbiguity(document, pointer, check));
  return known.get(pointer);
}
const ambiguities = new WeakMap<JsonObject, Map<string, string | undefined>>();

// Whether a oneOf is anywhere below `value`, through its `$ref`s: only then can a sample be
// ambiguous (most response schemas have none, and sampling them to find out cost the plan).
function holdsOneOf(document: JsonObject, value: unknown, seen = new Set<string>()): boolean {
  if (Array.isArray(value)) return value.some((item) => holdsOneOf(document, item, seen));
  if (!isObject(value)) return false;
  if (value.oneOf !== undefined) return true;
  if (typeof value.$ref === 'string' && value.$ref.startsWith('#') && !seen.has(value.$ref)) {
    seen.add(value.$ref);
    if (holdsOneOf(document, resolvePointer(document, value.$ref.slice(1)), seen)) return true;
  }
  return Object.entries(value).some(
    ([key, child]) =>
      key !== '$ref' && typeof child === 'object' && holdsOneOf(document, child, seen),
  );
}

function findAmbiguity(document: JsonObject, pointer: string, check: Checker): string | undefined {
  if (!holdsOneOf(document, resolvePointer(document, pointer))) return undefined;
  const sample = sampleDetailed(resolvePointer(document, pointer), document, pointer, true);
  if (sample.ambiguous.length === 0) return undefined;
  const problem = check(pointer, sample.value);
  return problem
    ? `the response schema admits no body we can build, so the mock answers with one of its own that violates it: ${sample.ambiguous.join('; ')} (our sample: ${problem})`
    : undefined;
}

function readCases(
  document: JsonObject,
  base: Omit<
    ContractCase,
    'status' | 'documented' | 'responsePointer' | 'prefer' | 'parseAs' | 'accept'
  >,
  responsesPointer: string,
  untested: UntestedPair[],
  check: Checker,
  notes: string[],
): ContractCase[] {
  const responses = deref(document, resolvePointer(document, responsesPointer));
  if (!responses) return [];
  const keys = Object.keys(responses).filter((key) => !key.startsWith('x-'));
  const cases: ContractCase[] = [];
  const skip = (status: string, reason: string) =>
    untested.push({
      operationId: base.operationId,
      method: base.method,
      path: base.path,
      status,
      reason,
    });
  for (const code of keys) {
    const status = concreteStatus(code, keys);
    if (status === undefined) {
      skip(
        code,
        /^1/.test(code)
          ? 'an informational status is not a response a client receives'
          : 'not a status code',
      );
      continue;
    }
    const responsePointer = derefPointer(document, `${responsesPointer}${joinPointer([code])}`);
    const response = deref(document, responses[code]) ?? {};
    const content = isObject(response.content) ? response.content : undefined;
    const mediaType = pickMediaType(content);
    const mediaPointer = mediaType
      ? derefPointer(document, `${responsePointer}/content/${escapePointer(mediaType)}`)
      : undefined;
    const media = mediaPointer
      ? deref(document, resolvePointer(document, mediaPointer))
      : undefined;
    const prefer = [`code=${status}`];
    if (media && mediaPointer && media.schema !== undefined) {
      // Prism answers with the first example unless told which: name one the schema accepts.
      // Those that contradict the schema (a spec defect) are reported; Prism's copy of the spec
      // drops them (prism-compatible.ts), so with none left it generates the body.
      const named = isObject(media.examples) ? Object.entries(media.examples) : [];
      const candidates: [string | undefined, unknown][] = [
        ...(media.example !== undefined
          ? [[undefined, media.example] as [undefined, unknown]]
          : []),
        ...named.map(([name, example]): [string, unknown] => [
          name,
          deref(document, example)?.value,
        ]),
      ].filter(([, value]) => value !== undefined);
      const label = `${base.operationId} response ${code} (${mediaType})`;
      const valid = candidates.find(([name, value]) => {
        const problem = check(`${mediaPointer}/schema`, value);
        if (problem)
          notes.push(
            `${label}: the example${name ? ` "${name}"` : ''} contradicts its schema (${problem})`,
          );
        return !problem;
      });
      if (valid?.[0] !== undefined) prefer.push(`example=${valid[0]}`);
      else if (candidates.length > 0 && !valid)
        notes.push(`${label}: the mock drops it and generates the body from the schema`);
      const ambiguity = valid
        ? undefined
        : ambiguousBody(document, `${mediaPointer}/schema`, check);
      if (ambiguity) {
        skip(code, ambiguity);
        continue;
      }
    }
    cases.push({
      ...base,
      status,
      documented: code,
      responsePointer,
      prefer: prefer.join(', '),
      ...(mediaType ? { accept: mediaType } : {}),
      parseAs:
        !mediaType || isJsonMedia(mediaType)
          ? 'json'
          : mediaType.startsWith('text/')
            ? 'text'
            : 'blob',
    });
  }
  return cases;
}

/**
 * The declaration a server answers `wirePath` with: the one declared for exactly that path, else
 * one whose template matches it (Box declares `…/securityClassification-6VMVochwUWo/schema#add`
 * next to `/metadata_templates/{scope}/{template_key}/schema`).
 */
function routeOf<T>(routes: ReadonlyMap<string, T>, method: string, wirePath: string) {
  const exact = routes.get(`${method} ${wirePath}`);
  if (exact !== undefined) return exact;
  for (const [key, route] of routes) {
    const template = key.slice(method.length + 1);
    if (!key.startsWith(`${method} `) || !template.includes('{')) continue;
    const pattern = template
      .split(/\{[^}/]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    if (new RegExp(`^${pattern}$`).test(wirePath)) return route;
  }
  return undefined;
}

/**
 * Every operation of the spec with a request it accepts (checked against the spec) and one case
 * per documented status; the pairs no case can cover, with why.
 */
export function planContract({ document }: LoadedSpec): ContractPlan {
  const operations: OperationPlan[] = [];
  const untested: UntestedPair[] = [];
  const notes: string[] = [];
  const check = makeChecker(document);
  let documented = 0;
  // Each operation's body schema and responses, for the `#suffix` variants below.
  const routes = new Map<
    string,
    { pointer?: string; required: boolean; responses: Record<string, string> }
  >();
  // `#suffix` variants last: the declaration a server routes one to may come after it.
  const paths = Object.keys(document.paths as JsonObject);
  const ordered = [
    ...paths.filter((p) => !p.includes('#')),
    ...paths.filter((p) => p.includes('#')),
  ];
  for (const path of ordered) {
    const pathPointer = derefPointer(document, joinPointer(['paths', path]));
    const pathItem = deref(document, resolvePointer(document, pathPointer)) ?? {};
    for (const method of METHODS) {
      const operation = deref(document, pathItem[method]);
      if (!operation) continue;
      const operationPointer = derefPointer(document, `${pathPointer}/${method}`);
      const operationId =
        typeof operation.operationId === 'string'
          ? operation.operationId
          : `${method.toUpperCase()} ${path}`;
      const responsesPointer = `${operationPointer}/responses`;
      const responseKeys = Object.keys(
        deref(document, resolvePointer(document, responsesPointer)) ?? {},
      ).filter((key) => !key.startsWith('x-'));
      documented += responseKeys.length;
      const parameters = readParameters(
        document,
        pathPointer,
        operationPointer,
        check,
        notes,
        operationId,
      );
      const body = readBody(document, operationPointer, check, notes, operationId);
      // What a response documents that the contract checks (its media types and their schemas),
      // as text: two declarations agree when these are equal.
      const responseText = (key: string) => {
        const response = deref(
          document,
          resolvePointer(document, `${responsesPointer}${joinPointer([key])}`),
        );
        const content = response && isObject(response.content) ? response.content : {};
        return JSON.stringify(
          Object.entries(content).map(([type, media]) => [type, deref(document, media)?.schema]),
        );
      };
      if (!path.includes('#'))
        routes.set(`${method} ${path}`, {
          ...(body.schemaPointer ? { pointer: body.schemaPointer } : {}),
          required: body.value?.required === true,
          responses: Object.fromEntries(responseKeys.map((key) => [key, responseText(key)])),
        });
      const pick = (where: Parameter['in']) =>
        Object.fromEntries(
          parameters.value.filter((p) => p.in === where).map((p) => [p.name, p.value]),
        );
      const plannedBody: PlannedBody | undefined = body.value
        ? {
            mediaType: body.value.mediaType,
            kind: body.value.kind,
            value: body.value.value,
            ...(body.value.binaryFields ? { binaryFields: body.value.binaryFields } : {}),
          }
        : undefined;
      const base = {
        operationId,
        method,
        path,
        params: { path: pick('path'), query: pick('query'), header: pick('header') },
        ...(plannedBody ? { body: plannedBody } : {}),
      };
      const errors = [...parameters.errors, ...body.errors];
      // Box declares variants of one operation as paths with a `#suffix`: a URL fragment, which
      // never reaches a server, so the request is routed to the path without it. When the
      // variant's request is not one that operation accepts, no server can answer it as
      // documented.
      const hash = path.indexOf('#');
      const routedTo = hash >= 0 ? routeOf(routes, method, path.slice(0, hash)) : undefined;
      if (routedTo !== undefined && errors.length === 0) {
        const problem = routedTo.pointer
          ? plannedBody
            ? check(routedTo.pointer, plannedBody.value)
            : routedTo.required
              ? 'it requires a body'
              : undefined
          : undefined;
        if (problem)
          errors.push(
            `the spec declares ${method.toUpperCase()} ${path.slice(0, hash)} twice (a "${path.slice(hash)}" suffix is a URL fragment, which a server never receives), and the other declaration, where the request is routed, rejects this one: ${problem}`,
          );
      }
      let cases: ContractCase[] = [];
      if (errors.length > 0) {
        for (const status of responseKeys)
          untested.push({
            operationId,
            method,
            path,
            status,
            reason: errors[0]?.startsWith('the spec declares')
              ? errors.join('; ')
              : `the spec admits no request we can build: ${errors.join('; ')}`,
          });
      } else {
        cases = readCases(document, base, responsesPointer, untested, check, notes);
      }
      // A `#suffix` variant is answered as the declaration a server routes it to: a status whose
      // response the two declarations document differently has no case.
      if (routedTo && hash >= 0) {
        cases = cases.filter((c) => {
          if (routedTo.responses[c.documented] === responseText(c.documented)) return true;
          untested.push({
            operationId,
            method,
            path,
            status: c.documented,
            reason: `the spec declares ${method.toUpperCase()} ${path.slice(0, hash)} twice (a "${path.slice(hash)}" suffix is a URL fragment, which a server never receives), and the other declaration, which answers, documents this response differently`,
          });
          return false;
        });
      }
      operations.push({
        operationId,
        method,
        path,
        parameters: parameters.value,
        ...(body.value ? { body: body.value } : {}),
        cases,
      });
    }
  }
  return { operations, documented, untested, notes };
}

/** Every operation of the spec with a request it accepts and one case per documented status. */
export const planOperations = (spec: LoadedSpec): OperationPlan[] => planContract(spec).operations;
