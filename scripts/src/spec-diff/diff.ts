import type { JsonObject } from '../load-spec.js';
import { joinPointer } from '../spec-error.js';
import type { Change, Direction } from './change.js';
import { type ChangeKind, classify } from './classify.js';
import { at, canonical, objectAt, type Pair, resolve, same, type Where } from './resolve.js';
import { DOC_KEYS, diffSchema, type Emit } from './schema-diff.js';
import { type OperationSurface, type Requirement, surfaceOf } from './surface.js';

interface Context {
  readonly pair: Pair;
  /** Makes the emitter for one operation (or none: spec-wide) and one direction. */
  readonly emitter: (operation: string | undefined, direction: Direction) => Emit;
}

const OPERATION_DOC_KEYS = new Set([...DOC_KEYS, 'tags']);
const ROOT_DOC_KEYS = new Set([...DOC_KEYS, 'info', 'tags']);

/**
 * Every change between two specs that a user of the generated client would notice, classified,
 * in spec order: spec-wide changes first, then operations, then webhooks.
 */
export function diffSpecs(base: JsonObject, head: JsonObject): Change[] {
  const changes: Change[] = [];
  const pair: Pair = { base, head };
  const context: Context = {
    pair,
    emitter:
      (operation, direction) =>
      (kind, where, message, removed = false) => {
        changes.push({
          bump: classify(kind, direction),
          kind,
          pointer: joinPointer(removed ? where.base : where.head),
          ...(operation ? { operation } : {}),
          message,
        });
      },
  };
  const emit = context.emitter(undefined, 'request');
  diffServers(context, emit, base.servers, head.servers, same('servers'), 'the API');
  diffSecuritySchemes(context, emit);
  diffComponentNames(context, emit);
  diffRest(context, emit, base, head, same(), 'the spec', {
    handled: ['openapi', 'servers', 'paths', 'components', 'security', 'webhooks'],
    docs: ROOT_DOC_KEYS,
  });
  if (base.openapi !== head.openapi) {
    // 3.0.1 → 3.0.2 only fixes the specification's wording; 3.0 → 3.1 changes what schemas mean.
    const line = (version: unknown) => String(version).split('.').slice(0, 2).join('.');
    const kind = line(base.openapi) === line(head.openapi) ? 'documentation' : 'other-changed';
    emit(kind, same('openapi'), `OpenAPI version changed from ${base.openapi} to ${head.openapi}`);
  }

  const before = surfaceOf(base);
  const after = surfaceOf(head);
  for (const [kind, flip] of [
    ['operations', false],
    ['webhooks', true],
  ] as const) {
    const noun = kind === 'operations' ? 'operation' : 'webhook';
    for (const [key, operation] of before[kind]) {
      const other = after[kind].get(key);
      const operationEmit = context.emitter(operation.label, 'request');
      if (!other) {
        operationEmit(
          `${noun}-removed`,
          { base: operation.path, head: [] },
          `${flip ? key : `operation ${key}`} removed`,
          true,
        );
      } else diffOperation(context, operation, other, flip);
    }
    for (const [key, operation] of after[kind]) {
      if (before[kind].has(key)) continue;
      context.emitter(operation.label, 'request')(
        `${noun}-added`,
        { base: [], head: operation.path },
        `${flip ? key : `operation ${key}`} added`,
      );
    }
  }
  return changes;
}

/** A server list's effective URLs: variables at their defaults, the first one a client's default. */
function serverUrls(value: unknown): { urls: string[]; offered: Set<string> } {
  const urls: string[] = [];
  const offered = new Set<string>();
  for (const server of Array.isArray(value) ? value : []) {
    const { url, variables } = objectAt(server);
    if (typeof url !== 'string') continue;
    let defaults = url;
    const choices: string[][] = [];
    for (const [name, variable] of Object.entries(objectAt(variables))) {
      const { default: fallback, enum: values } = objectAt(variable);
      defaults = defaults.replaceAll(`{${name}}`, String(fallback));
      choices.push(Array.isArray(values) ? values.map((value) => `${name}=${value}`) : []);
    }
    urls.push(defaults);
    offered.add(url);
    for (const choice of choices.flat()) offered.add(`${url} (${choice})`);
  }
  return { urls, offered };
}

