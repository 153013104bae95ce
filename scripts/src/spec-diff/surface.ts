import type { JsonObject } from '../load-spec.js';
import { objectAt, resolve, type Segment } from './resolve.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type Requirement = Record<string, string[]>;

/** One operation as a user of the generated client meets it. */
export interface OperationSurface {
  /** `GET /v1/calls`, or `webhook callEnded POST`: what pairs an operation across two specs. */
  readonly key: string;
  /** `GET /v1/calls (listCalls)`: how change lines name it. */
  readonly label: string;
  readonly path: readonly Segment[];
  readonly operation: JsonObject;
  readonly operationId?: string;
  /** Path-level and operation-level parameters, the latter winning, by `in` + name. */
  readonly parameters: ReadonlyMap<string, { parameter: JsonObject; path: readonly Segment[] }>;
  /** The requirement in force (the operation's, else the spec's) and where it is written. */
  readonly security: readonly Requirement[];
  readonly securityPath: readonly Segment[];
  readonly servers?: unknown;
  readonly serversPath: readonly Segment[];
}

export interface Surface {
  readonly document: JsonObject;
  readonly operations: ReadonlyMap<string, OperationSurface>;
  readonly webhooks: ReadonlyMap<string, OperationSurface>;
}

const parameterKey = (parameter: JsonObject) => {
  const location = String(parameter.in);
  const name = String(parameter.name);
  // Header names are case-insensitive: `X-Api-Key` and `x-api-key` are the same parameter.
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
};

function readRequirements(value: unknown): Requirement[] {
  if (!Array.isArray(value)) return [];
  return value.map((requirement) => {
    const result: Requirement = {};
    for (const [name, scopes] of Object.entries(objectAt(requirement))) {
      result[name] = Array.isArray(scopes) ? scopes.map(String) : [];
    }
    return result;
  });
}

function operationsOf(
  document: JsonObject,
  items: JsonObject,
  root: readonly Segment[],
  keyOf: (name: string, method: string) => string,
): Map<string, OperationSurface> {
  const operations = new Map<string, OperationSurface>();
  for (const [name, rawItem] of Object.entries(items)) {
    const item = resolve(document, rawItem) ?? {};
    for (const method of METHODS) {
      const operation = resolve(document, item[method]);
      if (!operation) continue;
      const path = [...root, name, method];
      const parameters = new Map<string, { parameter: JsonObject; path: readonly Segment[] }>();
      const collect = (list: unknown, at: readonly Segment[]) => {
        if (!Array.isArray(list)) return;
        list.forEach((raw, index) => {
          const parameter = resolve(document, raw);
          if (parameter)
            parameters.set(parameterKey(parameter), {
              parameter,
              path: [...at, 'parameters', index],
            });
        });
      };
      collect(item.parameters, [...root, name]);
      collect(operation.parameters, path);
      const own = operation.security !== undefined;
      const operationId =
        typeof operation.operationId === 'string' ? operation.operationId : undefined;
      const key = keyOf(name, method);
      const serversAt =
        operation.servers !== undefined
          ? path
          : item.servers !== undefined
            ? [...root, name]
            : ['servers'];
      operations.set(key, {
        key,
        label: operationId ? `${key} (${operationId})` : key,
        path,
        operation,
        operationId,
        parameters,
        security: readRequirements(own ? operation.security : document.security),
        securityPath: own ? [...path, 'security'] : ['security'],
        servers: operation.servers ?? item.servers,
        serversPath: [...serversAt, 'servers'],
      });
    }
  }
  return operations;
}

/** What a spec offers its users: operations and webhooks, read through `$ref`s. */
export function surfaceOf(document: JsonObject): Surface {
  return {
    document,
    operations: operationsOf(
      document,
      objectAt(document.paths),
      ['paths'],
      (path, method) => `${method.toUpperCase()} ${path}`,
    ),
    webhooks: operationsOf(
      document,
      objectAt(document.webhooks),
      ['webhooks'],
      (name, method) => `webhook ${name} ${method.toUpperCase()}`,
    ),
  };
}
