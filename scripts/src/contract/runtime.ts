// Imported by the generated contract tests: checks one response against the spec.
import { isAbsolute, join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { inject } from 'vitest';
import { isObject, type JsonObject, loadSpec, resolvePointer } from '../load-spec.js';
import { escapePointer } from '../spec-error.js';
import { makeSpecAjv } from './ajv.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prism mock URLs by spec name, started by scripts/src/prism/global-setup.ts. */
    prism: Record<string, string>;
  }
}

/**
 * The URL of the Prism mock of spec `name`. Read here rather than with `inject('prism')` in the
 * generated test: the `ProvidedContext` augmentation above then meets the `vitest` this file
 * resolves, whichever copy of vitest the package that imports it has.
 */
export function prismUrl(name: string): string {
  const url = inject('prism')?.[name];
  if (!url) throw new Error(`no Prism mock for ${name}: is the contract kit's globalSetup set?`);
  return url;
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
export class ContractViolation extends Error {
  override name = 'ContractViolation';
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
    // Past a count, Prism prefixes the list: "Too many violations! [...]".
    violations = JSON.parse(header.replace(/^[^[{]*/, ''));
  } catch {
    // A list cut short: only a violation located in the request is ours.
    return header.includes('"location":["request"') ? header : undefined;
  }
  const messages = violations.filter((v) => v.location?.[0] === 'request').map((v) => v.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** Loads a spec for contract checks; `specPath` is relative to the repository root, or absolute. */
export async function loadContract(specPath: string) {
  const absolute = isAbsolute(specPath) ? specPath : join(repoRoot, specPath);
  const { document } = await loadSpec(absolute, specPath);
  const ajv = makeSpecAjv(document);
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

// Request body serializers the generated tests hand openapi-fetch, per media type.

const fieldText = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** `application/x-www-form-urlencoded`: arrays as repeated keys, objects as `key[sub]`. */
export function formBody(body: unknown): URLSearchParams {
  const params = new URLSearchParams();
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (isObject(value))
      for (const [sub, item] of Object.entries(value)) add(`${key}[${sub}]`, item);
    else params.append(key, String(value));
  };
  if (isObject(body)) for (const [key, value] of Object.entries(body)) add(key, value);
  return params;
}

/**
 * `multipart/form-data`: a FormData, so that fetch writes the Content-Type with its boundary;
 * the fields named in `binaryFields` go as Blobs (files), objects as JSON text.
 */
export const multipartBody =
  (binaryFields: readonly string[] = []) =>
  (body: unknown): FormData => {
    const form = new FormData();
    if (!isObject(body)) return form;
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      const values = Array.isArray(value) && binaryFields.includes(key) ? value : [value];
      for (const item of values) {
        if (binaryFields.includes(key)) form.append(key, new Blob([fieldText(item)]), key);
        else form.append(key, fieldText(item));
      }
    }
    return form;
  };

/** A binary body (`application/octet-stream`, images…): the sample's bytes as a Blob. */
export const binaryBody = (body: unknown): Blob =>
  body instanceof Blob ? body : new Blob([fieldText(body ?? '')]);

/** `text/*`: the value as text. */
export const textBody = (body: unknown): string => fieldText(body);
