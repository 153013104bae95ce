/**
 * A JWT's `exp` claim in ms, or undefined for anything that is not a JWT with a numeric `exp`.
 * Not verified: only the API can verify a token, the claim only tells us when to refresh.
 */
export function jwtExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] as string;
    const { exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
