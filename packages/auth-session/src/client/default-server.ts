/** A server of the spec, as `pnpm generate` writes it: its URL template and variable defaults. */
export interface ServerData {
  readonly url: string;
  readonly variables?: Readonly<Record<string, { readonly default: string }>>;
}

/**
 * The spec's first server when it is a usable default: an absolute http(s) URL without
 * variables. A server with variables is a template the user fills in (a host, a region, a
 * tenant): taking its defaults silently could send real credentials to a test backend. Else
 * the reason there is none, for the "baseUrl is required" message.
 */
export function defaultServer(servers: readonly ServerData[]): { url?: string; why: string } {
  const server = servers[0];
  if (!server) return { why: 'its spec lists no servers' };
  const { url, variables = {} } = server;
  if (!/^https?:\/\//i.test(url)) {
    return { why: `its server "${url}" is relative: pass the absolute URL of your host` };
  }
  if (!url.includes('{')) return { url, why: '' };
  const filled = url.replace(
    /\{([^}]*)\}/g,
    (hole, name: string) => variables[name]?.default ?? hole,
  );
  return {
    why: `its server is ${url}${filled.includes('{') ? '' : `; with the spec's defaults, "${filled}"`}`,
  };
}
