import type { Credential } from './credential.js';
import type { SecurityRequirement } from './types.js';

/**
 * Picks the first alternative the client can satisfy, in the spec's order. An empty list or an
 * empty alternative means "no credentials". When nothing can be satisfied the request goes out
 * bare and the API's 401 reaches the caller, as it would without this client.
 */
export function chooseCredentials(
  requirements: readonly SecurityRequirement[],
  credentials: Readonly<Record<string, Credential | undefined>>,
): Credential[] {
  for (const alternative of requirements) {
    const chosen: Credential[] = [];
    for (const scheme of Object.keys(alternative)) {
      const credential = credentials[scheme];
      if (!credential) break;
      chosen.push(credential);
    }
    if (chosen.length === Object.keys(alternative).length) return chosen;
  }
  return [];
}
