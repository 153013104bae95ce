// `@apiclients/hashrails/webhooks` against vectors computed here with node:crypto, exactly as
// Hashrails' docs sign (HMAC-SHA256 of the raw body, hex: uppercased in their code, lowercase in
// their header example), and the README's two handlers run for real.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '../src/index.js';
import { verifyWebhook, WebhookError, type WebhookEvent } from '../src/webhooks.js';

const SECRET = 'hr-webhook-secret-T6wq';
const BODY = JSON.stringify({
  event: 'transfer_request.rate.received',
  id: 'c17d2777-e604-45e2-b6d5-7743652eadf1',
  reference: 'TXN-2Z82FVYO6BW22RC7',
  rate: { value: 1532.5, expires_at: '2026-11-25T12:30:00Z' },
  note: 'naïve café',
});
const sign = (body: string | Uint8Array, secret = SECRET) =>
  createHmac('SHA256', secret).update(body).digest('hex');
const LOWER = sign(BODY);
const UPPER = LOWER.toUpperCase();

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('expected a rejection') as never,
    (error: unknown) => error as WebhookError,
  );

describe('verifyWebhook (Hashrails)', () => {
  it('accepts the hex digest uppercased (their code) and lowercase (their example)', async () => {
    for (const signature of [UPPER, LOWER]) {
      const event = await verifyWebhook({
        payload: BODY,
        headers: { 'x-webhook-signature': signature },
        secret: SECRET,
      });
      expect(event).toEqual(JSON.parse(BODY));
      expect(event.event).toBe('transfer_request.rate.received');
    }
  });

  it('reads x-webhook-signature in any case, from a Headers or a record', async () => {
    for (const headers of [
      { 'x-webhook-signature': UPPER },
      { 'X-Webhook-Signature': UPPER },
      { 'X-WEBHOOK-SIGNATURE': [LOWER] },
      new Headers({
        'X-Webhook-Signature': UPPER,
        'x-webhook-event': 'transfer_request.rate.received',
      }),
    ]) {
      await expect(
        verifyWebhook({ payload: BODY, headers, secret: SECRET }),
      ).resolves.toMatchObject({
        reference: 'TXN-2Z82FVYO6BW22RC7',
      });
    }
  });

  it('takes the raw body as a string, a Uint8Array, a Buffer or an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const payload of [BODY, bytes, Buffer.from(BODY), bytes.buffer as ArrayBuffer]) {
      await expect(
        verifyWebhook({ payload, headers: { 'x-webhook-signature': UPPER }, secret: SECRET }),
      ).resolves.toMatchObject({ note: 'naïve café' });
    }
  });

  it('refuses a wrong secret and a tampered body (INVALID_SIGNATURE)', async () => {
    const wrongSecret = await refusal(
      verifyWebhook({
        payload: BODY,
        headers: { 'x-webhook-signature': sign(BODY, 'another-secret') },
        secret: SECRET,
      }),
    );
    const tampered = await refusal(
      verifyWebhook({
        payload: BODY.replace('1532.5', '9999'),
        headers: { 'x-webhook-signature': UPPER },
        secret: SECRET,
      }),
    );
    // A body re-serialised after parsing is another byte sequence: why the raw body is needed.
    const reserialised = await refusal(
      verifyWebhook({
        payload: JSON.stringify(JSON.parse(BODY), null, 1),
        headers: { 'x-webhook-signature': UPPER },
        secret: SECRET,
      }),
    );
    for (const error of [wrongSecret, tampered, reserialised]) {
      expect(error).toBeInstanceOf(WebhookError);
      expect(error).toMatchObject({ name: 'WebhookError', code: 'INVALID_SIGNATURE' });
    }
  });

  it('refuses a delivery without the header (MISSING_SIGNATURE), naming the header', async () => {
    const error = await refusal(
      verifyWebhook({
        payload: BODY,
        headers: { 'x-webhook-event': 'transfer_request.rate.received' },
        secret: SECRET,
      }),
    );
    expect(error).toMatchObject({ name: 'WebhookError', code: 'MISSING_SIGNATURE' });
    expect(error.message).toContain('x-webhook-signature');
  });

  it('refuses a signed body that is not JSON (MALFORMED_PAYLOAD)', async () => {
    const body = '{"event":"transfer_request.completed",';
    const error = await refusal(
      verifyWebhook({
        payload: body,
        headers: { 'x-webhook-signature': sign(body) },
        secret: SECRET,
      }),
    );
    expect(error).toMatchObject({ name: 'WebhookError', code: 'MALFORMED_PAYLOAD' });
  });

  it('validates the secret: a TypeError naming options.secret, never echoing it', async () => {
    for (const secret of ['', undefined, 42]) {
      const error = await verifyWebhook({
        payload: BODY,
        headers: { 'x-webhook-signature': UPPER },
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
          headers: { 'x-webhook-signature': UPPER },
          secret: `${SECRET}x`,
        }),
      ),
      refusal(
        verifyWebhook({
          payload: 'TXN-2Z82FVYO6BW22RC7 not json',
          headers: { 'x-webhook-signature': sign('TXN-2Z82FVYO6BW22RC7 not json') },
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
        expect(text).not.toContain('TXN-2Z82FVYO6BW22RC7');
        expect(text.toLowerCase()).not.toContain(LOWER);
      }
    }
  });

  it("resolves to the spec's webhook body type", async () => {
    expectTypeOf(verifyWebhook).returns.resolves.toEqualTypeOf<WebhookEvent>();
    expectTypeOf<WebhookEvent>().toEqualTypeOf<components['schemas']['WebhookPayload']>();
    expectTypeOf<NonNullable<WebhookEvent['event']>>().toEqualTypeOf<
      components['schemas']['WebhookEventType']
    >();
    const event = await verifyWebhook({
      payload: BODY,
      headers: { 'x-webhook-signature': UPPER },
      secret: SECRET,
    });
    if (event.event === 'transfer_request.rate.received') expect(event.rate).toBeDefined();
    // @ts-expect-error not an event the spec lists
    expect(event.event === 'transfer_request.refunded').toBe(false);
  });
});

