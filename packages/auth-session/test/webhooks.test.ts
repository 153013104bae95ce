// The generic verification, against vectors computed here with node:crypto (never with the code
// under test), for declarations such as the generator emits.
import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifySignedWebhook, WebhookError, type WebhookSignature } from '../src/webhooks.js';

const SECRET = 'whsec-test-Ry73pQ';
const BODY = '{"event":"thing.happened","id":"évt_1"}';
const hmac = (body: string | Uint8Array, secret = SECRET) =>
  createHmac('sha256', secret).update(body).digest();

const HEX: WebhookSignature = {
  header: 'X-Signature',
  algorithm: 'hmac-sha256',
  encoding: 'hex',
  payload: 'raw-body',
};
const PREFIXED: WebhookSignature = { ...HEX, prefix: 'sha256=' };

const hex = hmac(BODY).toString('hex');

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (e: unknown) => e,
  );
  return error as WebhookError;
}

describe('verifySignedWebhook', () => {
  it('resolves to the parsed body when the signature matches', async () => {
    const event = await verifySignedWebhook<{ event: string }>(HEX, {
      payload: BODY,
      headers: { 'x-signature': hex },
      secret: SECRET,
    });
    expect(event).toEqual({ event: 'thing.happened', id: 'évt_1' });
  });

  it('reads hex in either case, and a declared prefix with or without it', async () => {
    for (const [signature, value] of [
      [HEX, hex.toUpperCase()],
      [HEX, hex],
      [PREFIXED, `sha256=${hex}`],
      [PREFIXED, `SHA256=${hex.toUpperCase()}`],
      [PREFIXED, hex],
    ] as const) {
      await expect(
        verifySignedWebhook(signature, {
          payload: BODY,
          headers: { 'X-Signature': value },
          secret: SECRET,
        }),
      ).resolves.toMatchObject({ event: 'thing.happened' });
    }
  });

  it('does not take a prefix that was not declared', async () => {
    const error = await refusal(
      verifySignedWebhook(HEX, {
        payload: BODY,
        headers: { 'x-signature': `sha256=${hex}` },
        secret: SECRET,
      }),
    );
    expect(error.code).toBe('INVALID_SIGNATURE');
  });

  it('verifies the body as bytes: string, Uint8Array, Buffer slice and ArrayBuffer alike', async () => {
    const bytes = new TextEncoder().encode(BODY);
    // A view into a larger buffer, as Node's pooled Buffers are: only its own bytes are signed.
    const pooled = Buffer.concat([Buffer.from('junk'), Buffer.from(bytes), Buffer.from('junk')]);
    const payloads = [
      BODY,
      bytes,
      pooled.subarray(4, 4 + bytes.length),
      bytes.buffer.slice(0) as ArrayBuffer,
    ];
    for (const payload of payloads) {
      await expect(
        verifySignedWebhook(HEX, { payload, headers: { 'x-signature': hex }, secret: SECRET }),
      ).resolves.toMatchObject({ id: 'évt_1' });
    }
  });

  it('finds the header in any case, in a Headers or a record, single or repeated', async () => {
    const headerSets = [
      new Headers({ 'X-SIGNATURE': hex }),
      { 'X-Signature': hex },
      { 'x-signature': [hex] },
      // Two values, e.g. during a secret rotation: either one verifies.
      { 'x-signature': [hmac(BODY, 'old-secret').toString('hex'), hex] },
      new Headers([
        ['x-signature', 'ff'],
        ['x-signature', hex],
      ]),
      { 'x-signature': ` ${hex} ` },
    ];
    for (const headers of headerSets) {
      await expect(
        verifySignedWebhook(HEX, { payload: BODY, headers, secret: SECRET }),
      ).resolves.toMatchObject({ id: 'évt_1' });
    }
  });

  it('rejects MISSING_SIGNATURE without the header, or with an empty one', async () => {
    for (const headers of [
      {},
      { 'x-other': hex },
      { 'x-signature': undefined },
      { 'x-signature': '' },
      { 'x-signature': [] },
      new Headers(),
      // No headers at all, or not a record: no signature header either.
      undefined,
      null,
      'x-signature',
    ]) {
      const error = await refusal(
        verifySignedWebhook(HEX, { payload: BODY, headers: headers as never, secret: SECRET }),
      );
      expect(error).toBeInstanceOf(WebhookError);
      expect(error).toMatchObject({ name: 'WebhookError', code: 'MISSING_SIGNATURE' });
      expect(error.message).toContain('X-Signature');
    }
  });

  it('rejects INVALID_SIGNATURE for a wrong secret, a tampered body or a garbled value', async () => {
    const cases = [
      { payload: BODY, value: hmac(BODY, 'another-secret').toString('hex') },
      { payload: BODY.replace('évt_1', 'évt_2'), value: hex },
      { payload: `${BODY} `, value: hex },
      { payload: BODY, value: hex.slice(0, -2) },
      { payload: BODY, value: `${hex}0` },
      { payload: BODY, value: hex.replace(/^../, 'zz') },
      { payload: BODY, value: hmac(BODY).toString('base64') },
    ];
    for (const { payload, value } of cases) {
      const error = await refusal(
        verifySignedWebhook(HEX, { payload, headers: { 'x-signature': value }, secret: SECRET }),
      );
      expect(error).toMatchObject({ name: 'WebhookError', code: 'INVALID_SIGNATURE' });
    }
  });

  it('rejects MALFORMED_PAYLOAD for a signed body that is not a JSON object', async () => {
    const bodies: (string | Uint8Array)[] = [
      'not json',
      '{"event":',
      '',
      '42',
      'null',
      '[{"event":"x"}]',
      new Uint8Array([0x7b, 0xff, 0x7d]), // not UTF-8: read as {\uFFFD}, not JSON
    ];
    for (const payload of bodies) {
      const error = await refusal(
        verifySignedWebhook(HEX, {
          payload,
          headers: { 'x-signature': hmac(payload).toString('hex') },
          secret: SECRET,
        }),
      );
      expect(error).toMatchObject({ name: 'WebhookError', code: 'MALFORMED_PAYLOAD' });
      expect(error.cause).toBeUndefined();
    }
  });

  it('checks the signature before parsing: an unsigned malformed body is INVALID_SIGNATURE', async () => {
    const error = await refusal(
      verifySignedWebhook(HEX, {
        payload: 'not json',
        headers: { 'x-signature': hex },
        secret: SECRET,
      }),
    );
    expect(error.code).toBe('INVALID_SIGNATURE');
  });

  it('rejects bad options with a TypeError naming the option, never its value', async () => {
    const secretLike = 'sk-looks-secret-Jx4';
    const cases: [unknown, RegExp][] = [
      [undefined, /^verifyWebhook: options\.secret must be a non-empty string$/],
      [{ payload: BODY, headers: {}, secret: '' }, /options\.secret/],
      [{ payload: BODY, headers: {}, secret: '   ' }, /options\.secret/],
      [{ payload: BODY, headers: {}, secret: 42 }, /options\.secret/],
      [{ payload: BODY, headers: {} }, /options\.secret/],
      [{ payload: { body: secretLike }, headers: {}, secret: SECRET }, /options\.payload/],
      [{ payload: undefined, headers: {}, secret: SECRET }, /options\.payload/],
    ];
    for (const [options, message] of cases) {
      const error = await verifySignedWebhook(HEX, options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(secretLike);
      expect((error as Error).message).not.toContain(SECRET);
    }
  });

  it('never carries the secret, the signature or the body in any rendering of its errors', async () => {
    const body = '{"card":"4111-1111-1111-1111"}';
    const signed = hmac(body).toString('hex');
    const refusals = await Promise.all([
      refusal(verifySignedWebhook(HEX, { payload: body, headers: {}, secret: SECRET })),
      refusal(
        verifySignedWebhook(HEX, {
          payload: body,
          headers: { 'x-signature': signed },
          secret: `${SECRET}-wrong`,
        }),
      ),
      refusal(
        verifySignedWebhook(HEX, {
          payload: 'not json 4111-1111-1111-1111',
          headers: { 'x-signature': hmac('not json 4111-1111-1111-1111').toString('hex') },
          secret: SECRET,
        }),
      ),
    ]);
    expect(refusals.map((error) => error.code)).toEqual([
      'MISSING_SIGNATURE',
      'INVALID_SIGNATURE',
      'MALFORMED_PAYLOAD',
    ]);
    for (const error of refusals) {
      for (const text of [
        String(error),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
        `${error.message}\n${error.stack}`,
      ]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain('4111');
        expect(text.toLowerCase()).not.toContain(signed);
      }
    }
  });
});
