import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

// Debian's chromium: playwright-core drives it and downloads no browser of its own.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumInstalled = () => existsSync(CHROMIUM_PATH);

export const SKIPPED_MESSAGE = `SKIPPED browser tests: chromium not installed (no ${CHROMIUM_PATH}); install it with \`apt-get install -y chromium\``;

/** For the closing summary of `pnpm test`. */
export const SKIPPED = {
  suite: 'browser',
  reason: 'chromium not installed',
  message: SKIPPED_MESSAGE,
} as const;

// Headless on a CI box: no sandbox (root in a container), no GPU, and nothing that phones home.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile, removed again by close(). */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'apiclients-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