// The README's handlers (section "Webhooks"), with the secret passed in rather than read from
// the environment.
describe('the README handlers', () => {
  // 401: not signed by Hashrails with this secret; 400: signed but not JSON; 500: our side
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
        const event = await verifyWebhook({
          payload: await readBody(req),
          headers: req.headers,
          secret: SECRET,
        });
        seen.push(`${event.event} ${event.id}`);
        res.writeHead(200).end();
      } catch (error) {
        res.writeHead(statusOf(error)).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/hashrails`;
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
      expect(await post(BODY, UPPER)).toBe(200);
      expect(await post(BODY, sign(BODY, 'nope'))).toBe(401);
      expect(await post(BODY)).toBe(401);
      expect(await post('oops', sign('oops'))).toBe(400);
      expect(seen).toEqual(['transfer_request.rate.received c17d2777-e604-45e2-b6d5-7743652eadf1']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fetch-style (Hono, edge workers, Deno, Bun): the same answers from a Request', async () => {
    async function handleHashrailsWebhook(request: Request, secret: string) {
      try {
        const event = await verifyWebhook({
          payload: await request.arrayBuffer(),
          headers: request.headers,
          secret,
        });
        seen.push(`${event.event} ${event.id}`);
        return new Response(null, { status: 200 });
      } catch (error) {
        return new Response(null, { status: statusOf(error) });
      }
    }
    const seen: string[] = [];
    const request = (body: string, signature: string) =>
      new Request('https://example.com/webhooks/hashrails', {
        method: 'POST',
        body,
        headers: { 'x-webhook-signature': signature },
      });
    expect((await handleHashrailsWebhook(request(BODY, LOWER), SECRET)).status).toBe(200);
    expect(seen).toEqual(['transfer_request.rate.received c17d2777-e604-45e2-b6d5-7743652eadf1']);
    expect((await handleHashrailsWebhook(request(`${BODY} `, LOWER), SECRET)).status).toBe(401);
    expect((await handleHashrailsWebhook(request('[]', sign('[]')), SECRET)).status).toBe(400);
    // A secret missing from the environment is our fault, not the sender's.
    const unset = undefined as unknown as string;
    expect((await handleHashrailsWebhook(request(BODY, LOWER), unset)).status).toBe(500);
  });
});
