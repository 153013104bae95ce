/**
 * How one security scheme is satisfied. `token` is set when the value came from a token source,
 * so that a 401 can invalidate exactly that token.
 */
export interface AppliedCredential {
  readonly headers: Readonly<Record<string, string>>;
  readonly token?: string;
  /**
   * For what a header cannot carry (an `apiKey` scheme `in: query`): a copy of the attempt with
   * it, around the kept body. Rare, so it lives with the credential that needs it: a header-only
   * client neither runs nor bundles it.
   */
  readonly rewrite?: (attempt: Request, body: BodyInit | null | undefined) => Request;
}

export interface Credential {
  apply(context: { signal?: AbortSignal }): Promise<AppliedCredential> | AppliedCredential;
  /** Forget `token` (it was refused); the next `apply` must not return it. */
  invalidate?(token: string): void;
}

/** A fixed header, e.g. `X-Api-Key` or a precomputed Basic authorization. */
export function headerCredential(name: string, value: string): Credential {
  const applied: AppliedCredential = { headers: { [name]: value } };
  return { apply: () => applied };
}

/** A fixed query parameter, e.g. `?api_key=…` (an `apiKey` scheme `in: query`). */
export function queryCredential(name: string, value: string): Credential {
  // A Request's URL cannot change: the attempt is rebuilt (its own copy: the caller's request
  // and the next attempt are untouched). The deadline's signal reaches fetch through `init`.
  const applied: AppliedCredential = {
    headers: {},
    rewrite: (attempt, body) => {
      const url = new URL(attempt.url);
      url.searchParams.set(name, value);
      return new Request(url, {
        method: attempt.method,
        headers: attempt.headers,
        body,
        redirect: attempt.redirect,
        credentials: attempt.credentials,
      });
    },
  };
  return { apply: () => applied };
}

/** `Authorization: Bearer <token>` with the token obtained at request time. */
export function bearerCredential(source: {
  getToken(options: { signal?: AbortSignal }): Promise<string>;
  peekToken?(): string | undefined;
  invalidate?(token: string): void;
}): Credential {
  // The same token gives the same headers: built once per token, not once per request.
  let last: AppliedCredential | undefined;
  const applied = (token: string) => {
    if (last?.token !== token) last = { headers: { Authorization: `Bearer ${token}` }, token };
    return last;
  };
  return {
    apply({ signal }) {
      const ready = source.peekToken?.();
      return ready !== undefined ? applied(ready) : source.getToken({ signal }).then(applied);
    },
    invalidate: (token) => source.invalidate?.(token),
  };
}

/** `Authorization: Basic base64(utf8(username:password))`, as RFC 7617 asks for non-ASCII. */
export function basicCredential(username: string, password: string): Credential {
  return headerCredential('Authorization', basicAuthorization(username, password));
}

/** The value of that header. */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))}`;
}
