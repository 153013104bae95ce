// `pnpm demo`: Prism mocks of the three specs (or the real APIs, for providers whose credentials
// are in the environment), the example backend against them, and a scripted tour of what the
// clients do. Stops everything it started, then exits 0, or 1 naming the step that failed.
// `pnpm demo --serve` keeps the mocks and the backend up afterwards, for the frontend example.
import { startBackend } from '../../../examples/node-backend/src/backend.js';
import { type PrismFleet, startPrism } from '../prism/launcher.js';
import { backendClient } from './backend-client.js';
import { detail, plural, say } from './print.js';
import { backendEnv, PROVIDERS, realProviders, specPath } from './targets.js';
import { runTour, tourSteps } from './tour.js';

const serve = process.argv.includes('--serve');

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    // Kept registered: the Prism launcher re-raises the signal after stopping its mocks, and
    // that second one must not end the process before the backend has been stopped too.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => resolve());
  });
}

async function demo(): Promise<number> {
  const began = performance.now();
  let prism: PrismFleet | undefined;
  let backend: Awaited<ReturnType<typeof startBackend>> | undefined;
  say('apiclients demo');
  try {
    const real = realProviders(process.env);
    const mocked = PROVIDERS.filter((name) => !real.includes(name));
    say();
    say('Starting');
    if (mocked.length > 0)
      prism = await startPrism(Object.fromEntries(mocked.map((name) => [name, specPath(name)])));
    backend = await startBackend({
      env: backendEnv(process.env, real, prism),
      port: serve ? Number(process.env.PORT ?? 8787) : 0,
    });
    for (const name of PROVIDERS) {
      const mock = prism?.mocks[name];
      if (mock)
        detail(`${name.padEnd(10)} Prism mock of specs/${name}.yaml  ${mock.url}  pid ${mock.pid}`);
      else
        detail(
          `${name.padEnd(10)} ${name.toUpperCase()}_* credentials, at ${backend.config[name]?.baseUrl ?? 'the default server'}`,
        );
    }
    detail(`backend    examples/node-backend  ${backend.url}`);
    detail(
      serve
        ? '(the mocks on free loopback ports, the backend on PORT or 8787; all stopped on Ctrl-C)'
        : '(free loopback ports, picked now; every process here is stopped at the end)',
    );
    if (real.length === 0)
      detail('(set HASHRAILS_*, VOLUBILE_* or BLIPS_* credentials to meet the real APIs instead)');
    const mockUrls = Object.fromEntries(
      Object.entries(prism?.mocks ?? {}).map(([name, mock]) => [name, mock.url]),
    );
    await runTour(tourSteps(backendClient(backend.url), mockUrls));
    say();
    say('✓ demo complete');
    if (serve) {
      say();
      say(`Serving until Ctrl-C: the backend at ${backend.url}, and the mocks above.`);
      say('The frontend example: npx -y pnpm@10 --filter @apiclients/example-browser-frontend dev');
      await untilInterrupted();
    }
    return 0;
  } catch (error) {
    console.error(`\n✗ demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await backend?.stop();
    await prism?.stop();
    const stopped = [
      backend && 'the backend',
      prism && plural(Object.keys(prism.mocks).length, 'Prism mock'),
    ].filter(Boolean);
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    say(
      `Stopped ${stopped.join(' and ') || 'nothing (nothing had started)'}; ${seconds} s in all.`,
    );
  }
}

process.exitCode = await demo();