function diffServers(
  context: Context,
  emit: Emit,
  base: unknown,
  head: unknown,
  where: Where,
  scope: string,
) {
  const before = serverUrls(base);
  const after = serverUrls(head);
  if (before.urls[0] !== after.urls[0]) {
    emit(
      'default-server-changed',
      where,
      `default server of ${scope} changed from ${before.urls[0] ?? 'none'} to ${after.urls[0] ?? 'none'}`,
    );
  }
  for (const url of before.offered) {
    if (!after.offered.has(url))
      emit('server-removed', where, `server ${url} of ${scope} removed`, true);
  }
  for (const url of after.offered) {
    if (!before.offered.has(url)) emit('server-added', where, `server ${url} of ${scope} added`);
  }
  if (canonical(context.pair.base, base) !== canonical(context.pair.head, head)) {
    const list = (value: unknown) => (Array.isArray(value) ? value : []);
    list(base).forEach((server, index) => {
      const other = list(head)[index];
      diffRest(
        context,
        emit,
        objectAt(server),
        objectAt(other),
        at(where, index),
        `server #${index}`,
        {
          handled: ['url', 'variables'],
          docs: DOC_KEYS,
        },
      );
    });
  }
}

function diffSecuritySchemes(context: Context, emit: Emit) {
  const { pair } = context;
  const before = objectAt(objectAt(pair.base.components).securitySchemes);
  const after = objectAt(objectAt(pair.head.components).securitySchemes);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const where = same('components', 'securitySchemes', name);
    const a = resolve(pair.base, before[name]);
    const b = resolve(pair.head, after[name]);
    if (!b) {
      emit('security-scheme-removed', where, `security scheme \`${name}\` removed`, true);
      continue;
    }
    if (!a) {
      emit('security-scheme-added', where, `security scheme \`${name}\` added`);
      continue;
    }
    for (const key of ['type', 'scheme', 'in', 'name', 'openIdConnectUrl']) {
      if (String(a[key]).toLowerCase() !== String(b[key]).toLowerCase()) {
        emit(
          'security-scheme-changed',
          at(where, key),
          `security scheme \`${name}\`: ${key} changed from ${a[key] ?? 'none'} to ${b[key] ?? 'none'}`,
        );
      }
    }
    diffFlows(emit, name, objectAt(a.flows), objectAt(b.flows), at(where, 'flows'));
    diffRest(context, emit, a, b, where, `security scheme \`${name}\``, {
      handled: ['type', 'scheme', 'in', 'name', 'openIdConnectUrl', 'flows'],
      docs: new Set([...DOC_KEYS, 'bearerFormat']),
    });
  }
}

function diffFlows(emit: Emit, scheme: string, a: JsonObject, b: JsonObject, where: Where) {
  for (const flow of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const place = at(where, flow);
    const before = objectAt(a[flow]);
    const after = objectAt(b[flow]);
    if (!(flow in b)) {
      emit(
        'security-scheme-changed',
        place,
        `security scheme \`${scheme}\`: ${flow} flow removed`,
        true,
      );
      continue;
    }
    if (!(flow in a)) {
      emit(
        'security-requirement-added',
        place,
        `security scheme \`${scheme}\`: ${flow} flow added`,
      );
      continue;
    }
    for (const key of ['tokenUrl', 'authorizationUrl', 'refreshUrl']) {
      if (before[key] !== after[key]) {
        emit(
          'security-scheme-changed',
          at(place, key),
          `security scheme \`${scheme}\`: ${flow} ${key} changed from ${before[key] ?? 'none'} to ${after[key] ?? 'none'}`,
        );
      }
    }
    const scopesBefore = objectAt(before.scopes);
    const scopesAfter = objectAt(after.scopes);
    for (const scope of Object.keys(scopesBefore)) {
      if (!(scope in scopesAfter))
        emit(
          'scheme-scope-removed',
          at(place, 'scopes', scope),
          `security scheme \`${scheme}\`: scope ${scope} removed`,
          true,
        );
      else if (scopesBefore[scope] !== scopesAfter[scope])
        emit(
          'documentation',
          at(place, 'scopes', scope),
          `security scheme \`${scheme}\`: description of scope ${scope} changed`,
        );
    }
    for (const scope of Object.keys(scopesAfter)) {
      if (!(scope in scopesBefore))
        emit(
          'scheme-scope-added',
          at(place, 'scopes', scope),
          `security scheme \`${scheme}\`: scope ${scope} added`,
        );
    }
  }
}

