// The bench's sections. Each builds its variants, measures them in one process with the order
// rotated every round, and hands back a table and the targets it judged.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startLoopback } from './loopback.js';
import type { Provider } from './server-child.js';
import { compact, median, megabytes, ratio, summarize } from './stats.js';
import { createStubFetch } from './stub-fetch.js';
import { BARE, type Driver, type Target, VARIANTS, type Variant, warm } from './variants.js';

export interface Scale {
  /** Rounds of the throughput sections; the variants' order is rotated each round. */
  readonly rounds: number;
  /** How long one variant runs in one round, in ms. */
  readonly sampleMs: number;
  /** Calls in the cold burst. */
  readonly burst: number;
  /** Soak length in s, with 2 s tokens. */
  readonly soakS: number;
  /** Calls per variant in the heap section. */
  readonly heapCalls: number;
}

export const FULL: Scale = {
  rounds: 15,
  sampleMs: 140,
  burst: 1000,
  soakS: 12,
  heapCalls: 100_000,
};
export const QUICK: Scale = { rounds: 3, sampleMs: 40, burst: 1000, soakS: 4, heapCalls: 1000 };

export interface Judged {
  readonly section: string;
  readonly variant: string;
  readonly met: boolean;
}

export interface SectionResult {
  readonly name: string;
  readonly title: string;
  readonly rows: string[][];
  readonly targets: Judged[];
  readonly notes: string[];
}

const BASE_URL = 'https://bench.invalid';
const SOAK_TTL_S = 2;
const RETAINED_LIMIT = 512 * 1024;
const PEAK_RATIO = 1.5;

const ours = (variant: Variant) => variant.group === 'ours';
const rotate = <T>(items: readonly T[], by: number) =>
  items.map((_, index) => items[(index + by) % items.length] as T);
