// `@apiclients/volubile/webhooks` against vectors computed here with node:crypto, as the README
// states Volubile signs (an assumption where its docs are cut short: HMAC-SHA256 of the raw
// body with the secret's UTF-8 bytes, hex, a `sha256=` prefix tolerated), and the README's two
// handlers run for real.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '../src/index.js';
import { verifyWebhook, WebhookError, type WebhookEvent } from '../src/webhooks.js';

const SECRET = 'vb-webhook-secret-M2ke';
// The webhooks page's example delivery (the call, as GET /v1/calls/{id} returns it), shortened.
const BODY = JSON.stringify({
  id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  agentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  phone: '+33612345678',
  type: 'INBOUND',
  duration: 360,
  status: 'COMPLETED',
  context: { firstName: 'Zoë', commandNumber: '5HZ99FRT' },
  summary: 'Discussed project requirements and next steps.',
});
const sign = (body: string | Uint8Array, secret = SECRET) =>
  createHmac('sha256', secret).update(body).digest('hex');
const HEX = sign(BODY);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('expected a rejection') as never,
    (error: unknown) => error as WebhookError,
  );

describe('verifyWebhook (Volubile)', () => {
  it('accepts the hex HMAC in either case, with or without a sha256= prefix', async () => {
    for (const signature of [
      HEX,
      HEX.toUpperCase(),
      `sha256=${HEX}`,
      `SHA256=${HEX.toUpperCase()}`,
    ]) {
      const event = await verifyWebhook({
        payload: BODY,
        headers: { 'X-Webhook-Signature': signature },
        secret: SECRET,
      });
      expect(event).toEqual(JSON.parse(BODY));
      expect(event.status).toBe('COMPLETED');
    }
  });

  it('reads X-Webhook-Signature in any case, from a Headers or a record', async () => {
    for (const headers of [
      { 'X-Webhook-Signature': HEX },
      { 'x-webhook-signature': HEX },
      { 'x-webhook-signature': [HEX], 'content-type': 'application/json' },
      new Headers({ 'x-webhook-signature': HEX }),
    ]) {
      await expect(
        verifyWebhook({ payload: BODY, headers, secret: SECRET }),
      ).resolves.toMatchObject({
        phone: '+33612345678',
      });
    }
  });

  it('takes the raw body as a string, a Uint8Array, a Buffer or an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const payload of [BODY, bytes, Buffer.from(BODY), bytes.buffer as ArrayBuffer]) {
      await expect(
        verifyWebhook({ payload, headers: { 'x-webhook-signature': HEX }, secret: SECRET }),
      ).resolves.toMatchObject({ context: { firstName: 'Zoë' } });
    }
  });

  it('refuses a wrong secret, a tampered body and a base64 value (INVALID_SIGNATURE)', async () => {
    const cases = [
      { payload: BODY, signature: sign(BODY, 'the-other-key-of-the-pair') },
      { payload: BODY.replace('COMPLETED', 'FAILED'), signature: HEX },
      { payload: BODY, signature: createHmac('sha256', SECRET).update(BODY).digest('base64') },
      { payload: BODY, signature: `sha1=${HEX}` },
    ];
    for (const { payload, signature } of cases) {
      const error = await refusal(
        verifyWebhook({ payload, headers: { 'x-webhook-signature': signature }, secret: SECRET }),
      );
      expect(error).toBeInstanceOf(WebhookError);
      expect(error).toMatchObject({ name: 'WebhookError', code: 'INVALID_SIGNATURE' });
    }
  });

  it('refuses an unsigned delivery (MISSING_SIGNATURE): no secret set on the Volubile side', async () => {
    const error = await refusal(
      verifyWebhook({
        payload: BODY,
        headers: new Headers({ 'content-type': 'application/json' }),
        secret: SECRET,
      }),
    );
    expect(error).toMatchObject({ name: 'WebhookError', code: 'MISSING_SIGNATURE' });
    expect(error.message).toContain('X-Webhook-Signature');
  });

  it('refuses a signed body that is not a JSON object (MALFORMED_PAYLOAD)', async () => {
    for (const body of ['<call/>', '"COMPLETED"']) {
      const error = await refusal(
        verifyWebhook({
          payload: body,
          headers: { 'x-webhook-signature': sign(body) },
          secret: SECRET,
        }),
      );
      expect(error).toMatchObject({ name: 'WebhookError', code: 'MALFORMED_PAYLOAD' });
    }
  });

  it('validates the secret: a TypeError naming options.secret, never echoing it', async () => {
    for (const secret of ['', ' ', null]) {
      const error = await verifyWebhook({
        payload: BODY,
        headers: { 'x-webhook-signature': HEX },
        secret: secret as string,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^verifyWebhook: options\.secret /);
    }
  });

  it('never shows the secret, the signature or the body in an error', async () => {
    const errors = await Promise.all([
      refusal(verifyWebhook({ payload: BODY, headers: {}, secret: SECRET })),
      refusal(
        verifyWebhook({
          payload: BODY,
          headers: { 'x-webhook-signature': HEX },
          secret: `${SECRET}!`,
        }),
      ),
      refusal(
        verifyWebhook({
          payload: '+33612345678 not json',
          headers: { 'x-webhook-signature': sign('+33612345678 not json') },
          secret: SECRET,
        }),
      ),
    ]);
    for (const error of errors) {
      for (const text of [
        String(error),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
        `${error.message}\n${error.stack}`,
      ]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain('+33612345678');
        expect(text.toLowerCase()).not.toContain(HEX);
      }
    }
  });

  it("resolves to the spec's webhook body type: the call", async () => {
    expectTypeOf(verifyWebhook).returns.resolves.toEqualTypeOf<WebhookEvent>();
    expectTypeOf<WebhookEvent>().toEqualTypeOf<components['schemas']['Call']>();
    const call = await verifyWebhook({
      payload: BODY,
      headers: { 'x-webhook-signature': HEX },
      secret: SECRET,
    });
    expectTypeOf(call.status).toEqualTypeOf<components['schemas']['CallStatus'] | undefined>();
    // @ts-expect-error the spec types duration as a number of seconds
    const duration: string | undefined = call.duration;
    expect(duration).toBe(360);
  });
});