/**
 * The packages export `components`, so a user may name `components['schemas']['Pet']`: a named
 * schema that disappears breaks them. A new name breaks nobody, and moving an inline schema
 * under `components` must not count as a change, so additions are not reported.
 */
function diffComponentNames(context: Context, emit: Emit) {
  const before = objectAt(context.pair.base.components);
  const after = objectAt(context.pair.head.components);
  for (const section of ['schemas', 'responses', 'parameters', 'requestBodies', 'headers']) {
    const names = objectAt(after[section]);
    for (const name of Object.keys(objectAt(before[section]))) {
      if (!(name in names)) {
        emit(
          'property-removed',
          { base: ['components', section, name], head: [] },
          `type components['${section}']['${name}'] removed`,
          true,
        );
      }
    }
  }
}

const requirementKey = (requirement: Requirement) => Object.keys(requirement).sort().join(' + ');
const describeRequirement = (key: string) => (key === '' ? 'no credentials' : `\`${key}\``);

function diffOperation(context: Context, a: OperationSurface, b: OperationSurface, flip: boolean) {
  const { pair } = context;
  // A webhook turns the roles round: the API sends its request body, the user writes its response.
  const sent: Direction = flip ? 'response' : 'request';
  const received: Direction = flip ? 'request' : 'response';
  const emit = context.emitter(b.label, sent);
  const emitReceived = context.emitter(b.label, received);
  const where: Where = { base: a.path, head: b.path };

  if (a.operationId !== b.operationId && a.operationId !== undefined) {
    emit(
      'operation-id-changed',
      at(where, 'operationId'),
      `operationId changed from ${a.operationId} to ${b.operationId ?? 'none'}: operations['${a.operationId}'] is gone`,
    );
  }
  if (Boolean(a.operation.deprecated) !== Boolean(b.operation.deprecated)) {
    const deprecated = b.operation.deprecated === true;
    emit(
      deprecated ? 'operation-deprecated' : 'operation-undeprecated',
      at(where, 'deprecated'),
      deprecated ? 'operation deprecated' : 'operation no longer deprecated',
    );
  }
  diffSecurity(emit, a, b);
  if (a.servers !== undefined || b.servers !== undefined) {
    diffServers(
      context,
      emit,
      a.servers ?? pair.base.servers,
      b.servers ?? pair.head.servers,
      { base: a.serversPath, head: b.serversPath },
      'this operation',
    );
  }
  diffParameters(context, emit, a, b);
  diffRequestBody(context, a, b, where, context.emitter(b.label, sent));
  diffResponses(context, a, b, where, emitReceived, received);
  diffRest(context, emit, a.operation, b.operation, where, 'the operation', {
    handled: [
      'operationId',
      'deprecated',
      'security',
      'x-scopes',
      'servers',
      'parameters',
      'requestBody',
      'responses',
    ],
    docs: OPERATION_DOC_KEYS,
  });
}

function diffSecurity(emit: Emit, a: OperationSurface, b: OperationSurface) {
  const where: Where = { base: a.securityPath, head: b.securityPath };
  const before = new Map(
    a.security.map((requirement) => [requirementKey(requirement), requirement]),
  );
  const after = new Map(
    b.security.map((requirement) => [requirementKey(requirement), requirement]),
  );
  for (const [key, requirement] of before) {
    const other = after.get(key);
    if (!other) {
      emit(
        'security-requirement-removed',
        where,
        `no longer accepts ${describeRequirement(key)}`,
        true,
      );
      continue;
    }
    for (const [scheme, scopes] of Object.entries(requirement)) {
      const now = other[scheme] ?? [];
      for (const scope of now)
        if (!scopes.includes(scope))
          emit('required-scope-added', where, `\`${scheme}\` now needs scope ${scope}`);
      for (const scope of scopes)
        if (!now.includes(scope))
          emit('required-scope-removed', where, `\`${scheme}\` no longer needs scope ${scope}`);
    }
  }
  for (const key of after.keys()) {
    if (!before.has(key))
      emit('security-requirement-added', where, `now also accepts ${describeRequirement(key)}`);
  }
  // `x-scopes`: the scopes a token must carry for this operation (see describe-api.ts).
  const scopesOf = (operation: JsonObject) =>
    Array.isArray(operation['x-scopes']) ? operation['x-scopes'].map(String) : [];
  const scopesBefore = scopesOf(a.operation);
  const scopesAfter = scopesOf(b.operation);
  const place = at({ base: a.path, head: b.path }, 'x-scopes');
  for (const scope of scopesAfter)
    if (!scopesBefore.includes(scope))
      emit('required-scope-added', place, `now needs scope ${scope}`);
  for (const scope of scopesBefore)
    if (!scopesAfter.includes(scope))
      emit('required-scope-removed', place, `no longer needs scope ${scope}`, true);
}

