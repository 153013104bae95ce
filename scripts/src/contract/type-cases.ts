import { isObject, type JsonObject } from '../load-spec.js';
import type { OperationPlan, Parameter } from './plan-cases.js';

/** A call that the generated types must reject, with why. */
export interface TypeCase {
  readonly why: string;
  readonly options: JsonObject;
}

const NOT_IN_ENUM = '__not_in_the_enum__';

function wrongTypeFor(schema: JsonObject | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (type === 'string') return 12345;
  if (type === 'integer' || type === 'number' || type === 'boolean') return `not-a-${type}`;
  return undefined;
}

// The first enum reachable in a body value, replaced by a value outside it: [path, new body].
function breakEnum(
  value: unknown,
  schema: JsonObject | undefined,
  resolveRef: (v: unknown) => JsonObject | undefined,
): [string, unknown] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum) && typeof value === 'string') return ['', NOT_IN_ENUM];
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
  const body = plan.body;
  if (body && isObject(body.value) && Array.isArray(body.schema?.required)) {
    const missing = body.schema.required.find(
      (key): key is string => typeof key === 'string' && key in (body.value as JsonObject),
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
  const enumParam = plan.parameters.find((p) => p.in !== 'cookie' && Array.isArray(p.schema?.enum));
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
