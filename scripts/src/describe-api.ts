import { describeTokenExchange, type TokenExchangeDescription } from './describe-token-exchange.js';
import { idempotencyHeaderOf } from './idempotency.js';
import { isObject, type JsonObject, type LoadedSpec } from './load-spec.js';
import { joinPointer, SpecError } from './spec-error.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type SecurityRequirement = Record<string, string[]>;

export interface ServerDescription {
  url: string;
  variables: Record<string, { default: string; enum?: string[] }>;
}

export interface OperationDescription {
  method: string;
  path: string;
  security: SecurityRequirement[];
  scopes?: string[];
  /** The idempotency header it takes (`Idempotency-Key`, `X-Idempotency-Key`), if any. */
  idempotencyHeader?: string;
  /** How a GET pages (`x-pagination`), checked. */
  pagination?: JsonObject;
}

/** What the runtime needs to know about a spec, as plain data. */
export interface ApiDescription {
  servers: ServerDescription[];
  securitySchemes: Record<string, JsonObject>;
  security: SecurityRequirement[];
  operations: Record<string, OperationDescription>;
  /** The root `x-rate-limit`: at most `requests` requests in any `perSeconds` seconds. */
  rateLimit?: { requests: number; perSeconds: number };
  /** The token operation's `x-token-exchange`, checked. */
  tokenExchange?: TokenExchangeDescription;
}

export function describeApi(spec: LoadedSpec): ApiDescription {
  const { file, document } = spec;
  const components = isObject(document.components) ? document.components : {};
  const securitySchemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const schemes: Record<string, JsonObject> = {};
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    const pointer = joinPointer(['components', 'securitySchemes', name]);
    if (!isObject(scheme) || typeof scheme.type !== 'string') {
      throw new SpecError(file, pointer, 'a security scheme needs a type');
    }
    schemes[name] = pickScheme(file, name, scheme);
  }

  const readSecurity = (value: unknown, path: (string | number)[]): SecurityRequirement[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value))
      throw new SpecError(file, joinPointer(path), 'security must be an array');
    return value.map((requirement, index) => {
      if (!isObject(requirement)) {
        throw new SpecError(
          file,
          joinPointer([...path, index]),
          'a security requirement must be an object',
        );
      }
      const result: SecurityRequirement = {};
      for (const [name, scopes] of Object.entries(requirement)) {
        if (!schemes[name]) {
          throw new SpecError(
            file,
            joinPointer([...path, index, name]),
            `unknown security scheme "${name}"`,
          );
        }
        result[name] = Array.isArray(scopes) ? scopes.map(String) : [];
      }
      return result;
    });
  };

  const security = readSecurity(document.security, ['security']);
  const operations: Record<string, OperationDescription> = {};
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    for (const method of METHODS) {
      const operation = (item as JsonObject)[method];
      if (operation === undefined) continue;
      const at = ['paths', path, method];
      if (!isObject(operation))
        throw new SpecError(file, joinPointer(at), 'expected an operation object');
      const id =
        typeof operation.operationId === 'string'
          ? operation.operationId
          : `${method.toUpperCase()} ${path}`;
      if (operations[id]) {
        throw new SpecError(
          file,
          joinPointer([...at, 'operationId']),
          `duplicate operationId "${id}"`,
        );
      }
      const description: OperationDescription = {
        method,
        path,
        security:
          operation.security === undefined
            ? security
            : readSecurity(operation.security, [...at, 'security']),
      };
      const pagination = readPagination(
        file,
        operation['x-pagination'],
        [...at, 'x-pagination'],
        method,
      );
      if (pagination) description.pagination = pagination;
      const idempotencyHeader = idempotencyHeaderOf(document, item as JsonObject, operation);
      if (idempotencyHeader) description.idempotencyHeader = idempotencyHeader;
      const scopes = operation['x-scopes'];
      if (scopes !== undefined) {
        if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) {
          throw new SpecError(
            file,
            joinPointer([...at, 'x-scopes']),
            'x-scopes must be an array of strings',
          );
        }
        description.scopes = scopes;
      }
      operations[id] = description;
    }
  }

  return {
    servers: readServers(file, document.servers),
    securitySchemes: schemes,
    security,
    operations,
    rateLimit: readRateLimit(file, document['x-rate-limit']),
    tokenExchange: describeTokenExchange(spec),
  };
}

