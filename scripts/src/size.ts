// `pnpm size`: each package as a browser consumer gets it (bundled, minified, gzipped), against
// its budget. Run `pnpm build` first: it measures the published ESM build, not the sources.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// One row per package. The entry re-exports everything, so nothing is tree-shaken away and a
// client row includes what it bundles (openapi-fetch, auth-session).
const PACKAGES: readonly { name: string; dir: string; limitKb: number }[] = [
  { name: '@apiclients/auth-session', dir: 'packages/auth-session', limitKb: 2.5 },
];

const root = resolve(fileURLToPath(import.meta.url), '../../..');

async function gzippedBytes(dir: string): Promise<number> {
  const result = await build({
    stdin: { contents: "export * from './dist/index.js';", resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).byteLength;
}

let over = false;
const width = Math.max(...PACKAGES.map(({ name }) => name.length)) + 2;
for (const { name, dir, limitKb } of PACKAGES) {
  const absolute = join(root, dir);
  if (!existsSync(join(absolute, 'dist/index.js'))) {
    console.error(`${name}: no dist/index.js; run \`npx -y pnpm@10 build\` first`);
    over = true;
    continue;
  }
  const kb = (await gzippedBytes(absolute)) / 1000;
  const verdict = kb > limitKb ? '  OVER THE LIMIT' : '';
  console.log(
    `${name.padEnd(width)}${kb.toFixed(2)} kB (limit ${limitKb.toFixed(2)} kB)${verdict}`,
  );
  over ||= kb > limitKb;
}
process.exitCode = over ? 1 : 0;