// The README's handlers (section "Webhooks"), with the secret passed in rather than read from
// the environment.
describe('the README handlers', () => {
  // 401: not signed by Volubile with this secret; 400: signed but not JSON; 500: our side
  // (e.g. no secret configured: a TypeError). Only the code is worth logging.
  const statusOf = (error: unknown) =>
    error instanceof WebhookError ? (error.code === 'MALFORMED_PAYLOAD' ? 400 : 401) : 500;
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('Node http: 200 for a signed delivery, 401 for a bad signature, 400 for a bad body', async () => {
    const seen: string[] = [];
    const server = createServer(async (req, res) => {
      try {
        const call = await verifyWebhook({
          payload: await readBody(req),
          headers: req.headers,
          secret: SECRET,
        });
        seen.push(`${call.id} ${call.status}`);
        res.writeHead(200).end();
      } catch (error) {
        res.writeHead(statusOf(error)).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/volubile`;
    try {
      const post = (body: string, signature?: string) =>
        fetch(url, {
          method: 'POST',
          body,
          headers: {
            'content-type': 'application/json',
            ...(signature ? { 'X-Webhook-Signature': signature } : {}),
          },
        }).then((response) => response.status);
      expect(await post(BODY, HEX)).toBe(200);
      expect(await post(BODY, sign(BODY, 'nope'))).toBe(401);
      expect(await post(BODY)).toBe(401);
      expect(await post('oops', sign('oops'))).toBe(400);
      expect(seen).toEqual(['3c90c3cc-0d44-4b50-8888-8dd25736052a COMPLETED']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fetch-style (Hono, edge workers, Deno, Bun): the same answers from a Request', async () => {
    async function handleVolubileWebhook(request: Request, secret: string) {
      try {
        const call = await verifyWebhook({
          payload: await request.arrayBuffer(),
          headers: request.headers,
          secret,
        });
        seen.push(`${call.id} ${call.status}`);
        return new Response(null, { status: 200 });
      } catch (error) {
        return new Response(null, { status: statusOf(error) });
      }
    }
    const seen: string[] = [];
    const request = (body: string, signature: string) =>
      new Request('https://example.com/webhooks/volubile', {
        method: 'POST',
        body,
        headers: { 'x-webhook-signature': signature },
      });
    expect((await handleVolubileWebhook(request(BODY, HEX), SECRET)).status).toBe(200);
    expect(seen).toEqual(['3c90c3cc-0d44-4b50-8888-8dd25736052a COMPLETED']);
    expect((await handleVolubileWebhook(request(`${BODY}\n`, HEX), SECRET)).status).toBe(401);
    expect((await handleVolubileWebhook(request('[]', sign('[]')), SECRET)).status).toBe(400);
    // A secret missing from the environment is our fault, not the sender's.
    const unset = undefined as unknown as string;
    expect((await handleVolubileWebhook(request(BODY, HEX), unset)).status).toBe(500);
  });
});
