// Regression tests for the hardening issue, through the Blips client as a user builds it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks } from '../../../scripts/src/fakes/find-leaks.js';
import { createBlipsClient, RequestError } from '../src/index.js';

const clientId = '01947d2284054f890000e63bca4810df';
const clientSecret = 'ed0ad25881e234cc28fb2dec0a4fe64e4172';
const baseUrl = 'https://public-test.blips.network';

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

describe('Blips hardening', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** Headers, half a JSON body, then nothing: the body stalls. */
  async function stalling() {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data": [');
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  }

  it("a stalled body: the caller's signal ends the call with RequestError ABORTED (defect 6)", async () => {
    const client = createBlipsClient({ clientId, clientSecret, baseUrl: await stalling() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client.GET('/tokens', { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'ABORTED' });
  });

  it('a stalled body: timeoutMs ends the call with RequestError TIMEOUT (defect 6)', async () => {
    const client = createBlipsClient({
      clientId,
      clientSecret,
      baseUrl: await stalling(),
      timeoutMs: 200,
    });
    const started = Date.now();
    await expect(client.GET('/tokens')).rejects.toMatchObject({
      name: 'RequestError',
      code: 'TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a fetch whose error quotes the Basic header: RequestError without the pair (defect 2)', async () => {
    const fetch = async (request: Request) => {
      throw new TypeError(`refused ${request.headers.get('authorization')}`);
    };
    const client = createBlipsClient({
      clientId,
      clientSecret,
      baseUrl,
      maxRetries: 0,
      fetch: fetch as typeof globalThis.fetch,
    });
    const error = await client.GET('/tokens').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RequestError', code: 'NETWORK' });
    const basic = btoa(`${clientId}:${clientSecret}`);
    expect(findLeaks(error, [basic, clientSecret])).toEqual([]);
  });

  it.each([
    ['clientId', { clientId: `${clientId}\n`, clientSecret, baseUrl }, 'must not contain control'],
    [
      'clientSecret',
      { clientId, clientSecret: `${clientSecret}\0`, baseUrl },
      'must not contain control',
    ],
    ['clientId', { clientId: 'has:colon', clientSecret, baseUrl }, 'must not contain ":"'],
  ])(
    'options.%s that Basic auth cannot carry fails at construction (defect 3)',
    (name, options, must) => {
      const error = thrown(() => createBlipsClient(options));
      expect(error.message).toContain(`createBlipsClient: options.${name} ${must}`);
      expect(findLeaks(error, [clientSecret])).toEqual([]);
    },
  );

  it('a non-Latin-1 secret is fine: Basic carries UTF-8 in base64', () => {
    expect(() => createBlipsClient({ clientId, clientSecret: 'sécret-☃', baseUrl })).not.toThrow();
  });

  it('headers with an invalid name fail at construction (defect 10)', () => {
    expect(() =>
      createBlipsClient({ clientId, clientSecret, baseUrl, headers: { 'X Bad': 'v' } }),
    ).toThrow(
      'createBlipsClient: options.headers has a header name that is not a valid HTTP token',
    );
  });
});