function diffParameters(context: Context, emit: Emit, a: OperationSurface, b: OperationSurface) {
  for (const [key, before] of a.parameters) {
    const after = b.parameters.get(key);
    const [location, name] = key.split(/:(.*)/s) as [string, string];
    const label = `${location} parameter \`${name}\``;
    if (!after) {
      emit('parameter-removed', { base: before.path, head: [] }, `${label} removed`, true);
      continue;
    }
    const where: Where = { base: before.path, head: after.path };
    const wasRequired = before.parameter.required === true;
    const isRequired = after.parameter.required === true;
    if (!wasRequired && isRequired)
      emit('parameter-made-required', at(where, 'required'), `${label} is now required`);
    if (wasRequired && !isRequired)
      emit('parameter-made-optional', at(where, 'required'), `${label} is now optional`);
    const schemaContext = { pair: context.pair, direction: 'request' as const, emit, place: label };
    diffSchema(schemaContext, before.parameter.schema, after.parameter.schema, at(where, 'schema'));
    if (before.parameter.content !== undefined || after.parameter.content !== undefined) {
      diffContent(
        context,
        emit,
        'request',
        before.parameter.content,
        after.parameter.content,
        at(where, 'content'),
        label,
      );
    }
    diffRest(context, emit, before.parameter, after.parameter, where, label, {
      handled: ['name', 'in', 'required', 'schema', 'content'],
      docs: DOC_KEYS,
    });
  }
  for (const [key, after] of b.parameters) {
    if (a.parameters.has(key)) continue;
    const [location, name] = key.split(/:(.*)/s) as [string, string];
    const required = after.parameter.required === true;
    emit(
      required ? 'parameter-added-required' : 'parameter-added-optional',
      { base: [], head: after.path },
      `${required ? 'required' : 'optional'} ${location} parameter \`${name}\` added`,
    );
  }
}

function diffRequestBody(
  context: Context,
  a: OperationSurface,
  b: OperationSurface,
  where: Where,
  emit: Emit,
) {
  const { pair } = context;
  const place = at(where, 'requestBody');
  const before = resolve(pair.base, a.operation.requestBody);
  const after = resolve(pair.head, b.operation.requestBody);
  if (!before && !after) return;
  if (!after) {
    emit('request-body-removed', place, 'request body removed', true);
    return;
  }
  if (!before) {
    const required = after.required === true;
    emit(
      required ? 'request-body-added-required' : 'request-body-added-optional',
      place,
      `${required ? 'required' : 'optional'} request body added`,
    );
    return;
  }
  if (before.required !== true && after.required === true)
    emit('request-body-made-required', at(place, 'required'), 'request body is now required');
  if (before.required === true && after.required !== true)
    emit('request-body-made-optional', at(place, 'required'), 'request body is now optional');
  diffContent(
    context,
    emit,
    'request',
    before.content,
    after.content,
    at(place, 'content'),
    'request body',
  );
  diffRest(context, emit, before, after, place, 'the request body', {
    handled: ['required', 'content'],
    docs: DOC_KEYS,
  });
}

