// `x-token-exchange`: how a provider's own token operation turns credentials into a token, for the
// exchanges no OAuth2 flow describes (a JSON body with the client id and secret, an API key and a
// scope list). Declared on the token operation, checked against its request and response
// schemas here, and emitted as plain data that auth-session's `exchangeToken` follows:
//
//   x-token-exchange:
//     issues: bearerAuth            # the security scheme the issued token satisfies
//     request:                      # credential option → JSON pointer into the request body
//       clientId: /client_id
//       clientSecret: /client_secret
//     response:                     # JSON pointers into the success response body
//       accessToken: /data/access_token
//       expiresIn: /data/expires_in   # seconds (optional; without it the JWT `exp` decides)
//       tokenType: /data/token_type   # optional
//     required: [expiresIn]           # optional: response fields that must be present
//     identity: clientId              # optional: the request option naming the account (cache
//                                     # key); without, the credentials are fingerprinted
//     errors:                         # optional: what an error status means, for messages
//       "403": a Bearer token cannot mint another token
//     rejectedFields: /errors/*/field # optional: where a 400 body names the fields it refused
//
// Credentials the operation's own `security` asks for (an API key header) are applied as for any
// other operation; they are not part of the extension. A request option whose body property is
// an array of enum strings is the scope list: its values become the client's scope union.
import { deref } from './contract/spec-access.js';
import { isObject, type JsonObject, type LoadedSpec } from './load-spec.js';
import { joinPointer, SpecError, unescapePointer } from './spec-error.js';

export interface TokenExchangeDescription {
  method: string;
  path: string;
  issues: string;
  /** Option name → the path of body properties it is written to. */
  request: Record<string, string[]>;
  response: { accessToken: string[]; expiresIn?: string[]; tokenType?: string[] };
  required?: string[];
  /** The request option naming the account, when the extension says which. */
  identity?: string;
  /** Status → what it means, said in the AuthError's message. */
  errors?: Record<string, string>;
  /** Where a 400 body lists the fields it refused: the list's path, then the name's in an item. */
  rejectedFields?: { list: string[]; field: string[] };
  /** The request option that carries the scope list (an array of enum strings), if any. */
  scopeOption?: string;
  /** The values the scope list may take, when a request field is an array of enum strings. */
  scopeValues?: string[];
  /**
   * The operation's own security (its first alternative): the schemes whose credentials the
   * token request carries, and the options that give them (`apiKey`).
   */
  authSchemes: string[];
  authOptions: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const RESPONSE_FIELDS = { accessToken: 'string', expiresIn: 'number', tokenType: 'string' };
const OPTION_NAME = /^[a-z][A-Za-z0-9]*$/;
const FIELDS = [
  'issues',
  'request',
  'response',
  'required',
  'identity',
  'errors',
  'rejectedFields',
];

/** The properties a schema has, through `$ref` and `allOf`. */
function propertiesOf(document: JsonObject, schema: unknown): Record<string, unknown> {
  const resolved = deref(document, schema);
  if (!resolved) return {};
  const own = isObject(resolved.properties) ? resolved.properties : {};
  const inherited = Array.isArray(resolved.allOf)
    ? resolved.allOf.map((part) => propertiesOf(document, part))
    : [];
  return Object.assign({}, ...inherited, own);
}

/** The schema a JSON pointer names inside `schema`'s properties, or undefined. */
export function follow(
  document: JsonObject,
  schema: unknown,
  segments: string[],
): JsonObject | undefined {
  let current: unknown = schema;
  for (const segment of segments) {
    current = propertiesOf(document, current)[segment];
    if (current === undefined) return undefined;
  }
  return deref(document, current);
}

export const jsonSchemaOf = (document: JsonObject, holder: unknown): unknown => {
  const content = deref(document, holder)?.content;
  if (!isObject(content)) return undefined;
  const media = Object.keys(content).find((type) => /^application\/(.+\+)?json$/i.test(type));
  return media && isObject(content[media]) ? content[media].schema : undefined;
};

function pointerSegments(file: string, at: string, value: unknown): string[] {
  if (typeof value !== 'string' || !value.startsWith('/') || value === '/') {
    throw new SpecError(file, at, 'must be a JSON pointer such as "/data/access_token"');
  }
  return value.slice(1).split('/').map(unescapePointer);
}

const typeOf = (schema: JsonObject): string | undefined =>
  typeof schema.type === 'string'
    ? schema.type
    : Array.isArray(schema.type)
      ? schema.type.find((type) => type !== 'null')
      : undefined;

/** The spec's one `x-token-exchange`, checked, or undefined when it declares none. */
export function describeTokenExchange({
  file,
  document,
}: LoadedSpec): TokenExchangeDescription | undefined {
  let found: TokenExchangeDescription | undefined;
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || operation['x-token-exchange'] === undefined) continue;
      const at = ['paths', path, method, 'x-token-exchange'];
      if (found) {
        throw new SpecError(file, joinPointer(at), 'a spec declares at most one x-token-exchange');
      }
      found = readExchange(file, document, operation, at, method, path);
    }
  }
  return found;
}