const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');
/**
 * Back to the event loop. A stub answers without I/O, so without this a whole sample would run
 * as one microtask checkpoint: objects a client hands to a WeakRef (undici's Request does, for a
 * signal) would then live until the sample ends, which no real network call makes them do.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const YIELD_EVERY = 64;

/** `gc` from --expose-gc, else the same function reached through V8's flag at run time. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Calls per second of one variant, `inFlight` loops sharing the clock for `ms`. */
async function sample(
  driver: Driver,
  op: 'get' | 'post',
  inFlight: number,
  ms: number,
): Promise<number> {
  let count = 0;
  const start = performance.now();
  const loop = async () => {
    while (performance.now() - start < ms) {
      await driver[op]();
      if (++count % YIELD_EVERY === 0) await breathe();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return count / ((performance.now() - start) / 1000);
}

interface ThroughputSpec {
  readonly name: string;
  readonly title: string;
  readonly op: 'get' | 'post';
  readonly inFlight: number;
  readonly loopback: boolean;
  /** The ratio to bare openapi-fetch each of our clients must reach; none: only the rivals. */
  readonly minRatio?: number;
}

async function throughput(spec: ThroughputSpec, scale: Scale): Promise<SectionResult> {
  const server = spec.loopback ? await startLoopback() : undefined;
  try {
    const target: Target = server ? { baseUrl: server.url } : { baseUrl: BASE_URL };
    const drivers = new Map<Variant, Driver>();
    for (const variant of VARIANTS) {
      // Each variant gets its own stub: no shared counters, no shared shapes.
      const own = server ? target : { ...target, fetch: createStubFetch() };
      drivers.set(variant, await warm(await variant.create(own)));
    }
    const samples = new Map<Variant, number[]>(VARIANTS.map((variant) => [variant, []]));
    for (let round = 0; round < scale.rounds; round++) {
      for (const variant of rotate(VARIANTS, round)) {
        const driver = drivers.get(variant) as Driver;
        samples.get(variant)?.push(await sample(driver, spec.op, spec.inFlight, scale.sampleMs));
      }
    }
    const summaries = new Map(
      [...samples].map(([variant, values]) => [variant, summarize(values)]),
    );
    // Ratios are paired: each round's sample over bare openapi-fetch's in the same round (a
    // second or so apart), then the median of those. A VM's slow spells last seconds and move
    // every variant of a round together; a ratio of medians would take them for differences.
    const bareSamples = samples.get(VARIANTS.find((variant) => variant.name === BARE) as Variant);
    const paired = new Map(
      [...samples].map(([variant, values]) => [
        variant,
        median(values.map((value, round) => value / (bareSamples?.[round] ?? Number.NaN))),
      ]),
    );
    const rivalBest = Math.max(
      ...VARIANTS.filter((variant) => variant.group === 'rival').map(
        (variant) => paired.get(variant) ?? 0,
      ),
    );
    const goal = `${spec.minRatio ? `≥ ${spec.minRatio.toFixed(2)}× and ` : ''}ahead of rivals`;
    const targets: Judged[] = [];
    const rows = [['variant', 'ops/s (median)', 'min–max', 'vs openapi-fetch', 'target', '']];
    for (const variant of VARIANTS) {
      const { median: middle, min, max } = summaries.get(variant) ?? summarize([]);
      const relative = paired.get(variant) ?? Number.NaN;
      let judged = ['', ''];
      if (ours(variant)) {
        const met = relative > rivalBest && (!spec.minRatio || relative >= spec.minRatio);
        targets.push({ section: spec.name, variant: variant.name, met });
        judged = [goal, verdict(met)];
      }
      rows.push([
        variant.name,
        compact(middle),
        `${compact(min)}–${compact(max)}`,
        ratio(relative, 1),
        ...judged,
      ]);
    }
    return { name: spec.name, title: spec.title, rows, targets, notes: [] };
  } finally {
    await server?.close();
  }
}

/**
 * A burst of calls on a client that has no token yet, all started at once, against the stub
 * whose token endpoint answers after 2 ms; then the same burst again, warm. One issuance per
 * burst is the target. Times are medians over the rounds (fresh clients every round).
 */
async function coldBurst(scale: Scale): Promise<SectionResult> {
  const name = 'cold-burst';
  const variants = VARIANTS.filter((variant) => ours(variant) || variant.name === BARE);
  const rounds = Math.max(2, Math.ceil(scale.rounds / 2));
  const result = new Map(
    variants.map((variant) => [
      variant,
      { issued: [] as number[], cold: [] as number[], warm: [] as number[] },
    ]),
  );
  const burst = async (driver: Driver) => {
    const start = performance.now();
    await Promise.all(Array.from({ length: scale.burst }, () => driver.get()));
    return performance.now() - start;
  };
  for (let round = 0; round < rounds; round++) {
    for (const variant of rotate(variants, round)) {
      const fetch = createStubFetch({ tokenDelayMs: 2 });
      const driver = await variant.create({ baseUrl: BASE_URL, fetch });
      const entry = result.get(variant);
      entry?.cold.push(await burst(driver));
      entry?.issued.push(fetch.issued);
      entry?.warm.push(await burst(driver));
    }
  }
  const targets: Judged[] = [];
  const rows = [
    ['variant', 'issuances', 'cold (median)', 'warm (median)', 'cold/warm', 'target', ''],
  ];
  for (const variant of variants) {
    const entry = result.get(variant) ?? { issued: [], cold: [], warm: [] };
    const cold = summarize(entry.cold).median;
    const warmMs = summarize(entry.warm).median;
    const worst = Math.max(...entry.issued);
    let judged = ['', ''];
    if (variant.issuesTokens) {
      const met = worst === 1;
      targets.push({ section: name, variant: variant.name, met });
      judged = [`1 per ${scale.burst} calls`, verdict(met)];
    }
    rows.push([
      variant.name,
      variant.issuesTokens ? `${worst} (worst of ${rounds})` : '-',
      `${cold.toFixed(1)} ms`,
      `${warmMs.toFixed(1)} ms`,
      `${(cold / warmMs).toFixed(2)}×`,
      ...judged,
    ]);
  }
  return {
    name,
    title: `cold burst: ${scale.burst} concurrent GETs on a fresh client (stub, token endpoint answers in 2 ms), then the same burst warm`,
    rows,
    targets,
    notes: [],
  };
}

/**
 * Our token clients against the loopback server handing out 2 s tokens, 8 calls in flight each,
 * for `soakS`. A session can do no better than one issuance per (TTL − refresh window).
 */
async function soak(scale: Scale): Promise<SectionResult> {
  const name = 'soak';
  const server = await startLoopback();
  try {
    await server.send({ type: 'ttl', seconds: SOAK_TTL_S });
    await server.send({ type: 'reset' });
    const ttlMs = SOAK_TTL_S * 1000;
    const windowMs = Math.min(60_000, ttlMs / 10);
    const limit = Math.ceil((scale.soakS * 1000) / (ttlMs - windowMs));
    const variants = VARIANTS.filter((variant) => variant.issuesTokens);
    const counts = new Map<Variant, number>();
    const start = performance.now();
    await Promise.all(
      variants.map(async (variant) => {
        const driver = await variant.create({ baseUrl: server.url });
        let calls = 0;
        const loop = async () => {
          while (performance.now() - start < scale.soakS * 1000) {
            await driver.get();
            calls++;
          }
        };
        await Promise.all(Array.from({ length: 8 }, loop));
        counts.set(variant, calls);
      }),
    );
    const stats = await server.send({ type: 'stats' });
    const targets: Judged[] = [];
    const rows = [
      ['variant', 'calls', 'issuances', 'limit ⌈T/(TTL−window)⌉', 'expired seen', 'target', ''],
    ];
    for (const variant of variants) {
      const provider = variant.name.replace('@apiclients/', '') as Provider;
      const issued = stats.issued[provider];
      const expired = stats.expired[provider];
      const met = issued <= limit && expired === 0;
      targets.push({ section: name, variant: variant.name, met });
      rows.push([
        variant.name,
        compact(counts.get(variant) ?? 0),
        String(issued),
        String(limit),
        String(expired),
        '≤ limit, 0 expired',
        verdict(met),
      ]);
    }
    return {
      name,
      title: `soak: ${scale.soakS} s against the loopback server with ${SOAK_TTL_S} s tokens (refresh window ${windowMs} ms), 8 in flight per client`,
      rows,
      targets,
      notes: [],
    };
  } finally {
    await server.close();
  }
}

/**
 * Heap after `heapCalls` GETs per variant on the stub, one variant at a time: retained is what a
 * full GC leaves beyond the warm client's own footprint; peak is the highest heap seen during the
 * calls (sampled every 64, where the loop yields to the event loop) above that starting point.
 */
async function heap(scale: Scale): Promise<SectionResult> {
  const name = 'heap';
  const gc = collector();
  // Finalizers and WeakRef targets are let go between turns of the event loop, not within one.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await breathe();
      gc();
    }
    return getHeapStatistics().used_heap_size;
  };
  const measured = new Map<Variant, { retained: number; peak: number }>();
  for (const variant of VARIANTS) {
    const driver = await warm(
      await variant.create({ baseUrl: BASE_URL, fetch: createStubFetch() }),
    );
    const start = await settle();
    let peak = start;
    for (let i = 1; i <= scale.heapCalls; i++) {
      await driver.get();
      if (i % YIELD_EVERY === 0) {
        peak = Math.max(peak, getHeapStatistics().used_heap_size);
        await breathe();
      }
    }
    measured.set(variant, { retained: (await settle()) - start, peak: peak - start });
  }
  const bare = measured.get(VARIANTS.find((variant) => variant.name === BARE) as Variant);
  const targets: Judged[] = [];
  const rows = [['variant', 'retained', 'peak', 'peak vs openapi-fetch', 'target', '']];
  for (const variant of VARIANTS) {
    const { retained, peak } = measured.get(variant) ?? { retained: Number.NaN, peak: Number.NaN };
    let judged = ['', ''];
    if (ours(variant)) {
      const met = retained <= RETAINED_LIMIT && peak <= PEAK_RATIO * (bare?.peak ?? 0);
      targets.push({ section: name, variant: variant.name, met });
      judged = [`retained ≤ ${megabytes(RETAINED_LIMIT)}, peak ≤ ${PEAK_RATIO}×`, verdict(met)];
    }
    rows.push([
      variant.name,
      megabytes(retained),
      megabytes(peak),
      ratio(peak, bare?.peak ?? Number.NaN),
      ...judged,
    ]);
  }
  return {
    name,
    title: `heap: ${compact(scale.heapCalls)} sequential GETs per variant (stub), after a full GC`,
    rows,
    targets,
    notes: [],
  };
}

export const SECTIONS: Record<string, (scale: Scale) => Promise<SectionResult>> = {
  'stub-get': (scale) =>
    throughput(
      {
        name: 'stub-get',
        title: 'stub GET, 1 in flight',
        op: 'get',
        inFlight: 1,
        loopback: false,
        minRatio: 0.9,
      },
      scale,
    ),
  'stub-post': (scale) =>
    throughput(
      {
        name: 'stub-post',
        title: 'stub POST (JSON body), 1 in flight',
        op: 'post',
        inFlight: 1,
        loopback: false,
        minRatio: 0.8,
      },
      scale,
    ),
  'loopback-1': (scale) =>
    throughput(
      {
        name: 'loopback-1',
        title: 'loopback GET (server in a child process, keep-alive), 1 in flight',
        op: 'get',
        inFlight: 1,
        loopback: true,
      },
      scale,
    ),
  'loopback-64': (scale) =>
    throughput(
      {
        name: 'loopback-64',
        title: 'loopback GET, 64 in flight',
        op: 'get',
        inFlight: 64,
        loopback: true,
        minRatio: 0.95,
      },
      scale,
    ),
  'cold-burst': coldBurst,
  soak,
  heap,
};
