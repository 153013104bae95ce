// The page's only secrets-free source of tokens and settings: its own backend, at the same origin
// (Vite's dev and preview servers proxy /api to it; in production, serve both behind one origin).

export interface FrontendConfig {
  /** null: Volubile's default server. */
  volubileBaseUrl: string | null;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export const fetchConfig = () => getJson<FrontendConfig>('/api/config');

/** For `createVolubileClient({ getToken })`: the client caches it for `expiresIn` seconds. */
export const tokenFromBackend = () =>
  getJson<{ accessToken: string; expiresIn: number }>('/api/volubile-token');
