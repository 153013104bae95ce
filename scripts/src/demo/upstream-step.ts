// The tour's last step: every request the example backend's clients sent upstream, with the
// credential each carried, and which step caused how many of them.
import type { Stats } from '../../../examples/node-backend/src/backend.js';
import type { BackendClient } from './backend-client.js';
import { credential } from './credential-label.js';
import { detail, table } from './print.js';
import type { Step } from './tour.js';

/** What the backend had sent upstream once each step was done. */
export type Ledger = { readonly step: number; readonly stats: Stats }[];

type Entry = Stats[keyof Stats]['requests'][number];
const keyOf = (provider: string, entry: Entry) =>
  `${provider} ${entry.method} ${entry.path} ${entry.auth} ${entry.status}`;

function countsOf(stats: Stats): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [provider, { requests }] of Object.entries(stats))
    for (const entry of requests) counts.set(keyOf(provider, entry), entry.count);
  return counts;
}

/** `step 1: 20, step 3: 1`: how many of a row's requests each step caused. */
export function byStep(ledger: Ledger, key: string): string {
  let before = 0;
  const parts: string[] = [];
  for (const { step, stats } of ledger) {
    const after = countsOf(stats).get(key) ?? 0;
    if (after > before) parts.push(`step ${step}: ${after - before}`);
    before = after;
  }
  return parts.join(', ');
}

// Ids make paths long and say nothing about what was called.
export const template = (path: string) =>
  path
    .split('/')
    .map((segment) => (segment.includes('%3A') || segment.length > 24 ? '{id}' : segment))
    .join('/');

export function upstreamStep(backend: BackendClient, ledger: Ledger): Step {
  return {
    title: 'Everything the backend sent upstream',
    code: [
      {
        file: 'examples/node-backend/src/upstream-stats.ts',
        symbol: 'createUpstreamStats',
        what: "the fetch given to each client counts what it sends: the credential's kind, never its value",
      },
    ],
    async run() {
      const stats: Stats = await backend.stats();
      table(
        Object.entries(stats).flatMap(([provider, { requests }]) =>
          requests.map((entry) => [
            provider,
            `${entry.method} ${template(entry.path)}`,
            credential(entry.auth),
            String(entry.status),
            `× ${entry.count}`,
            `(${byStep(ledger, keyOf(provider, entry))})`,
          ]),
        ),
      );
      detail('× N: requests of that kind, sent by the backend for the steps in brackets; the');
      detail(
        'workflow and fleet steps call Prism and the stand-in from their own clients instead.',
      );
      // From each client's onEvent: what a run against a flaky or real API would show here.
      for (const [provider, { events }] of Object.entries(stats)) {
        const of = (type: string) => events[type] ?? 0;
        const tokens =
          provider === 'blips'
            ? ' (Blips has no tokens to replay or reissue)'
            : `, 401 replays ${of('request-replay')}, failed token requests ${of('issue-failure')}`;
        detail(`${provider.padEnd(10)} retries ${of('request-retry')}${tokens}`);
      }
    },
  };
}