function diffResponses(
  context: Context,
  a: OperationSurface,
  b: OperationSurface,
  where: Where,
  emit: Emit,
  direction: Direction,
) {
  const { pair } = context;
  const before = objectAt(a.operation.responses);
  const after = objectAt(b.operation.responses);
  for (const status of Object.keys(before)) {
    const place = at(where, 'responses', status);
    if (!(status in after)) {
      emit('status-removed', place, `response ${status} removed`, true);
      continue;
    }
    const x = resolve(pair.base, before[status]) ?? {};
    const y = resolve(pair.head, after[status]) ?? {};
    const label = `${status} response`;
    const headersBefore = objectAt(x.headers);
    const headersAfter = objectAt(y.headers);
    const lower = (headers: JsonObject) =>
      new Map(Object.keys(headers).map((name) => [name.toLowerCase(), name]));
    const namesBefore = lower(headersBefore);
    const namesAfter = lower(headersAfter);
    for (const [name, original] of namesBefore) {
      const other = namesAfter.get(name);
      const headerPlace = {
        base: [...place.base, 'headers', original],
        head: [...place.head, 'headers', other ?? original],
      };
      if (other === undefined) {
        emit(
          'response-header-removed',
          headerPlace,
          `header ${original} of the ${label} removed`,
          true,
        );
        continue;
      }
      const h1 = resolve(pair.base, headersBefore[original]) ?? {};
      const h2 = resolve(pair.head, headersAfter[other]) ?? {};
      diffSchema(
        { pair, direction, emit, place: `header ${original} of the ${label}` },
        h1.schema,
        h2.schema,
        at(headerPlace, 'schema'),
      );
    }
    for (const [name, original] of namesAfter) {
      if (!namesBefore.has(name))
        emit(
          'response-header-added',
          { base: place.base, head: [...place.head, 'headers', original] },
          `header ${original} of the ${label} added`,
        );
    }
    diffContent(context, emit, direction, x.content, y.content, at(place, 'content'), label);
    diffRest(context, emit, x, y, place, `the ${label}`, {
      handled: ['headers', 'content'],
      docs: DOC_KEYS,
    });
  }
  for (const status of Object.keys(after)) {
    if (!(status in before))
      emit('status-added', at(where, 'responses', status), `response ${status} added`);
  }
}

function diffContent(
  context: Context,
  emit: Emit,
  direction: Direction,
  base: unknown,
  head: unknown,
  where: Where,
  label: string,
) {
  const before = objectAt(base);
  const after = objectAt(head);
  for (const type of Object.keys(before)) {
    const place = at(where, type);
    if (!(type in after)) {
      emit(
        'media-type-removed',
        place,
        `${label} no longer comes as ${type}`.replace(
          'request body no longer comes as',
          'request body no longer accepts',
        ),
        true,
      );
      continue;
    }
    const x = objectAt(before[type]);
    const y = objectAt(after[type]);
    const place2 = `${label} (${type})`;
    diffSchema(
      { pair: context.pair, direction, emit, place: place2 },
      x.schema,
      y.schema,
      at(place, 'schema'),
    );
    diffRest(context, emit, x, y, place, `the ${place2}`, { handled: ['schema'], docs: DOC_KEYS });
  }
  for (const type of Object.keys(after)) {
    if (!(type in before))
      emit(
        'media-type-added',
        at(where, type),
        `${label} now also comes as ${type}`.replace(
          'request body now also comes as',
          'request body now also accepts',
        ),
      );
  }
}

/** Whatever the structured comparisons above did not look at: docs, extensions, the unknown. */
function diffRest(
  context: Context,
  emit: Emit,
  a: JsonObject,
  b: JsonObject,
  where: Where,
  what: string,
  keys: { handled: readonly string[]; docs: ReadonlySet<string> },
) {
  const { pair } = context;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (keys.handled.includes(key)) continue;
    if (canonical(pair.base, a[key]) === canonical(pair.head, b[key])) continue;
    const place = at(where, key);
    const removed = !(key in b);
    let kind: ChangeKind = 'other-changed';
    if (keys.docs.has(key)) kind = 'documentation';
    else if (key.startsWith('x-'))
      kind = !(key in a) ? 'extension-added' : removed ? 'extension-removed' : 'extension-changed';
    const verb = !(key in a) ? 'added' : removed ? 'removed' : 'changed';
    emit(kind, place, `${key} of ${what} ${verb}`, removed);
  }
}
