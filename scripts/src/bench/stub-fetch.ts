// A fetch that never leaves the process: a fresh JSON Response per call, so that what is timed is
// the client's own work. It answers both token endpoints with a valid token and counts issuances.

export const HASHRAILS_TOKEN_PATH = '/v1/auth/token/issue';
export const VOLUBILE_TOKEN_PATH = '/v1/auth/token';

export interface StubFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Token requests answered so far, all endpoints together. */
  issued: number;
  /** API (non-token) requests answered so far. */
  calls: number;
}

export interface StubOptions {
  /** Token lifetime in seconds. Default 3600 (Hashrails) / 900 (Volubile), as the issue says. */
  readonly ttlS?: number;
  /** Delay of a token response, in ms: a cold burst then has something to pile up behind. */
  readonly tokenDelayMs?: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// As cheap as it can be, since every variant pays it: the token paths are only ever POSTed.
const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : 'url' in input ? input.url : input.href;

export function createStubFetch({ ttlS, tokenDelayMs = 0 }: StubOptions = {}): StubFetch {
  let serial = 0;
  const token = (body: unknown): Promise<Response> => {
    stub.issued++;
    const response = () => new Response(JSON.stringify(body), { headers: JSON_HEADERS });
    return tokenDelayMs > 0
      ? new Promise((resolve) => setTimeout(() => resolve(response()), tokenDelayMs))
      : Promise.resolve(response());
  };
  const stub = ((input: RequestInfo | URL) => {
    const url = urlOf(input);
    if (url.endsWith(HASHRAILS_TOKEN_PATH)) {
      return token({
        success: true,
        message: 'ok',
        data: { access_token: `hr-${++serial}`, expires_in: ttlS ?? 3600, token_type: 'Bearer' },
      });
    }
    if (url.endsWith(VOLUBILE_TOKEN_PATH)) {
      return token({ token: `vb-${++serial}`, expiresIn: ttlS ?? 900, tokenType: 'Bearer' });
    }
    stub.calls++;
    return Promise.resolve(new Response('{"ok":true}', { headers: JSON_HEADERS }));
  }) as StubFetch;
  stub.issued = 0;
  stub.calls = 0;
  return stub;
}
