// Root files that list the packages, kept in step with specs/ and packages/ by `pnpm generate`
// (and judged by `--check`): the README's package table, and the builds `pnpm size` measures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObject, type LoadedSpec } from '../load-spec.js';
import { replaceBlock } from './ownership.js';

export const TABLE_START =
  '<!-- packages:start — `pnpm generate` writes this table from specs/ and packages/ -->';
export const TABLE_END = '<!-- packages:end -->';

export interface PackageRow {
  /** The folder under packages/. */
  readonly dir: string;
  readonly npmName: string;
  readonly description: string;
  readonly hasBuild: boolean;
  /** Its spec, for a client package. */
  readonly spec?: { readonly file: string; readonly loaded: LoadedSpec };
}

interface Manifest {
  name?: string;
  description?: string;
  scripts?: Record<string, string>;
}

/** Every package on disk, plus those this run scaffolds (not written yet). */
export function packageRows(
  rootDir: string,
  specs: ReadonlyMap<string, { file: string; loaded: LoadedSpec }>,
  scaffolded: ReadonlyMap<string, string>,
): PackageRow[] {
  const packagesDir = join(rootDir, 'packages');
  const dirs = new Set(scaffolded.keys());
  if (existsSync(packagesDir))
    for (const dir of readdirSync(packagesDir))
      if (existsSync(join(packagesDir, dir, 'package.json'))) dirs.add(dir);
  return [...dirs].sort().map((dir) => {
    const path = join(packagesDir, dir, 'package.json');
    const text = existsSync(path) ? readFileSync(path, 'utf8') : scaffolded.get(dir);
    let manifest: Manifest = {};
    try {
      manifest = JSON.parse(text ?? '{}') as Manifest;
    } catch {
      // A package.json that does not parse: the row says so rather than the run failing.
    }
    const spec = specs.get(dir);
    return {
      dir,
      npmName: manifest.name ?? dir,
      description: manifest.description ?? '',
      hasBuild: Boolean(manifest.scripts?.build),
      ...(spec ? { spec } : {}),
    };
  });
}

/** How the spec says a caller authenticates, in a few words. */
export function describeAuth(spec: LoadedSpec): string {
  const components = spec.document.components;
  const schemes =
    isObject(components) && isObject(components.securitySchemes)
      ? Object.values(components.securitySchemes)
      : [];
  const words = schemes.filter(isObject).map((scheme) => {
    if (scheme.type === 'http') {
      const kind = String(scheme.scheme ?? '').toLowerCase();
      return kind === 'basic' ? 'HTTP Basic' : kind === 'bearer' ? 'Bearer' : `HTTP ${kind}`;
    }
    if (scheme.type === 'apiKey')
      return `API key (\`${String(scheme.name)}\` ${String(scheme.in)})`;
    if (scheme.type === 'oauth2') {
      const flows = isObject(scheme.flows) ? Object.keys(scheme.flows).join(', ') : '';
      return `OAuth2${flows ? ` (${flows})` : ''}`;
    }
    if (scheme.type === 'openIdConnect') return 'OpenID Connect';
    return String(scheme.type);
  });
  return words.length > 0 ? [...new Set(words)].join(', ') : 'none';
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The README's package table: client packages (one per spec) first, then the shared ones. */
export function renderPackageTable(rows: readonly PackageRow[]): string {
  const ordered = [...rows.filter((row) => row.spec), ...rows.filter((row) => !row.spec)];
  const cells = [
    ['package', 'spec', 'authentication (from the spec)', 'what it is'],
    ...ordered.map((row) => [
      `[\`${row.npmName}\`](packages/${row.dir})`,
      row.spec ? `[\`${row.spec.file}\`](${row.spec.file})` : 'shared',
      row.spec ? describeAuth(row.spec.loaded) : '-',
      escapeCell(row.description),
    ]),
  ];
  const widths = (cells[0] ?? []).map((_, column) =>
    Math.max(...cells.map((line) => line[column]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [
    line(head),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...body.map(line),
    '',
  ].join('\n');
}

/** The root README with its table regenerated; undefined when it has no table markers. */
export function readmeWithTable(readme: string, rows: readonly PackageRow[]) {
  return replaceBlock(readme, renderPackageTable(rows), TABLE_START, TABLE_END);
}

// Tasks that need every package built, which turbo cannot say for a root task (nor for packages
// that are not dependencies): root turbo.json's `//#size:check` (the builds it measures) and
// scripts/turbo.json's `test` (the release test packs every package). The lists are written here,
// from packages/.
export const BUILD_LISTS: readonly { readonly file: string; readonly pattern: RegExp }[] = [
  { file: 'turbo.json', pattern: /("\/\/#size:check": \{\s*"dependsOn": \[)[^\]]*(\])/ },
  {
    file: 'scripts/turbo.json',
    pattern: /("test": \{\s*"dependsOn": \[\s*"\$TURBO_EXTENDS\$",)[^\]]*(\])/,
  },
];

/** `text` with the list at `pattern` naming every package build; undefined without the list. */
export function withBuildList(text: string, pattern: RegExp, rows: readonly PackageRow[]) {
  if (!pattern.test(text)) return undefined;
  const builds = rows.filter((row) => row.hasBuild).map((row) => `        "${row.npmName}#build"`);
  return text.replace(pattern, (_, open: string) => `${open}\n${builds.join(',\n')}\n      ]`);
}
