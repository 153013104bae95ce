import { isObject, type JsonObject, type LoadedSpec, resolvePointer } from './load-spec.js';
import { joinPointer, SpecError } from './spec-error.js';

/**
 * A spec's `x-webhook-signature`, checked: what `@apiclients/auth-session/webhooks` reads
 * (`WebhookSignature` there; the two must agree).
 */
export interface WebhookSignatureDescription {
  header: string;
  algorithm: 'hmac-sha256';
  encoding: 'hex';
  payload: 'raw-body';
  prefix?: string;
}

export interface WebhookDescription {
  /** The webhook's name in `webhooks` (3.1) or `x-webhooks` (3.0). */
  name: string;
  method: string;
  summary?: string;
  /** A TypeScript type for its JSON body, in terms of `schema.ts`'s exports. */
  type: string;
}

export interface WebhooksDescription {
  signature: WebhookSignatureDescription;
  webhooks: WebhookDescription[];
  /** The `schema.ts` exports the types name. */
  imports: ('components' | 'webhooks')[];
}

// What the runtime implements; anything else is refused here rather than failing at delivery.
const ALLOWED = {
  algorithm: ['hmac-sha256'],
  encoding: ['hex'],
  payload: ['raw-body'],
} as const;
const KEYS = new Set(['header', 'algorithm', 'encoding', 'payload', 'prefix']);
// RFC 9110 token characters: what a header name may be made of.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

/**
 * The webhooks a receiver can verify: the spec's `x-webhook-signature` and the JSON bodies of its
 * `webhooks` (OpenAPI 3.1) or `x-webhooks` (3.0, same shape). Undefined when the spec declares no
 * signature: a provider that does not sign (Blips) gets no verifier.
 */
export function describeWebhooks({ file, document }: LoadedSpec): WebhooksDescription | undefined {
  const declared = document['x-webhook-signature'];
  if (declared === undefined) return undefined;
  const fail = (path: (string | number)[], problem: string): never => {
    throw new SpecError(file, joinPointer(path), problem);
  };
  const at = ['x-webhook-signature'];
  if (!isObject(declared)) return fail(at, 'x-webhook-signature must be an object');
  for (const key of Object.keys(declared)) {
    if (!KEYS.has(key)) fail([...at, key], `unknown key "${key}" (known: ${[...KEYS].join(', ')})`);
  }
  const { header, prefix } = declared;
  if (typeof header !== 'string' || !HEADER_NAME.test(header)) {
    fail([...at, 'header'], 'header must be an HTTP header name');
  }
  for (const [key, allowed] of Object.entries(ALLOWED)) {
    if (!(allowed as readonly unknown[]).includes(declared[key])) {
      fail([...at, key], `${key} must be one of ${allowed.join(', ')}`);
    }
  }
  if (prefix !== undefined && (typeof prefix !== 'string' || prefix === '')) {
    fail([...at, 'prefix'], 'prefix must be a non-empty string');
  }
  const signature = declared as unknown as WebhookSignatureDescription;

  const standard = isObject(document.webhooks);
  const root = standard ? 'webhooks' : 'x-webhooks';
  const items = document[root];
  if (!isObject(items) || Object.keys(items).length === 0) {
    return fail(at, 'x-webhook-signature needs webhooks (3.1) or x-webhooks (3.0) to sign');
  }
  const webhooks: WebhookDescription[] = [];
  const imports = new Set<'components' | 'webhooks'>();
  for (const [name, item] of Object.entries(items)) {
    if (!isObject(item)) fail([root, name], 'expected a path item object');
    for (const method of METHODS) {
      const operation = (item as JsonObject)[method];
      if (operation === undefined) continue;
      const path = [root, name, method];
      if (!isObject(operation)) return fail(path, 'expected an operation object');
      const body = deref(document, operation.requestBody);
      const content = isObject(body) && isObject(body.content) ? body.content : undefined;
      const json = content?.['application/json'];
      if (!isObject(json) || !isObject(json.schema)) {
        return fail([...path, 'requestBody'], 'a signed webhook needs an application/json body');
      }
      const ref = typeof json.schema.$ref === 'string' ? SCHEMA_REF.exec(json.schema.$ref) : null;
      let type: string;
      if (ref?.[1]) {
        imports.add('components');
        type = `components["schemas"][${JSON.stringify(ref[1].replaceAll('~1', '/').replaceAll('~0', '~'))}]`;
      } else if (standard) {
        // openapi-typescript types 3.1's `webhooks` like `paths`: read the body from there.
        imports.add('webhooks');
        type = `NonNullable<webhooks[${JSON.stringify(name)}][${JSON.stringify(method)}]["requestBody"]>["content"]["application/json"]`;
      } else {
        // openapi-typescript does not know `x-webhooks`: only a component schema has a type.
        return fail(
          [...path, 'requestBody', 'content', 'application/json', 'schema'],
          'an x-webhooks body must $ref a schema under #/components/schemas',
        );
      }
      const summary = typeof operation.summary === 'string' ? operation.summary : undefined;
      webhooks.push({ name, method, type, ...(summary ? { summary } : {}) });
    }
  }
  return { signature, webhooks, imports: [...imports].sort() };
}

// A requestBody may itself be a $ref (into components/requestBodies); `load-spec` has checked
// that every $ref resolves.
function deref(document: JsonObject, value: unknown): unknown {
  let current = value;
  for (
    let depth = 0;
    depth < 10 && isObject(current) && typeof current.$ref === 'string';
    depth++
  ) {
    current = resolvePointer(document, current.$ref.slice(1));
  }
  return current;
}
