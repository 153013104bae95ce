// `pnpm bench` at toy size: every section but the soak runs, prints its table and judges its
// targets. No timing is asserted: the numbers of a run this small mean nothing.
import { describe, expect, it } from 'vitest';
import { runBench } from '../src/bench/bench.js';
import { VARIANTS } from '../src/bench/variants.js';

const TINY = { rounds: 2, sampleMs: 5, burst: 50, soakS: 0, heapCalls: 128 };

describe('pnpm bench (smoke)', () => {
  it('prints a table per section and ends with the summary line', async () => {
    const lines: string[] = [];
    const result = await runBench({
      scale: TINY,
      sections: ['stub-get', 'stub-post', 'loopback-64', 'cold-burst', 'heap'],
      log: (line) => lines.push(line),
    });
    const text = lines.join('\n');

    for (const section of ['stub-get', 'stub-post', 'loopback-64', 'cold-burst', 'heap']) {
      expect(text).toContain(`== ${section}: `);
    }
    // Every variant has a row in each throughput and heap table.
    for (const { name } of VARIANTS) {
      expect(lines.filter((line) => line.startsWith(`${name} `)).length).toBeGreaterThanOrEqual(4);
    }
    expect(lines.find((line) => line.startsWith('variant '))).toMatch(
      /ops\/s \(median\)\s+min–max\s+vs openapi-fetch/,
    );
    // Our three clients are judged in every section; cold burst judges the two token clients.
    expect(result.targets).toHaveLength(3 + 3 + 3 + 2 + 3);
    const judged = lines.filter((line) => /^@apiclients\/\S+ .*\b(PASS|MISS)$/.test(line));
    expect(judged).toHaveLength(result.targets.length);
    expect(lines.at(-1)).toBe(result.summary);
    expect(result.summary).toMatch(/^bench: \d+ of 14 targets met$/);
    // Each cold client issued its token once for the whole burst, however small.
    expect(text).toMatch(/@apiclients\/hashrails\s+\d+ \(worst of \d+\)/);
  }, 60_000);

  it('refuses an unknown section, naming the known ones', async () => {
    await expect(runBench({ scale: TINY, sections: ['nope'], log: () => {} })).rejects.toThrow(
      /unknown section "nope"; known: stub-get, stub-post, loopback-1, loopback-64, cold-burst, soak, heap/,
    );
  });
});
