import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthError, RequestError } from '@apiclients/hashrails';
import { createClients } from './clients.js';
import { type BackendConfig, type Env, readConfig } from './config.js';
import { HttpError, readJson, sendJson } from './http.js';
import { createRoutes, type Route } from './routes.js';
import { createUpstreamStats } from './upstream-stats.js';

export type { BackendConfig, Env } from './config.js';
export type { ProviderStats, Stats, UpstreamRequest } from './upstream-stats.js';

export interface StartBackendOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the routes do not authenticate their callers. */
  host?: string;
  /** Where the configuration comes from; default process.env. */
  env?: Env;
}

export interface RunningBackend {
  readonly url: string;
  readonly port: number;
  readonly config: BackendConfig;
  stop(): Promise<void>;
}

function match(routes: Route[], method: string, pathname: string) {
  for (const route of routes) {
    if (route.method !== method) continue;
    if (route.path === pathname) return { route, params: [] };
    const found = typeof route.path === 'string' ? null : route.path.exec(pathname);
    if (found) return { route, params: found.slice(1) };
  }
  return undefined;
}

function failure(error: unknown): { status: number; body: unknown } {
  if (error instanceof HttpError)
    return { status: error.status, body: { error: error.message, ...error.details } };
  // Every client re-exports the same two classes, and their messages never carry a secret.
  if (error instanceof AuthError || error instanceof RequestError)
    return { status: 502, body: { error: error.message, code: error.code } };
  console.error(error);
  return { status: 500, body: { error: 'internal error' } };
}

/**
 * Starts the example backend: one client per configured provider, shared by every request it
 * serves. Resolves once it is listening.
 */
export async function startBackend(options: StartBackendOptions = {}): Promise<RunningBackend> {
  const config = readConfig(options.env ?? process.env);
  const stats = createUpstreamStats();
  const routes = createRoutes(config, createClients(config, stats), stats);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://backend');
    const found = match(routes, request.method ?? 'GET', url.pathname);
    if (!found) {
      sendJson(response, 404, { error: `no route for ${request.method} ${url.pathname}` });
      return;
    }
    found.route
      .handle({ body: () => readJson(request), query: url.searchParams, params: found.params })
      .then(
        (result) => sendJson(response, result.status, result.body),
        (error: unknown) => {
          const { status, body } = failure(error);
          sendJson(response, status, body);
        },
      );
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    config,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}
