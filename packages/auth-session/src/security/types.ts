/** One alternative of an OpenAPI security requirement: every named scheme must be satisfied. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/** What the generator records for one operation of a spec. */
export interface OperationSecurity {
  readonly method: string;
  readonly path: string;
  /** Alternatives, in the spec's order of preference; `[]` means the operation takes no credentials. */
  readonly security: readonly SecurityRequirement[];
  /** The `x-scopes` extension: scopes a token needs for this operation. */
  readonly scopes?: readonly string[];
}

/** The plain data `pnpm generate` writes to `src/generated/operations.ts`. */
export interface ApiSecurityDescription {
  /** The spec's top-level requirement, used for requests that match no documented operation. */
  readonly security: readonly SecurityRequirement[];
  readonly operations: Readonly<Record<string, OperationSecurity>>;
}
