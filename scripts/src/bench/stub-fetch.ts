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

function target(input: RequestInfo | URL, init?: RequestInit): [method: string, path: string] {
  if (typeof input === 'object' && 'method' in input) {
    return [input.method, new URL(input.url).pathname];
  }
  return [init?.method ?? 'GET', new URL(String(input)).pathname];
}

export function createStubFetch({ ttlS, tokenDelayMs = 0 }: StubOptions = {}): StubFetch {
  let serial = 0;
  const token = (body: unknown): Promise<Response> => {
    stub.issued++;
    const response = () => new Response(JSON.stringify(body), { headers: JSON_HEADERS });
    return tokenDelayMs > 0
      ? new Promise((resolve) => setTimeout(() => resolve(response()), tokenDelayMs))
      : Promise.resolve(response());
  };
  const stub = ((input: RequestInfo | URL, init?: RequestInit) => {
    const [method, path] = target(input, init);
    if (method === 'POST' && path === HASHRAILS_TOKEN_PATH) {
      return token({
        success: true,
        message: 'ok',
        data: { access_token: `hr-${++serial}`, expires_in: ttlS ?? 3600, token_type: 'Bearer' },
      });
    }
    if (method === 'POST' && path === VOLUBILE_TOKEN_PATH) {
      return token({ token: `vb-${++serial}`, expiresIn: ttlS ?? 900, tokenType: 'Bearer' });
    }
    stub.calls++;
    return Promise.resolve(new Response('{"ok":true}', { headers: JSON_HEADERS }));
  }) as StubFetch;
  stub.issued = 0;
  stub.calls = 0;
  return stub;
}
