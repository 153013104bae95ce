/** What a change does to a user of the generated client; the bump it demands follows from it. */
export type Bump = 'major' | 'minor' | 'patch';

/**
 * Who writes the value a schema describes: the user (a request body, a parameter, a webhook's
 * response) or the API (a response body or header, a webhook's payload). The same edit to a
 * schema breaks one side and not the other, so every schema change carries its direction.
 */
export type Direction = 'request' | 'response';

export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];
export const bumpRank = (bump: Bump | undefined) => (bump ? BUMPS.indexOf(bump) + 1 : 0);
export const maxBump = (bumps: Iterable<Bump>): Bump | undefined => {
  let best: Bump | undefined;
  for (const bump of bumps) if (bumpRank(bump) > bumpRank(best)) best = bump;
  return best;
};

export interface Change {
  readonly bump: Bump;
  /** The kind of change, one of `classify.ts`'s rules. */
  readonly kind: string;
  /** RFC 6901 pointer into the spec that has the thing: the base one when it was removed. */
  readonly pointer: string;
  /** `GET /v1/calls (listCalls)`; absent for spec-wide changes (servers, security schemes). */
  readonly operation?: string;
  /** What a user of the client notices, in their words. */
  readonly message: string;
}
