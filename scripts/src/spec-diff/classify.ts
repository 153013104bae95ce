import type { Bump, Direction } from './change.js';

type Rule = Bump | { readonly request: Bump; readonly response: Bump };

/**
 * Every kind of change the diff reports and the bump it demands. Where a rule depends on the
 * direction, `request` is what the user sends and `response` what they receive: narrowing what
 * a user may send breaks them, widening what they receive breaks them (the generated types are
 * exact unions, and a value their code never expected reaches it). The README's "When a spec
 * changes" section states these rules for maintainers; keep them in step.
 */
export const RULES = {
  // Operations, paths and methods
  'operation-removed': 'major',
  'operation-added': 'minor',
  'operation-id-changed': 'major', // `operations['oldId']` stops compiling
  'operation-deprecated': 'minor',
  'operation-undeprecated': 'minor',
  'webhook-removed': 'major',
  'webhook-added': 'minor',
  // Servers and security
  'server-removed': 'major',
  'server-added': 'minor',
  'default-server-changed': 'major', // a client without `baseUrl` now calls another host
  'security-scheme-removed': 'major',
  'security-scheme-added': 'minor',
  'security-scheme-changed': 'major', // credentials go elsewhere or in another form
  'scheme-scope-removed': 'major', // a `scopes` option value stops compiling
  'scheme-scope-added': 'minor',
  'security-requirement-removed': 'major',
  'security-requirement-added': 'minor', // one more way to authenticate
  'required-scope-added': 'major', // tokens minted with the old scopes are refused
  'required-scope-removed': 'minor',
  // Parameters and bodies: always written by the user
  'parameter-removed': 'major',
  'parameter-added-required': 'major',
  'parameter-added-optional': 'minor',
  'parameter-made-required': 'major',
  'parameter-made-optional': 'minor',
  'request-body-removed': 'major',
  'request-body-added-required': 'major',
  'request-body-added-optional': 'minor',
  'request-body-made-required': 'major',
  'request-body-made-optional': 'minor',
  // Responses
  'status-removed': 'major', // code branching on it is dead or stops compiling
  'status-added': 'minor',
  'response-header-removed': 'major',
  'response-header-added': 'minor',
  'media-type-removed': 'major',
  'media-type-added': 'minor',
  // Schemas, in either direction
  'property-removed': 'major',
  'property-added-required': { request: 'major', response: 'minor' },
  'property-added-optional': 'minor',
  'property-made-required': { request: 'major', response: 'minor' },
  'property-made-optional': { request: 'minor', response: 'major' },
  'enum-value-removed': 'major',
  // The enum decision: a response enum is a closed union in the generated types, so a value
  // added to it breaks every exhaustive `switch` (`const never: never = status`) at compile
  // time and reaches code that had no branch for it at run time. A request enum only grows
  // what the user may send.
  'enum-value-added': { request: 'minor', response: 'major' },
  'type-changed': 'major',
  'type-narrowed': { request: 'major', response: 'minor' },
  'type-widened': { request: 'minor', response: 'major' },
  'variant-removed': { request: 'major', response: 'minor' },
  'variant-added': { request: 'minor', response: 'major' },
  'constraint-tightened': { request: 'major', response: 'minor' },
  'constraint-loosened': 'minor',
  'default-changed': 'minor', // behaviour changes for a user who omits the value
  'deprecated-changed': 'minor',
  // Extensions drive the generated runtime (scopes, token exchanges, pagination…): losing or
  // changing one may take a feature away, so only an added one is safe.
  'extension-added': 'minor',
  'extension-removed': 'major',
  'extension-changed': 'major',
  // Keywords this diff has no rule for: not documentation, so not a patch.
  'other-changed': 'minor',
  documentation: 'patch',
  // Inside schemas, vendor extensions (x-swagger-router-model…) and `xml` shape nothing the
  // generated client emits: it reads neither, and speaks JSON.
  'schema-annotation': 'patch',
} as const satisfies Record<string, Rule>;

export type ChangeKind = keyof typeof RULES;

export function classify(kind: ChangeKind, direction: Direction = 'request'): Bump {
  const rule: Rule = RULES[kind];
  return typeof rule === 'string' ? rule : rule[direction];
}
