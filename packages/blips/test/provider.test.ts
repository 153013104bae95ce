import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startBlipsFake } from '../../../scripts/src/fakes/blips-fake.js';
import { createBlipsClient, RequestError } from '../src/index.js';

const clientId = '01947d2284054f890000e63bca4810df';
const clientSecret = 'ed0ad25881e234cc28fb2dec0a4fe64e4172';
type Fake = Awaited<ReturnType<typeof startBlipsFake>>;
let fake: Fake;
afterEach(() => fake?.close());

describe('Blips: HTTP Basic with a credential pair', () => {
  it('the exact Basic header for a secret with non-ASCII characters, accepted by the server', async () => {
    const secret = 'pässwörd-€-日本-🔑';
    fake = await startBlipsFake({ clientId: 'clé', clientSecret: secret });
    const client = createBlipsClient({ clientId: 'clé', clientSecret: secret, baseUrl: fake.url });
    const { response } = await client.GET('/tokens');
    expect(response.status).toBe(200);
    expect(fake.seen[0]?.headers.authorization).toBe(
      'Basic Y2zDqTpww6Rzc3fDtnJkLeKCrC3ml6XmnKwt8J+UkQ==',
    );
  });

  it('rotation: create a new pair (its secret shown once), switch the client, revoke the old pair', async () => {
    fake = await startBlipsFake({ clientId, clientSecret });
    const old = createBlipsClient({ clientId, clientSecret, baseUrl: fake.url });
    const created = await old.POST('/tokens', {
      body: { name: 'Rotated', permissions: ['VIEW', 'TRANSACT'] },
    });
    expect(created.response.status).toBe(201);
    const pair = created.data;
    if (!pair) throw new Error('no pair created');
    expect(pair.clientSecret).toEqual(expect.any(String));

    const rotated = createBlipsClient({
      clientId: pair.clientId,
      clientSecret: pair.clientSecret,
      baseUrl: fake.url,
    });
    expect((await rotated.GET('/tokens')).response.status).toBe(200);
    const revoked = await rotated.POST('/tokens/{tokenId}/revoke', {
      params: { path: { tokenId: 'Token:initial' } },
    });
    expect(revoked.response.status).toBe(200);

    // The old pair is dead: its 401 comes back as a response, as openapi-fetch does, not a throw.
    const refused = await old.GET('/tokens');
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await rotated.GET('/tokens')).response.status).toBe(200);
  });

  it("a wrong secret is the API's 401 in `error`, never thrown, and no replay (no token to refresh)", async () => {
    fake = await startBlipsFake({ clientId, clientSecret });
    const client = createBlipsClient({ clientId, clientSecret: 'wrong', baseUrl: fake.url });
    const { error, response } = await client.GET('/tokens');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401 });
    expect(fake.seen).toHaveLength(1);
  });

  it('a server that never answers: RequestError TIMEOUT within timeoutMs plus one second', async () => {
    fake = await startBlipsFake({ clientId, clientSecret });
    fake.faults.hang = '/tokens';
    const client = createBlipsClient({
      clientId,
      clientSecret,
      baseUrl: fake.url,
      timeoutMs: 300,
      maxRetries: 0,
    });
    const started = Date.now();
    const error = await client.GET('/tokens').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(300 + 1_000);
  });

  it('util.inspect(client) shows no secret', () => {
    const client = createBlipsClient({
      clientId,
      clientSecret,
      baseUrl: 'https://public-test.blips.network',
    });
    const shown = inspect(client, { depth: 10, showHidden: true });
    expect(shown).not.toContain(clientSecret);
    expect(shown).not.toContain(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
  });

  it('the browser guard: a clientSecret where window and document exist throws, unless allowed', () => {
    const g = globalThis as { window?: unknown; document?: unknown };
    g.window = {};
    g.document = {};
    try {
      const options = { clientId, clientSecret, baseUrl: 'https://public-test.blips.network' };
      expect(() => createBlipsClient(options)).toThrow(/options\.clientSecret .* browser/);
      expect(() => createBlipsClient({ ...options, dangerouslyAllowBrowser: true })).not.toThrow();
    } finally {
      delete g.window;
      delete g.document;
    }
  });
});
