// Test-only: a provider fake on a free loopback port that records every request it sees.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string | undefined>;
  readonly body: string;
  readonly at: number;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
}

/** Fault switches shared by every fake. */
export interface Faults {
  /** Never answer requests to paths starting with this. */
  hang?: string;
}

export interface FakeServer {
  readonly url: string;
  readonly seen: SeenRequest[];
  readonly faults: Faults;
  close(): Promise<void>;
}

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, reply: Reply) {
  const text =
    reply.body === undefined
      ? ''
      : typeof reply.body === 'string'
        ? reply.body
        : JSON.stringify(reply.body);
  const headers = {
    ...(typeof reply.body === 'string' || reply.body === undefined
      ? {}
      : { 'content-type': 'application/json' }),
    ...reply.headers,
  };
  const defined = Object.entries(headers).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  response.writeHead(reply.status, Object.fromEntries(defined)).end(text);
}

export async function startFakeServer(
  handle: (request: SeenRequest) => Reply | Promise<Reply>,
): Promise<FakeServer> {
  const seen: SeenRequest[] = [];
  const faults: Faults = {};
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (request, response) => {
    const body = await read(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    const entry: SeenRequest = {
      method: request.method ?? 'GET',
      path: url.pathname + url.search,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
      ),
      body,
      at: Date.now(),
    };
    seen.push(entry);
    if (faults.hang && url.pathname.startsWith(faults.hang)) {
      hanging.add(response);
      return;
    }
    try {
      send(response, await handle(entry));
    } catch (error) {
      send(response, { status: 500, body: { message: String(error) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    faults,
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JWT-shaped token (unsigned) whose `exp` matches `expiresIn`, like the providers'. */
export function fakeJwt(subject: string, expiresInS: number, serial: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: subject, iat: now, exp: now + expiresInS, n: serial })}.`;
}
