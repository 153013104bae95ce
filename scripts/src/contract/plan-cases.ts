import OpenAPISampler from 'openapi-sampler';
import { isObject, type JsonObject, type LoadedSpec, resolvePointer } from '../load-spec.js';
import { joinPointer } from '../spec-error.js';
import { deref, derefPointer, isJsonMedia, pickMediaType } from './spec-access.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonObject | undefined;
  readonly value: unknown;
}

export interface ContractCase {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Where the response object lives, after `$ref`s. */
  readonly responsePointer: string;
  /** The `Prefer` header sent to Prism. */
  readonly prefer: string;
  readonly parseAs: 'json' | 'text' | 'blob';
  readonly params: { path: JsonObject; query: JsonObject; header: JsonObject };
  readonly body?: { readonly mediaType: string; readonly value: unknown };
}

export interface OperationPlan {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: Parameter[];
  readonly body?: {
    readonly mediaType: string;
    readonly value: unknown;
    readonly schema: JsonObject | undefined;
    readonly required: boolean;
  };
  readonly cases: ContractCase[];
}

function firstExample(
  holder: JsonObject,
  document: JsonObject,
): { found: boolean; value?: unknown } {
  if (holder.example !== undefined) return { found: true, value: holder.example };
  if (isObject(holder.examples)) {
    for (const example of Object.values(holder.examples)) {
      const resolved = deref(document, example);
      if (resolved && resolved.value !== undefined) return { found: true, value: resolved.value };
    }
  }
  return { found: false };
}

function sample(schema: JsonObject | undefined, document: JsonObject): unknown {
  if (!schema) return 'value';
  return OpenAPISampler.sample(
    schema as never,
    { skipReadOnly: true, quiet: true },
    document as never,
  );
}

function readParameters(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
): Parameter[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(document, raw);
      if (parameter) byKey.set(`${parameter.in}:${parameter.name}`, parameter); // operation wins
    }
  }
  return [...byKey.values()].map((parameter) => {
    const schema = deref(document, parameter.schema);
    const example = firstExample(parameter, document);
    const fromSchema = schema ? firstExample(schema, document) : { found: false };
    return {
      name: String(parameter.name),
      in: parameter.in as Parameter['in'],
      required: parameter.required === true || parameter.in === 'path',
      schema,
      value: example.found
        ? example.value
        : fromSchema.found
          ? fromSchema.value
          : sample(schema, document),
    };
  });
}

function readBody(document: JsonObject, operation: JsonObject): OperationPlan['body'] {
  const requestBody = deref(document, operation.requestBody);
  const content = requestBody && isObject(requestBody.content) ? requestBody.content : undefined;
  const mediaType = pickMediaType(content);
  if (!content || !mediaType) return undefined;
  const media = deref(document, content[mediaType]) ?? {};
  const schema = deref(document, media.schema);
  const example = firstExample(media, document);
  return {
    mediaType,
    schema,
    required: requestBody?.required === true,
    value: example.found ? example.value : sample(schema, document),
  };
}

function readCases(
  document: JsonObject,
  base: Omit<ContractCase, 'status' | 'responsePointer' | 'prefer' | 'parseAs'>,
  responsesPointer: string,
): ContractCase[] {
  const responses = deref(document, resolvePointer(document, responsesPointer));
  if (!responses) return [];
  const cases: ContractCase[] = [];
  for (const code of Object.keys(responses)) {
    if (!/^[1-5]\d\d$/.test(code)) continue; // `default` and `4XX` ranges name no status Prism can be asked for
    const responsePointer = derefPointer(document, `${responsesPointer}${joinPointer([code])}`);
    const response = deref(document, responses[code]) ?? {};
    const content = isObject(response.content) ? response.content : undefined;
    const mediaType = pickMediaType(content);
    const media = mediaType && content ? deref(document, content[mediaType]) : undefined;
    const exampleName =
      media && isObject(media.examples) ? Object.keys(media.examples)[0] : undefined;
    cases.push({
      ...base,
      status: Number(code),
      responsePointer,
      prefer: exampleName ? `code=${code}, example=${exampleName}` : `code=${code}`,
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

/** Every operation of the spec with a request it accepts and one case per documented status. */
export function planOperations({ document }: LoadedSpec): OperationPlan[] {
  const plans: OperationPlan[] = [];
  for (const [path, rawItem] of Object.entries(document.paths as JsonObject)) {
    const pathItem = deref(document, rawItem) ?? {};
    for (const method of METHODS) {
      const operation = deref(document, pathItem[method]);
      if (!operation) continue;
      const operationId =
        typeof operation.operationId === 'string'
          ? operation.operationId
          : `${method.toUpperCase()} ${path}`;
      const parameters = readParameters(document, pathItem, operation);
      const body = readBody(document, operation);
      const pick = (where: Parameter['in']) =>
        Object.fromEntries(parameters.filter((p) => p.in === where).map((p) => [p.name, p.value]));
      const base = {
        operationId,
        method,
        path,
        params: { path: pick('path'), query: pick('query'), header: pick('header') },
        ...(body ? { body: { mediaType: body.mediaType, value: body.value } } : {}),
      };
      const cases = readCases(document, base, joinPointer(['paths', path, method, 'responses']));
      plans.push({ operationId, method, path, parameters, ...(body ? { body } : {}), cases });
    }
  }
  return plans;
}
