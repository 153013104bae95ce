import { isObject, type JsonObject } from '../load-spec.js';
import type { OperationPlan, Parameter } from './plan-cases.js';

/** A call that the generated types must reject, with why. */
export interface TypeCase {
  readonly why: string;
  readonly options: JsonObject;
}

const NOT_IN_ENUM = '__not_in_the_enum__';

// What the types provably reject is only said by a schema without alternatives: a union
// (`oneOf`, `anyOf`, a type list, `nullable`) or a merge (`allOf`) may admit the changed value, and
// an unused `@ts-expect-error` fails the typecheck.
const COMPOSED = ['oneOf', 'anyOf', 'allOf', 'not', 'nullable', '$ref'] as const;
const isPlain = (schema: JsonObject | undefined): schema is JsonObject =>
  !!schema && COMPOSED.every((key) => schema[key] === undefined) && !Array.isArray(schema.type);

function wrongTypeFor(schema: JsonObject | undefined): unknown {
  if (!isPlain(schema) || schema.enum !== undefined || schema.const !== undefined) return undefined;
  const type = schema.type;
  if (type === 'string' && schema.format !== 'binary') return 12345;
  if (type === 'integer' || type === 'number' || type === 'boolean') return `not-a-${type}`;
  return undefined;
}

// The first enum reachable in a body value, replaced by a value outside it: [path, new body].
function breakEnum(
  value: unknown,
  schema: JsonObject | undefined,
  resolveRef: (v: unknown) => JsonObject | undefined,
): [string, unknown] | undefined {
  if (!isPlain(schema)) return undefined;
  if (Array.isArray(schema.enum) && typeof value === 'string')
    return schema.enum.length > 0 && schema.enum.every((item) => typeof item === 'string')
      ? ['', NOT_IN_ENUM]
      : undefined;
  if (Array.isArray(value) && value.length > 0) {
    const inner = breakEnum(value[0], resolveRef(schema.items), resolveRef);
    if (inner) return [`[0]${inner[0]}`, [inner[1], ...value.slice(1)]];
  }
  if (isObject(value) && isObject(schema.properties)) {
    for (const [key, child] of Object.entries(value)) {
      const inner = breakEnum(child, resolveRef(schema.properties[key]), resolveRef);
      if (inner) return [`.${key}${inner[0]}`, { ...value, [key]: inner[1] }];
    }
  }
  return undefined;
}

/**
 * For one operation: a body missing a required field, a value outside an enum, a parameter of
 * the wrong type, each built from the accepted request by changing one thing.
 */
export function typeCases(
  plan: OperationPlan,
  options: JsonObject,
  resolveRef: (v: unknown) => JsonObject | undefined,
): TypeCase[] {
  const cases: TypeCase[] = [];
  // Without an accepted request (a spec defect left the operation untested) there is nothing to
  // change one thing in.
  if (plan.cases.length === 0) return cases;
  // One media type, and a JSON one: the body's type is then that schema's, not a union of several.
  const body =
    plan.body &&
    plan.body.mediaTypes === 1 &&
    plan.body.kind === 'json' &&
    isPlain(plan.body.schema)
      ? plan.body
      : undefined;
  if (
    body &&
    isObject(body.value) &&
    Array.isArray(body.schema?.required) &&
    isObject(body.schema?.properties)
  ) {
    const properties = body.schema.properties;
    const missing = body.schema.required.find(
      (key): key is string =>
        typeof key === 'string' && key in (body.value as JsonObject) && key in properties,
    );
    if (missing) {
      const { [missing]: _dropped, ...rest } = body.value;
      cases.push({
        why: `body without its required "${missing}"`,
        options: { ...options, body: rest },
      });
    }
  }
  if (body) {
    const broken = breakEnum(body.value, body.schema, resolveRef);
    if (broken)
      cases.push({
        why: `body${broken[0]} outside its enum`,
        options: { ...options, body: broken[1] },
      });
  }
  const withParam = (parameter: Parameter, value: unknown) => {
    const params = structuredClone(options.params ?? {}) as Record<string, JsonObject>;
    params[parameter.in] = { ...(params[parameter.in] ?? {}), [parameter.name]: value };
    return { ...options, params };
  };
  const enumParam = plan.parameters.find(
    (p) =>
      p.in !== 'cookie' &&
      isPlain(p.schema) &&
      Array.isArray(p.schema.enum) &&
      p.schema.enum.every((item) => typeof item === 'string'),
  );
  if (enumParam) {
    cases.push({
      why: `${enumParam.in} parameter "${enumParam.name}" outside its enum`,
      options: withParam(enumParam, NOT_IN_ENUM),
    });
  }
  for (const parameter of plan.parameters) {
    const wrong =
      parameter.in === 'cookie' || parameter.schema?.enum
        ? undefined
        : wrongTypeFor(parameter.schema);
    if (wrong === undefined) continue;
    cases.push({
      why: `${parameter.in} parameter "${parameter.name}" of the wrong type`,
      options: withParam(parameter, wrong),
    });
    break;
  }
  return cases;
}
