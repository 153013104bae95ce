import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, createLogger, type InlineConfig } from 'vite';

export interface BuiltBundle {
  readonly outDir: string;
  /** Every warning and error Vite logged while building. */
  readonly warnings: string[];
  /** Path (relative to outDir) → contents, for every file the build wrote. */
  readonly files: Record<string, string>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `vite build` through Vite's API, keeping what it warned about instead of printing it. */
export async function buildBundle(config: InlineConfig & { outDir: string }): Promise<BuiltBundle> {
  const { outDir, ...inline } = config;
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = (message) => void warnings.push(message);
  logger.error = (message) => void warnings.push(message);
  // Vite takes NODE_ENV over `mode`, and vitest sets it to "test": without this, the bundle under
  // test would be a development build, which keeps Node stubs that production builds drop.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...inline,
      mode: 'production',
      logLevel: 'warn',
      customLogger: logger,
      build: { ...inline.build, outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const files: Record<string, string> = {};
  for (const path of listFiles(outDir)) files[relative(outDir, path)] = readFileSync(path, 'utf8');
  return { outDir, warnings, files };
}
