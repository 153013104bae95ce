import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './build-bundle.js';
import { externalisedModules, nodeBuiltinsIn } from './node-builtins.js';

function built(): BuiltBundle {
  const frontend = inject('frontend');
  if ('error' in frontend) throw new Error(`vite build failed: ${frontend.error}`);
  return frontend;
}

const scripts = (bundle: BuiltBundle) =>
  Object.entries(bundle.files).filter(([path]) => /\.[cm]?js$/.test(path));

describe('the built frontend bundle', () => {
  it('builds both pages, with the clients bundled in rather than left external', () => {
    const bundle = built();
    expect(Object.keys(bundle.files)).toEqual(expect.arrayContaining(['index.html', 'guard.html']));
    const code = scripts(bundle)
      .map(([, text]) => text)
      .join('\n');
    expect(code).toContain('/v1/calls'); // Volubile's generated operations
    expect(code).toContain('dangerouslyAllowBrowser'); // the browser guard's message
    expect(code).not.toMatch(/from\s*["'`]@apiclients\//);
  });

  it('had no Node module externalised for the browser', () => {
    expect(externalisedModules(built().warnings)).toEqual([]);
  });

  it('contains no Node built-in: no node: specifier, no import or require of fs, path…', () => {
    const offenders = scripts(built()).flatMap(([path, code]) =>
      nodeBuiltinsIn(code).map((name) => `${path}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });
});

// The checks above pass on an empty result, so they are shown failing on a page that does use Node.
describe('the bundle checks catch a page that uses Node built-ins', () => {
  const root = join(import.meta.dirname, 'fixtures/node-builtin');
  const buildFixture = async (external?: RegExp[]) => {
    const outDir = mkdtempSync(join(tmpdir(), 'apiclients-node-builtin-'));
    try {
      return await buildBundle({
        root,
        configFile: false,
        outDir,
        build: external ? { rolldownOptions: { external } } : {},
      });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };

  it('Vite stubs them out, and says so', async () => {
    const bundle = await buildFixture();
    expect(externalisedModules(bundle.warnings).sort()).toEqual(['fs', 'node:crypto']);
  });

  it('left as imports, they are found in the code', async () => {
    const bundle = await buildFixture([/^node:/, /^fs$/]);
    const found = scripts(bundle).flatMap(([, code]) => nodeBuiltinsIn(code));
    expect(found.sort()).toEqual(['fs', 'node:crypto']);
  });
});