function readExchange(
  file: string,
  document: JsonObject,
  operation: JsonObject,
  at: string[],
  method: string,
  path: string,
): TokenExchangeDescription {
  const where = (...more: string[]) => joinPointer([...at, ...more]);
  const value = operation['x-token-exchange'];
  if (!isObject(value)) throw new SpecError(file, where(), 'x-token-exchange must be an object');
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key))
      throw new SpecError(file, where(key), `unknown field (${FIELDS.join(', ')})`);
  }

  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  const issued = isObject(schemes) ? deref(document, schemes[value.issues as string]) : undefined;
  if (typeof value.issues !== 'string' || !issued) {
    throw new SpecError(file, where('issues'), 'must name a scheme of components/securitySchemes');
  }
  if (
    !(issued.type === 'http' && String(issued.scheme).toLowerCase() === 'bearer') &&
    issued.type !== 'oauth2'
  ) {
    throw new SpecError(file, where('issues'), 'must name an http bearer or oauth2 scheme');
  }

  const result: TokenExchangeDescription = {
    method: method.toUpperCase(),
    path,
    issues: value.issues,
    request: {},
    response: { accessToken: [] },
    ...authOf(file, document, operation, at),
  };

  const requestSchema = jsonSchemaOf(document, operation.requestBody);
  const request = value.request ?? {};
  if (!isObject(request)) throw new SpecError(file, where('request'), 'must be an object');
  if (Object.keys(request).length > 0 && requestSchema === undefined) {
    throw new SpecError(file, where('request'), 'the operation has no JSON request body');
  }
  for (const [option, pointer] of Object.entries(request)) {
    if (!OPTION_NAME.test(option))
      throw new SpecError(file, where('request', option), 'must be an option name (camelCase)');
    const segments = pointerSegments(file, where('request', option), pointer);
    const schema = follow(document, requestSchema, segments);
    if (!schema) {
      throw new SpecError(
        file,
        where('request', option),
        `${pointer} is not a property of the request body`,
      );
    }
    result.request[option] = segments;
    const items = typeOf(schema) === 'array' ? deref(document, schema.items) : undefined;
    if (items && Array.isArray(items.enum)) {
      if (result.scopeOption) {
        throw new SpecError(file, where('request', option), 'a second scope list: keep one');
      }
      result.scopeOption = option;
      result.scopeValues = items.enum.map(String);
    } else if (typeOf(schema) !== 'string') {
      throw new SpecError(
        file,
        where('request', option),
        `${pointer} must be a string (a credential) or an array of enum strings (the scopes)`,
      );
    }
  }
  if (value.identity !== undefined) {
    if (typeof value.identity !== 'string' || !(value.identity in result.request)) {
      throw new SpecError(file, where('identity'), 'must name an option of request');
    }
    if (value.identity === result.scopeOption) {
      throw new SpecError(file, where('identity'), 'must name a string option, not the scopes');
    }
    result.identity = value.identity;
  }

  const responses = isObject(operation.responses) ? operation.responses : {};
  const success = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
  const responseSchema = success ? jsonSchemaOf(document, responses[success]) : undefined;
  if (responseSchema === undefined) {
    throw new SpecError(file, where('response'), 'the operation has no JSON 2xx response');
  }
  const response = value.response;
  if (!isObject(response)) throw new SpecError(file, where('response'), 'must be an object');
  for (const [field, pointer] of Object.entries(response)) {
    const expected = RESPONSE_FIELDS[field as keyof typeof RESPONSE_FIELDS];
    if (!expected) {
      throw new SpecError(
        file,
        where('response', field),
        'unknown field (accessToken, expiresIn, tokenType)',
      );
    }
    const segments = pointerSegments(file, where('response', field), pointer);
    const schema = follow(document, responseSchema, segments);
    if (!schema) {
      throw new SpecError(
        file,
        where('response', field),
        `${pointer} is not a property of the ${success} response body`,
      );
    }
    const type = typeOf(schema);
    if (type && (expected === 'number' ? !['number', 'integer'].includes(type) : type !== expected))
      throw new SpecError(file, where('response', field), `${pointer} must be a ${expected}`);
    result.response[field as keyof TokenExchangeDescription['response']] = segments;
  }
  if (result.response.accessToken.length === 0) {
    throw new SpecError(file, where('response', 'accessToken'), 'is required');
  }

  if (value.required !== undefined) {
    const fields = value.required;
    if (!Array.isArray(fields) || !fields.every((field) => field in result.response)) {
      throw new SpecError(
        file,
        where('required'),
        'must list fields declared under response (expiresIn, tokenType)',
      );
    }
    result.required = fields as string[];
  }
  if (value.errors !== undefined) result.errors = readErrors(file, value.errors, responses, where);
  if (value.rejectedFields !== undefined) {
    result.rejectedFields = readRejectedFields(
      file,
      document,
      value.rejectedFields,
      responses,
      where,
    );
  }
  return result;
}

