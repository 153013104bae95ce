// Imported by the generated contract tests: checks one response against the spec.
import { isAbsolute, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject, type JsonObject, loadSpec, resolvePointer } from '../load-spec.js';
import { escapePointer } from '../spec-error.js';
import { openapi30ToJsonSchema } from './openapi30-to-json-schema.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prism mock URLs by spec name, started by scripts/src/prism/global-setup.ts. */
    prism: Record<string, string>;
  }
}

export interface CaseMeta {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** JSON pointer of the response object in the spec. */
  readonly response: string;
}

interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

const repoRoot = join(import.meta.dirname, '../../..');
// ajv-formats is CJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => void;

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

function makeAjv(document: JsonObject): Ajv {
  const options = { strict: false, allErrors: true, validateSchema: false };
  const is31 = String(document.openapi).startsWith('3.1');
  const ajv = is31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  // OpenAPI's own numeric and binary formats say nothing JSON Schema can check beyond the type.
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'])
    ajv.addFormat(format, true);
  ajv.addSchema((is31 ? document : openapi30ToJsonSchema(document)) as object, 'spec');
  return ajv;
}

// The spec's media type for what the server sent: exact, then type/*, then */*.
function matchMediaType(content: JsonObject, contentType: string | null): string | undefined {
  const types = Object.keys(content);
  const actual = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    types.find((type) => type.toLowerCase() === actual) ??
    types.find(
      (type) => type.endsWith('/*') && actual.startsWith(type.slice(0, -1).toLowerCase()),
    ) ??
    types.find((type) => type === '*/*') ??
    (actual === '' ? types[0] : undefined)
  );
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map(
      (error) =>
        `${error.instancePath || '/'} ${error.message ?? 'is invalid'} (rule ${error.schemaPath})`,
    )
    .join('; ');

function requestViolations(header: string | null): string | undefined {
  if (!header) return undefined;
  let violations: { location?: string[]; message?: string }[];
  try {
    violations = JSON.parse(header);
  } catch {
    return header;
  }
  const messages = violations.filter((v) => v.location?.[0] === 'request').map((v) => v.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** Loads a spec for contract checks; `specPath` is relative to the repository root, or absolute. */
export async function loadContract(specPath: string) {
  const absolute = isAbsolute(specPath) ? specPath : join(repoRoot, specPath);
  const { document } = await loadSpec(absolute, specPath);
  const ajv = makeAjv(document);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (pointer: string) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  return {
    /** Throws a ContractViolation naming the operation, the status and the violated rule. */
    expect(result: FetchResult, meta: CaseMeta): void {
      const label = `${meta.operationId} (${meta.method.toUpperCase()} ${meta.path}) → ${meta.status}`;
      const fail = (problem: string): never => {
        throw new ContractViolation(`${label}: ${problem}`);
      };
      const { response } = result;
      // Prism lists what it found wrong in this header; the request's faults are ours to fail on.
      // The response is judged below, against the spec, by our own validator.
      const rejected = requestViolations(response.headers.get('sl-violations'));
      if (rejected) fail(`Prism rejected the request (status ${response.status}): ${rejected}`);
      if (response.status !== meta.status)
        fail(`expected status ${meta.status}, got ${response.status}`);

      const specResponse = resolvePointer(document, meta.response);
      const content =
        isObject(specResponse) && isObject(specResponse.content) ? specResponse.content : undefined;
      const body = response.ok ? result.data : result.error;
      if (!content) {
        if (
          body !== undefined &&
          body !== '' &&
          !(isObject(body) && Object.keys(body).length === 0)
        ) {
          fail('the spec documents no body for this status, but one came back');
        }
        return;
      }
      const mediaType = matchMediaType(content, response.headers.get('content-type'));
      if (!mediaType)
        fail(
          `content type ${response.headers.get('content-type')} is not documented (documented: ${Object.keys(content).join(', ')})`,
        );
      const media = content[mediaType as string];
      if (!isObject(media) || media.schema === undefined || body instanceof Blob) return;
      const validate = validatorFor(
        `${meta.response}/content/${escapePointer(mediaType as string)}/schema`,
      );
      if (!validate(body))
        fail(`response body violates the spec: ${describeErrors(validate.errors)}`);
    },
  };
}
