// Real clients (Hashrails, with a stand-in API) sharing tokens through the store on a real
// redis-server: tenants apart, nothing usable at rest or on the wire with encryptionKey, and a
// Redis that goes away costs issuances, never a call.
import type { SessionEvent } from '@apiclients/auth-session';
import { createHashrailsClient } from '@apiclients/hashrails';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStoreOptions } from '../../src/index.js';
import { type Connected, flavorNames, flavors } from '../support/clients.js';
import { fakeHashrails } from '../support/fake-hashrails.js';
import { cli, dump, monitor } from '../support/redis-cli.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';

const KEY = 'an-encryption-key-of-32-chars-ok';
const CREDENTIALS = { 'tenant-a': 'secret-a', 'tenant-b': 'secret-b' };
/** The session writes to its store without making the call wait: let those writes land. */
const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(flavorNames)('clients sharing tokens through Redis, with %s', (flavor) => {
  let server: RedisServer;
  const connections: Connected[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) await connection.close();
  });
  afterAll(() => server?.stop());

  /** A client as one process of a fleet would build it: its own connection, one shared Redis. */
  const instance = async (
    api: ReturnType<typeof fakeHashrails>,
    clientId: keyof typeof CREDENTIALS,
    options: Omit<RedisStoreOptions, 'client'> = {},
  ) => {
    const connection = await flavors[flavor](server.url);
    connections.push(connection);
    const events: SessionEvent[] = [];
    const client = createHashrailsClient({
      clientId,
      clientSecret: CREDENTIALS[clientId],
      fetch: api.fetch,
      store: createRedisStore({ client: connection.client, ...options }),
      onEvent: (event) => events.push(event),
    });
    const call = async () => {
      const { data, response } = await client.GET('/v1/transactions');
      expect(response.status).toBe(200);
      return (data as unknown as { data: { owner: string } }).data.owner;
    };
    return { call, events };
  };

  it('two tenants on one Redis never see each other’s token; one tenant’s instances share', async () => {
    cli(server.port, 'FLUSHALL');
    const api = fakeHashrails(CREDENTIALS);
    const a1 = await instance(api, 'tenant-a');
    const b1 = await instance(api, 'tenant-b');
    const a2 = await instance(api, 'tenant-a');
    const b2 = await instance(api, 'tenant-b');
    for (let round = 0; round < 3; round++) {
      expect(await Promise.all([a1.call(), b1.call()])).toEqual(['tenant-a', 'tenant-b']);
      await settle();
      expect(await Promise.all([b2.call(), a2.call()])).toEqual(['tenant-b', 'tenant-a']);
    }
    // One issuance per tenant: the second instance of each found its own tenant's token.
    expect(api.issued.map((token) => token.split('.')[1]).sort()).toEqual(['tenant-a', 'tenant-b']);
    const keys = cli(server.port, '--scan').trim().split('\n').sort();
    expect(keys).toEqual([
      'apiclients:token:hashrails|https://api.railsfromthecrypt.com|id:tenant-a|',
      'apiclients:token:hashrails|https://api.railsfromthecrypt.com|id:tenant-b|',
    ]);
  });

  it('without encryptionKey the token is stored readable (what the README warns about)', async () => {
    cli(server.port, 'FLUSHALL');
    const api = fakeHashrails(CREDENTIALS);
    await (await instance(api, 'tenant-a')).call();
    await settle();
    expect(dump(server.port)).toContain(api.issued[0]);
  });

  it('with encryptionKey no token appears in redis-cli --scan + GET, nor in MONITOR', async () => {
    cli(server.port, 'FLUSHALL');
    const api = fakeHashrails(CREDENTIALS);
    const watch = await monitor(server.port);
    const a1 = await instance(api, 'tenant-a', { encryptionKey: KEY });
    const a2 = await instance(api, 'tenant-a', { encryptionKey: KEY });
    const b1 = await instance(api, 'tenant-b', { encryptionKey: KEY });
    // set (a1, b1), get hit (a2), then a revoked token: compare-and-delete and a new set.
    expect(await a1.call()).toBe('tenant-a');
    expect(await b1.call()).toBe('tenant-b');
    await settle();
    expect(await a2.call()).toBe('tenant-a');
    api.revoke(api.issued[0] ?? '');
    expect(await a1.call()).toBe('tenant-a');
    await settle();
    // a2's token is refused too: it drops it and finds a1's fresh one in the store.
    expect(await a2.call()).toBe('tenant-a');
    await settle();
    const wire = await watch.stop();
    const rest = dump(server.port);
    expect(api.issued).toHaveLength(3);
    // The commands did happen: the scan holds entries, MONITOR saw the script and the writes.
    expect(rest).toMatch(/^apiclients:token:hashrails.*\nv1:/m);
    expect(wire.toLowerCase()).toContain('"eval"');
    expect(wire.toLowerCase()).toContain('"set"');
    for (const token of api.issued) {
      const [, , , random] = token.split('.');
      expect(rest).not.toContain(random);
      expect(wire).not.toContain(random);
    }
  });

  it('Redis stopped mid-run: calls still succeed, store-failure events say so', async () => {
    const own = await startRedisServer();
    const api = fakeHashrails(CREDENTIALS);
    const fleet = async () => {
      const connection = await flavors[flavor](own.url);
      connections.push(connection);
      const events: SessionEvent[] = [];
      const client = createHashrailsClient({
        clientId: 'tenant-a',
        clientSecret: 'secret-a',
        fetch: api.fetch,
        store: createRedisStore({ client: connection.client, timeoutMs: 300 }),
        onEvent: (event) => events.push(event),
      });
      return { client, events };
    };
    const first = await fleet();
    // Connected before Redis goes away, first used after.
    const late = await fleet();
    try {
      expect((await first.client.GET('/v1/transactions')).response.status).toBe(200);
      await settle();
      await own.stop();
      // Its first call: the store read fails (or times out), so does the lease, so it issues
      // alone; its write fails too.
      expect((await late.client.GET('/v1/transactions')).response.status).toBe(200);
      // The token is revoked: the 401 replay drops it (the store delete fails) and issues again.
      api.revoke(api.issued[0] ?? '');
      api.revoke(api.issued[1] ?? '');
      expect((await first.client.GET('/v1/transactions')).response.status).toBe(200);
      await settle(700); // the unawaited writes time out
      const failures = (events: SessionEvent[]) =>
        events.flatMap((event) => (event.type === 'store-failure' ? [event.operation] : []));
      expect(failures(late.events)).toEqual(['get', 'lease', 'set']);
      // The delete (of the refused token) and the reload run side by side: any order.
      expect(failures(first.events).sort()).toEqual(['delete', 'get', 'lease', 'set']);
      expect(api.issued).toHaveLength(3);
    } finally {
      await own.stop();
    }
  });
});
