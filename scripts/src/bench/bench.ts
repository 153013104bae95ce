// The bench's core: runs the chosen sections in one process and prints their tables, then one
// summary line. Separate from the CLI so that the smoke test can run it small.
import { cpus } from 'node:os';
import { FULL, type Judged, type Scale, SECTIONS, type SectionResult } from './sections.js';
import { renderTable } from './stats.js';

export const SECTION_NAMES = Object.keys(SECTIONS);

export interface BenchOptions {
  readonly scale?: Scale;
  /** Default: every section, in order. */
  readonly sections?: readonly string[];
  readonly log?: (line: string) => void;
}

export interface BenchResult {
  readonly targets: readonly Judged[];
  readonly met: number;
  readonly summary: string;
}

export async function runBench({
  scale = FULL,
  sections = SECTION_NAMES,
  log = console.log,
}: BenchOptions = {}): Promise<BenchResult> {
  for (const name of sections) {
    if (!(name in SECTIONS)) {
      throw new Error(`bench: unknown section "${name}"; known: ${SECTION_NAMES.join(', ')}`);
    }
  }
  log(
    `pnpm bench: Node ${process.version}, ${cpus().length} cores; ${scale.rounds} rounds of ${scale.sampleMs} ms per variant, rotated order; a ratio is the median over the rounds of each round's ratio to bare openapi-fetch`,
  );
  const targets: Judged[] = [];
  for (const name of sections) {
    const section = SECTIONS[name] as (scale: Scale) => Promise<SectionResult>;
    const started = performance.now();
    const result = await section(scale);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    log('');
    log(`== ${result.name}: ${result.title} (${took} s)`);
    for (const line of renderTable(result.rows)) log(line);
    for (const note of result.notes) log(note);
    targets.push(...result.targets);
  }
  const met = targets.filter((target) => target.met).length;
  const missed = targets.filter((target) => !target.met);
  log('');
  if (missed.length) {
    log(`missed: ${missed.map((target) => `${target.section} ${target.variant}`).join(', ')}`);
  }
  const summary = `bench: ${met} of ${targets.length} targets met`;
  log(summary);
  return { targets, met, summary };
}