function readRateLimit(file: string, value: unknown): ApiDescription['rateLimit'] {
  if (value === undefined) return undefined;
  const { requests, perSeconds } = (isObject(value) ? value : {}) as JsonObject;
  if (!Number.isInteger(requests) || (requests as number) <= 0) {
    throw new SpecError(file, '/x-rate-limit/requests', 'must be an integer > 0');
  }
  if (typeof perSeconds !== 'number' || !(perSeconds > 0)) {
    throw new SpecError(file, '/x-rate-limit/perSeconds', 'must be a number > 0');
  }
  return { requests: requests as number, perSeconds };
}

// Only what a client needs to apply a scheme; descriptions stay in the spec. Of OAuth2 flows,
// only the one a client runs by itself (client credentials: its token URL and scopes).
function pickScheme(file: string, name: string, scheme: JsonObject): JsonObject {
  const keys = ['type', 'scheme', 'bearerFormat', 'in', 'name'];
  const picked = Object.fromEntries(
    keys.filter((key) => scheme[key] !== undefined).map((key) => [key, scheme[key]]),
  );
  const flow = isObject(scheme.flows) ? scheme.flows.clientCredentials : undefined;
  if (scheme.type === 'oauth2' && flow !== undefined) {
    const at = ['components', 'securitySchemes', name, 'flows', 'clientCredentials'];
    if (!isObject(flow) || typeof flow.tokenUrl !== 'string' || flow.tokenUrl === '') {
      throw new SpecError(
        file,
        joinPointer([...at, 'tokenUrl']),
        'a client credentials flow needs a tokenUrl',
      );
    }
    picked.flows = {
      clientCredentials: {
        tokenUrl: flow.tokenUrl,
        scopes: Object.keys(isObject(flow.scopes) ? flow.scopes : {}),
      },
    };
  }
  return picked;
}

function readServers(file: string, value: unknown): ServerDescription[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SpecError(file, '/servers', 'servers must be an array');
  return value.map((server, index) => {
    if (!isObject(server) || typeof server.url !== 'string') {
      throw new SpecError(file, joinPointer(['servers', index, 'url']), 'a server needs a url');
    }
    const variables: ServerDescription['variables'] = {};
    for (const [name, variable] of Object.entries(
      isObject(server.variables) ? server.variables : {},
    )) {
      if (!isObject(variable) || variable.default === undefined) {
        throw new SpecError(
          file,
          joinPointer(['servers', index, 'variables', name, 'default']),
          'a server variable needs a default',
        );
      }
      variables[name] = { default: String(variable.default) };
      if (Array.isArray(variable.enum)) variables[name].enum = variable.enum.map(String);
    }
    return { url: server.url, variables };
  });
}

// What each style of `x-pagination` must name (strings) and may name.
const PAGINATION: Record<string, { required: string[]; optional: string[] }> = {
  page: { required: ['pageParam', 'items'], optional: ['sizeParam', 'totalPages'] },
  cursor: { required: ['cursorParam', 'items', 'nextCursor'], optional: ['limitParam', 'hasMore'] },
};

function readPagination(
  file: string,
  value: unknown,
  at: (string | number)[],
  method: string,
): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (method !== 'get')
    throw new SpecError(file, joinPointer(at), 'x-pagination is for GET operations');
  if (!isObject(value))
    throw new SpecError(file, joinPointer(at), 'x-pagination must be an object');
  const shape = PAGINATION[value.style as string];
  if (!shape) {
    throw new SpecError(file, joinPointer([...at, 'style']), 'must be "page" or "cursor"');
  }
  const result: JsonObject = { style: value.style };
  for (const name of [...shape.required, ...shape.optional]) {
    const field = value[name];
    if (field === undefined && shape.optional.includes(name)) continue;
    if (typeof field !== 'string' || field === '') {
      throw new SpecError(file, joinPointer([...at, name]), 'must be a non-empty string');
    }
    result[name] = field;
  }
  if (value.style === 'page' && value.firstPage !== undefined) {
    if (!Number.isInteger(value.firstPage)) {
      throw new SpecError(file, joinPointer([...at, 'firstPage']), 'must be an integer');
    }
    result.firstPage = value.firstPage;
  }
  return result;
}
