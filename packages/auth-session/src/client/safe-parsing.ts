const CALLS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * openapi-fetch parses a 2xx JSON body with `JSON.parse`, whose SyntaxError quotes the start of
 * the body; a proxy's error page or a hostile server may echo the request there, credentials
 * included. The error stays a SyntaxError (what a bad body gives with any fetch), with the path
 * in its message and the body withheld.
 */
export function safeParsing<Client extends object>(client: Client): Client {
  const calls = client as unknown as Record<
    string,
    (path: string, init?: unknown) => Promise<unknown>
  >;
  for (const name of CALLS) {
    const call = calls[name];
    if (typeof call !== 'function') continue;
    calls[name] = (path, init) =>
      call(path, init).catch((error: unknown) => {
        if (!(error instanceof SyntaxError)) throw error;
        throw new SyntaxError(
          `${name} ${path}: the response body is not valid JSON (its text is withheld: it may echo the request)`,
        );
      });
  }
  return client;
}
