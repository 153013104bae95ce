// In real Chromium: the built page against a Prism mock of Volubile and the example backend.
// vitest.config.ts leaves this file out, loudly, when Chromium is not installed.
import { join } from 'node:path';
import { type RunningBackend, type Stats, startBackend } from '@apiclients/example-node-backend';
import type { BrowserContext, Request, Response } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../scripts/src/prism/free-port.js';
import { type PrismFleet, startPrism } from '../../../scripts/src/prism/launcher.js';
import { launchChromium } from './chromium.js';
import { frontendRoot } from './global-setup.js';

let prism: PrismFleet | undefined;
let backend: RunningBackend | undefined;
let site: PreviewServer | undefined;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
let siteUrl = '';
let volubileUrl = '';

beforeAll(async () => {
  const frontend = inject('frontend');
  if ('error' in frontend) throw new Error(`vite build failed: ${frontend.error}`);
  const [fleet, chrome] = await Promise.allSettled([
    startPrism({ volubile: join(frontendRoot, '../../specs/volubile.yaml') }),
    launchChromium(),
  ]);
  // Kept even when the other failed, so that afterAll stops whichever did start.
  if (fleet.status === 'fulfilled') prism = fleet.value;
  if (chrome.status === 'fulfilled') browser = chrome.value;
  for (const started of [fleet, chrome]) if (started.status === 'rejected') throw started.reason;
  volubileUrl = prism?.mocks.volubile?.url ?? '';
  backend = await startBackend({
    env: { VOLUBILE_API_KEY: 'browser-test-api-key', VOLUBILE_BASE_URL: volubileUrl },
  });
  const port = await freePort();
  site = await preview({
    root: frontendRoot,
    configFile: join(frontendRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: frontend.outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, proxy: { '/api': backend.url } },
  });
  siteUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.stop();
  await prism?.stop();
});

async function openPage(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const requests: Request[] = [];
  const responses: Response[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('response', (response) => responses.push(response));
  await page.goto(`${siteUrl}${path}`);
  return { page, requests, responses };
}

describe('the browser frontend example, in Chromium', () => {
  it('shows Volubile calls fetched with a token the backend minted, sending no API key', async () => {
    const { page, requests, responses } = await openPage(browser?.context as BrowserContext, '/');
    await page.waitForSelector('#status:not([data-state="loading"])');

    expect(await page.getAttribute('#status', 'data-state')).toBe('done');
    expect(await page.textContent('#status')).toMatch(/^1 call\(s\)/);
    expect(await page.locator('#calls li').allTextContents()).toEqual([
      '3f1c2a9e-7b4d-4e8a-9c61-2d5f0b7a1e42',
    ]);

    const minted = responses.filter((response) => response.url().endsWith('/api/volubile-token'));
    expect(minted).toHaveLength(1);
    const { accessToken } = (await (minted[0] as Response).json()) as { accessToken: string };
    const toVolubile = requests.filter(
      (request) => request.url().startsWith(volubileUrl) && request.method() !== 'OPTIONS',
    );
    expect(toVolubile.map((request) => new URL(request.url()).pathname)).toEqual(['/v1/calls']);
    for (const request of toVolubile) {
      const headers = await request.allHeaders();
      expect(headers.authorization).toBe(`Bearer ${accessToken}`);
      expect(headers).not.toHaveProperty('x-api-key');
    }
    // The key itself went to Volubile only from the backend, and only to mint.
    const stats = (await (await fetch(`${backend?.url}/api/stats`)).json()) as Stats;
    expect(stats.volubile.requests.filter((entry) => entry.auth !== 'Bearer')).toEqual([
      expect.objectContaining({ method: 'POST', path: '/v1/auth/token', auth: 'X-Api-Key' }),
    ]);
    await page.close();
  });

  it('refuses a client secret in the page, unless dangerouslyAllowBrowser is set', async () => {
    const { page, requests } = await openPage(browser?.context as BrowserContext, '/guard.html');
    await page.waitForSelector('#allowed:not([data-outcome="pending"])');

    expect(await page.getAttribute('#refused', 'data-outcome')).toBe('threw');
    const message = await page.textContent('#refused');
    // The guard's explanation: which option, what to do instead, and how to override it.
    expect(message).toContain('clientSecret');
    expect(message).toContain('getToken');
    expect(message).toContain('dangerouslyAllowBrowser');
    expect(message).not.toContain('example-client-secret');
    expect(await page.getAttribute('#allowed', 'data-outcome')).toBe('constructed');
    expect(requests.every((request) => request.url().startsWith(siteUrl))).toBe(true);
    await page.close();
  });
});
