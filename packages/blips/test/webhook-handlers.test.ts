import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

// The README's two webhook handlers (Cookbook, "Webhooks"), with the path and the re-check passed
// in rather than read from the environment. Blips signs nothing, so they only acknowledge a JSON
// object and hand it on to be re-read through the API.
const nodeHandler =
  (path: string, recheck: (event: unknown) => Promise<void>) =>
  async (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    if (req.method !== 'POST' || req.url !== path) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let event: unknown;
    try {
      event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return void res.writeHead(400).end();
    }
    res.writeHead(200).end();
    await recheck(event);
  };

const fetchHandler =
  (recheck: (event: unknown) => Promise<void>) =>
  async (request: Request): Promise<Response> => {
    const event: unknown = await request.json().catch(() => undefined);
    if (typeof event !== 'object' || event === null) return new Response(null, { status: 400 });
    await recheck(event);
    return new Response(null, { status: 200 });
  };

describe('the README webhook handlers', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('Node http: 200 and a re-check for a JSON delivery on the path, 400 for a bad body, 404 elsewhere', async () => {
    const rechecked: unknown[] = [];
    server = createServer(
      nodeHandler('/blips/webhooks/s3cr3t', async (event) => void rechecked.push(event)),
    );
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const post = (path: string, body: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body });

    expect((await post('/blips/webhooks/s3cr3t', '{"type":"transaction.completed"}')).status).toBe(
      200,
    );
    expect((await post('/blips/webhooks/s3cr3t', 'not json')).status).toBe(400);
    expect((await post('/blips/webhooks/guess', '{}')).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(rechecked).toEqual([{ type: 'transaction.completed' }]);
  });

  it('fetch-style: 200 and a re-check for a JSON object, 400 for a body that is not one', async () => {
    const rechecked: unknown[] = [];
    const handle = fetchHandler(async (event) => void rechecked.push(event));
    const post = (body: string) =>
      handle(new Request('https://example.com/blips/webhooks/s3cr3t', { method: 'POST', body }));

    expect((await post('{"type":"quote.executed"}')).status).toBe(200);
    expect((await post('not json')).status).toBe(400);
    expect((await post('"a string"')).status).toBe(400);
    expect(rechecked).toEqual([{ type: 'quote.executed' }]);
  });
});
