/**
 * An OpenAPI security requirement: alternatives in the spec's order of preference, each naming the
 * schemes that must all be satisfied together. `[]` means the operation takes no credentials, as
 * does an empty alternative.
 */
export type SecurityRequirement = readonly (readonly string[])[];

/**
 * One operation: [METHOD (upper case), path template, index of its requirement in `security`,
 * the idempotency header it takes, if any].
 */
export type OperationSecurity = readonly [
  method: string,
  path: string,
  security: number,
  idempotencyHeader?: string,
];

/** The plain data `pnpm generate` writes to `src/generated/operations.ts` as `api`. */
export interface ApiSecurityDescription {
  /**
   * The distinct requirements of the spec. The first is its top-level one, used for requests that
   * match no documented operation.
   */
  readonly security: readonly SecurityRequirement[];
  readonly routes: readonly OperationSecurity[];
}