function readErrors(
  file: string,
  errors: unknown,
  responses: JsonObject,
  where: (...more: string[]) => string,
): Record<string, string> {
  if (!isObject(errors)) throw new SpecError(file, where('errors'), 'must be an object');
  const result: Record<string, string> = {};
  for (const [status, text] of Object.entries(errors)) {
    if (!/^[45]\d\d$/.test(status) || !(status in responses)) {
      throw new SpecError(
        file,
        where('errors', status),
        'must be a 4xx or 5xx status the operation documents',
      );
    }
    if (typeof text !== 'string' || !text.trim()) {
      throw new SpecError(file, where('errors', status), 'must be a non-empty string');
    }
    result[status] = text.trim();
  }
  return result;
}

// `/errors/*/field`: the list, a `*` for its items, the name's path in an item.
function readRejectedFields(
  file: string,
  document: JsonObject,
  pointer: unknown,
  responses: JsonObject,
  where: (...more: string[]) => string,
): { list: string[]; field: string[] } {
  const at = where('rejectedFields');
  const segments = pointerSegments(file, at, pointer);
  const star = segments.indexOf('*');
  if (star < 1 || star === segments.length - 1 || segments.lastIndexOf('*') !== star) {
    throw new SpecError(
      file,
      at,
      'must be a pointer with one * for the items, e.g. /errors/*/field',
    );
  }
  const list = segments.slice(0, star);
  const field = segments.slice(star + 1);
  const body = jsonSchemaOf(document, responses['400']);
  const array = body === undefined ? undefined : follow(document, body, list);
  const items = array && typeOf(array) === 'array' ? deref(document, array.items) : undefined;
  const name = items && follow(document, items, field);
  if (!name || typeOf(name) !== 'string') {
    throw new SpecError(
      file,
      at,
      `${pointer} must lead to a string in the items of an array of the 400 response body`,
    );
  }
  return { list, field };
}

// Which option gives each scheme a token request can carry (the operation's own security).
const OPTION_OF_SCHEME = (scheme: JsonObject | undefined) =>
  scheme?.type === 'apiKey' && ['header', 'cookie'].includes(scheme.in as string)
    ? 'apiKey'
    : undefined;

/** The credentials the token operation itself asks for: none, or an API key in a header. */
function authOf(file: string, document: JsonObject, operation: JsonObject, at: string[]) {
  const security = operation.security ?? document.security ?? [];
  const first = Array.isArray(security) && isObject(security[0]) ? security[0] : {};
  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  const authSchemes = Object.keys(first);
  const authOptions = authSchemes.map((name) => {
    const option = OPTION_OF_SCHEME(isObject(schemes) ? deref(document, schemes[name]) : undefined);
    if (!option) {
      throw new SpecError(
        file,
        joinPointer(at.slice(0, -1).concat('security')),
        `the token operation's own security may ask for nothing or an API key (header or cookie), not ${JSON.stringify(name)}`,
      );
    }
    return option;
  });
  return { authSchemes, authOptions };
}
