// What the stats say a request carried: the credential's kind and where it travelled (a header,
// or the JSON body's field names), never a value; and the request still goes out whole.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamStats } from '../src/upstream-stats.js';

const SECRET = 'stats-test-secret-value';
let server: Server;
let url = '';
const received: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      received.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('createUpstreamStats', () => {
  it('names the credential fields of a JSON body, from a Request or from init, and forwards the body', async () => {
    const stats = createUpstreamStats();
    const fetch = stats.fetch('hashrails');
    const credentials = { client_id: 'id-1', client_secret: SECRET };
    await fetch(new Request(`${url}/v1/auth/token/issue`, json(credentials)));
    await fetch(`${url}/v1/auth/token/issue`, json(credentials));
    expect(received.slice(-2)).toEqual([JSON.stringify(credentials), JSON.stringify(credentials)]);
    const { requests } = stats.snapshot().hashrails;
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/v1/auth/token/issue',
        auth: 'body:client_id,client_secret',
        status: 200,
        count: 2,
      },
    ]);
    expect(JSON.stringify(stats.snapshot())).not.toContain(SECRET);
  });

  it('names header credentials by kind, and a body without credential fields as nothing', async () => {
    const stats = createUpstreamStats();
    const fetch = stats.fetch('volubile');
    await fetch(`${url}/v1/auth/token`, {
      ...json({ scope: ['calls:read'] }),
      headers: { 'x-api-key': SECRET },
    });
    await fetch(`${url}/v1/calls`, { headers: { authorization: `Bearer ${SECRET}` } });
    await fetch(new Request(`${url}/tokens`, { headers: { authorization: `Basic ${SECRET}` } }));
    await fetch(`${url}/health`, { method: 'POST', body: 'not json' });
    expect(stats.snapshot().volubile.requests.map((entry) => entry.auth)).toEqual([
      'X-Api-Key',
      'Bearer',
      'Basic',
      'none',
    ]);
    expect(JSON.stringify(stats.snapshot())).not.toContain(SECRET);
  });
});
