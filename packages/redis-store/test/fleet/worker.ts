// One instance of a fleet, as its own OS process (forked by fleet.ts, run with tsx): a Hashrails
// client with its own Redis connection, driven over IPC. It reports counts, never tokens.
import type { SessionEvent } from '@apiclients/auth-session';
import { createHashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient } from '@apiclients/volubile';
import { createRedisStore } from '../../src/index.js';
import { type Connected, type Flavor, flavors } from '../support/clients.js';
import type { Command, Setup, Tally } from './protocol.js';

let connection: Connected | undefined;
// Either client: the calls made are a GET of one path, whose answer names its owner.
let client: { GET(path: string): Promise<{ data?: unknown; response: Response }> } | undefined;
let path = '/v1/transactions';
let setup: Setup | undefined;
const events: SessionEvent[] = [];

const send = (message: unknown) => process.send?.(message);

async function call(tally: Tally) {
  try {
    const { data, response } = await (client as NonNullable<typeof client>).GET(path);
    tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
    // The fake names whose token it was: another tenant's would be a leak across tenants.
    const owner = (data as unknown as { owner?: string } | undefined)?.owner;
    if (response.status === 200 && owner !== setup?.clientId) tally.foreign++;
  } catch (error) {
    tally.errors.push(error instanceof Error ? error.name : 'unknown');
  }
}

const tally = (): Tally => ({ statuses: {}, errors: [], foreign: 0 });

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'setup': {
      setup = command;
      connection = await flavors[command.flavor as Flavor](command.redisUrl);
      events.length = 0;
      const store = createRedisStore({
        client: connection.client,
        ...(command.encryptionKey ? { encryptionKey: command.encryptionKey } : {}),
        ...(command.leaseTtlMs ? { leaseTtlMs: command.leaseTtlMs } : {}),
        ...(command.timeoutMs ? { timeoutMs: command.timeoutMs } : {}),
      });
      if (command.volubileRateLimit) {
        path = '/v1/calls';
        client = createVolubileClient({
          apiKey: command.clientSecret,
          baseUrl: command.apiUrl,
          maxRetries: 0,
          rateLimit: command.volubileRateLimit,
          store,
          onEvent: (event) => events.push(event),
        }) as unknown as typeof client;
        return 'ready';
      }
      path = '/v1/transactions';
      client = createHashrailsClient({
        clientId: command.clientId,
        clientSecret: command.clientSecret,
        baseUrl: command.apiUrl,
        maxRetries: 0,
        ...(command.refreshWindowMs ? { refreshWindowMs: command.refreshWindowMs } : {}),
        ...(command.expiryMarginMs ? { expiryMarginMs: command.expiryMarginMs } : {}),
        store,
        onEvent: (event) => {
          events.push(event);
          // The parent learns who holds the lease (who issues) as it happens.
          if (event.type === 'issue-start') send({ type: 'issue-start' });
        },
      });
      return 'ready';
    }
    case 'burst': {
      const counts = tally();
      await Promise.all(Array.from({ length: command.calls }, () => call(counts)));
      return counts;
    }
    case 'run': {
      // `loops` callers, each calling in turn with a pause, until the deadline.
      const counts = tally();
      const until = Date.now() + command.ms;
      await Promise.all(
        Array.from({ length: command.loops }, async () => {
          while (Date.now() < until) {
            await call(counts);
            await new Promise((resolve) => setTimeout(resolve, command.gapMs));
          }
        }),
      );
      return counts;
    }
    case 'until-redis': {
      // Reconnected: a store read answers again (the client reconnects on its own schedule).
      const store = createRedisStore({ client: (connection as Connected).client, timeoutMs: 200 });
      for (;;) {
        try {
          await store.get('probe');
          return 'up';
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }
    case 'events': {
      const summary: Record<string, number> = {};
      for (const event of events) {
        const name =
          event.type === 'store-failure' ? `store-failure:${event.operation}` : event.type;
        summary[name] = (summary[name] ?? 0) + 1;
      }
      return summary;
    }
    case 'teardown': {
      await connection?.close();
      connection = undefined;
      client = undefined;
      return 'done';
    }
  }
}

process.on('message', (message: { id: number; command: Command }) => {
  handle(message.command).then(
    (result) => send({ type: 'reply', id: message.id, result }),
    (error) =>
      send({ type: 'reply', id: message.id, error: error instanceof Error ? error.name : 'error' }),
  );
});
send({ type: 'started' });
