// Runs the example backend until Ctrl-C: `node --import tsx src/main.ts`.
import { startBackend } from './backend.js';

const port = Number(process.env.PORT ?? 8787);
try {
  const backend = await startBackend({ port, host: process.env.HOST, env: process.env });
  const where = (configured: boolean, baseUrl: string | undefined) =>
    !configured ? 'not configured' : (baseUrl ?? 'the default server');
  const { hashrails, volubile, blips } = backend.config;
  console.log(`example backend on ${backend.url}`);
  console.log(`  Hashrails: ${where(!!hashrails, hashrails?.baseUrl)}`);
  console.log(`  Volubile:  ${where(!!volubile, volubile?.baseUrl)}`);
  console.log(`  Blips:     ${where(!!blips, blips?.baseUrl)}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void backend.stop());
} catch (error) {
  console.error(`example backend: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
