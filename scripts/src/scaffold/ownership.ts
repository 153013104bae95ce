// Who owns each file of a client package: the generator or the maintainer. `pnpm generate` writes
// a file only as its row below allows, and `--check` judges only what the generator owns.

export type Ownership =
  /** Rendered on every run, written when it differs; `--check` fails on any difference. */
  | 'generated'
  /**
   * Created when absent, then regenerated and checked like `generated` for as long as its first
   * line is the take-over header (`takeOverHeader`). A file without that line is hand-written
   * and never touched: delete the line to take a file over. The hand-made packages (Hashrails,
   * Volubile, Blips) keep their own this way.
   */
  | 'generated-until-taken-over'
  /** Created when absent, then the maintainer's: never overwritten, never checked. */
  | 'scaffolded-once'
  /**
   * Markdown with a generated block between `BLOCK_START` and `BLOCK_END`: created whole when
   * absent; afterwards only the block is regenerated (and checked), everything outside it is the
   * maintainer's. A file without the markers is entirely the maintainer's.
   */
  | 'generated-block';

export interface PackageFileRule {
  /** Relative to `packages/<name>/`. */
  readonly path: string;
  readonly ownership: Ownership;
  readonly why: string;
}

/** Every file `pnpm generate` writes into `packages/<name>/`. Nothing else there is touched. */
export const PACKAGE_FILES: readonly PackageFileRule[] = [
  { path: 'src/generated/*', ownership: 'generated', why: 'types, routes, webhooks: the spec' },
  {
    path: 'test/contract.gen.test.ts',
    ownership: 'generated',
    why: 'one case per documented pair',
  },
  { path: 'tsconfig.json', ownership: 'generated', why: 'the same for every package' },
  { path: 'vitest.config.ts', ownership: 'generated', why: 'the contract kit, by name' },
  { path: 'LICENSE', ownership: 'generated', why: "a copy of the repository's" },
  {
    path: 'src/index.ts',
    ownership: 'generated-until-taken-over',
    why: 'the public entry: what the spec gives (see client-surface.ts)',
  },
  {
    path: 'test/contract.setup.ts',
    ownership: 'generated-until-taken-over',
    why: 'the client the contract test calls, with test credentials for the spec',
  },
  {
    path: 'tsup.config.ts',
    ownership: 'generated-until-taken-over',
    why: 'a maintainer who adds entries (a /frontend, a /webhooks) takes it over',
  },
  {
    path: 'package.json',
    ownership: 'scaffolded-once',
    why: "its version is changesets', its exports and dependencies grow by hand",
  },
  {
    path: 'README.md',
    ownership: 'generated-block',
    why: "the header is the spec's; the sections below it are the maintainer's",
  },
  // Never written at all, listed so that nobody wonders: CHANGELOG.md (changesets writes it) and
  // any other file a maintainer adds (tests, hand-written modules).
];

/** The first line of a `generated-until-taken-over` file. */
export const takeOverHeader = (specFile: string) =>
  `// generated from ${specFile} by \`pnpm generate\`. To write this file by hand, delete this line: it is then yours.`;

export const isTakeOverHeaded = (text: string) =>
  /^\/\/ generated from \S+ by `pnpm generate`\. To write this file by hand/.test(text);

export const BLOCK_START =
  '<!-- generated:start — `pnpm generate` rewrites this block from the spec; edit outside it -->';
export const BLOCK_END = '<!-- generated:end -->';

/** `text` with its generated block replaced, or undefined when it has no (well-formed) block. */
export function replaceBlock(text: string, block: string, start = BLOCK_START, end = BLOCK_END) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) return undefined;
  return `${text.slice(0, from)}${start}\n${block}${end}${text.slice(to + end.length)}`;
}
