// Builds the frontend once per test run, into a temporary folder that both test files read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type BuiltBundle, buildBundle } from './build-bundle.js';

export const frontendRoot = join(import.meta.dirname, '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built frontend, or why the build failed. */
    frontend: BuiltBundle | { error: string };
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'apiclients-frontend-'));
  try {
    project.provide(
      'frontend',
      await buildBundle({
        root: frontendRoot,
        configFile: join(frontendRoot, 'vite.config.ts'),
        outDir,
      }),
    );
  } catch (error) {
    project.provide('frontend', { error: error instanceof Error ? error.message : String(error) });
  }
  return () => rmSync(outDir, { recursive: true, force: true });
}
