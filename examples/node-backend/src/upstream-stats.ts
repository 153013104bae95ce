import type { SessionEvent } from '@apiclients/hashrails';

export type Provider = 'hashrails' | 'volubile' | 'blips';

/** One kind of request the backend sent upstream: which credential it carried, never its value. */
export interface UpstreamRequest {
  readonly method: string;
  readonly path: string;
  /**
   * Where its credentials travelled: `Bearer` or `Basic` (the Authorization scheme), `X-Api-Key`,
   * `body:client_id,client_secret` (credential fields of a JSON body, by name), joined by `+`;
   * `none` without any.
   */
  readonly auth: string;
  readonly status: number | 'no response';
  readonly count: number;
}

export interface ProviderStats {
  readonly requests: UpstreamRequest[];
  readonly events: Record<string, number>;
}

export type Stats = Record<Provider, ProviderStats>;

// Field names that carry a credential in a token request's body (Hashrails: client_id and
// client_secret). Only the names are kept.
const CREDENTIAL_FIELD = /secret|password|api_?key|^client_?id$/i;

function bodyCredentials(body: string | undefined): string[] {
  if (!body) return [];
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.keys(value).filter((name) => CREDENTIAL_FIELD.test(name));
  } catch {
    return [];
  }
}

function authKind(headers: Headers, body: string | undefined): string {
  const kinds: string[] = [];
  const authorization = headers.get('authorization');
  if (authorization) kinds.push(authorization.split(' ')[0] ?? 'Authorization');
  if (headers.has('x-api-key')) kinds.push('X-Api-Key');
  const fields = bodyCredentials(body);
  if (fields.length > 0) kinds.push(`body:${fields.join(',')}`);
  return kinds.length > 0 ? kinds.join('+') : 'none';
}

// The body as text, from a copy: the request itself still goes out with its body unread.
async function bodyText(request: Request | undefined, init: RequestInit | undefined) {
  if (typeof init?.body === 'string') return init.body;
  if (init?.body == null && request?.body) return request.clone().text();
  return undefined;
}

/**
 * What the clients did upstream, counted from the requests their `fetch` sent and the events
 * their `onEvent` reported. This is how the demo shows one token serving many calls.
 */
export function createUpstreamStats() {
  const requests: Record<Provider, Map<string, UpstreamRequest>> = {
    hashrails: new Map(),
    volubile: new Map(),
    blips: new Map(),
  };
  const events: Record<Provider, Record<string, number>> = {
    hashrails: {},
    volubile: {},
    blips: {},
  };

  const record = (provider: Provider, entry: Omit<UpstreamRequest, 'count'>) => {
    const key = `${entry.method} ${entry.path} ${entry.auth} ${entry.status}`;
    const seen = requests[provider].get(key);
    requests[provider].set(key, { ...entry, count: (seen?.count ?? 0) + 1 });
  };

  return {
    /** A fetch that counts what goes through it and then sends it unchanged. */
    fetch(provider: Provider): typeof fetch {
      return async (input, init) => {
        // Reading method, URL and headers from a copy would consume the body; read them in place.
        const request = input instanceof Request ? input : undefined;
        const method = init?.method ?? request?.method ?? 'GET';
        const url = new URL(request?.url ?? String(input));
        const headers = new Headers(init?.headers ?? request?.headers);
        const body = await bodyText(request, init);
        const entry = { method, path: url.pathname, auth: authKind(headers, body) };
        try {
          const response = await fetch(input, init);
          record(provider, { ...entry, status: response.status });
          return response;
        } catch (error) {
          record(provider, { ...entry, status: 'no response' });
          throw error;
        }
      };
    },
    onEvent(provider: Provider) {
      return (event: SessionEvent) => {
        events[provider][event.type] = (events[provider][event.type] ?? 0) + 1;
      };
    },
    snapshot(): Stats {
      const of = (provider: Provider): ProviderStats => ({
        requests: [...requests[provider].values()],
        events: { ...events[provider] },
      });
      return { hashrails: of('hashrails'), volubile: of('volubile'), blips: of('blips') };
    },
  };
}

export type UpstreamStats = ReturnType<typeof createUpstreamStats>;
