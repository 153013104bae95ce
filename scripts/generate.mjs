// `pnpm generate [--check]`: runs scripts/src/generate-cli.ts bundled (esbuild, ~40 ms) rather than
// through tsx, whose loader hooks sent every module the generator loads through another thread:
// a third of a cold run on a large spec. Plain JavaScript, so that it runs before anything is
// built. The bundle goes to a folder of this process's own under scripts/node_modules/.cache (its
// imports of openapi-typescript, Ajv… resolve from there), removed when the process exits.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const scripts = dirname(fileURLToPath(import.meta.url));
const cache = join(scripts, 'node_modules/.cache');
const out = join(cache, `generate-${process.pid}`);
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
// A run stopped by a signal (Ctrl-C) never reaches 'exit': its folder goes once its process is gone.
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
for (const name of existsSync(cache) ? readdirSync(cache) : []) {
  const pid = Number(/^generate-(\d+)$/.exec(name)?.[1]);
  if (pid && pid !== process.pid && !alive(pid))
    rmSync(join(cache, name), { recursive: true, force: true });
}

await build({
  entryPoints: {
    'generate-cli': join(scripts, 'src/generate-cli.ts'),
    // Named as the worker's boot file, which the bundle starts from next to itself: bundled, the
    // worker needs no TypeScript loader to boot.
    'contract-worker-boot': join(scripts, 'src/contract/contract-worker.ts'),
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: out,
  outExtension: { '.js': '.mjs' },
  logLevel: 'error',
});
process.env.APICLIENTS_GENERATE_ROOT = dirname(scripts);
await import(pathToFileURL(join(out, 'generate-cli.mjs')).href);
