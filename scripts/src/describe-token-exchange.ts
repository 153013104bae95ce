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
//
// Credentials the operation's own `security` asks for (an API key header) are applied as for any
// other operation; they are not part of the extension.
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
  /** The values the scope list may take, when a request field is an array of enum strings. */
  scopeValues?: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const RESPONSE_FIELDS = { accessToken: 'string', expiresIn: 'number', tokenType: 'string' };
const OPTION_NAME = /^[a-z][A-Za-z0-9]*$/;

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
function follow(document: JsonObject, schema: unknown, segments: string[]): JsonObject | undefined {
  let current: unknown = schema;
  for (const segment of segments) {
    current = propertiesOf(document, current)[segment];
    if (current === undefined) return undefined;
  }
  return deref(document, current);
}

const jsonSchemaOf = (document: JsonObject, holder: unknown): unknown => {
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
    if (!['issues', 'request', 'response', 'required'].includes(key))
      throw new SpecError(file, where(key), 'unknown field (issues, request, response, required)');
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
    if (items && Array.isArray(items.enum)) result.scopeValues = items.enum.map(String);
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
  return result;
}
