// `pnpm demo` end to end, as a child process: what it prints, how it exits, and that every
// process and port it opened is gone afterwards, on success and on failure alike.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, listening } from './process-probes.js';

const root = join(import.meta.dirname, '../..');
const DEMO_TIMEOUT_MS = 120_000;

// The tests must meet Prism, whatever credentials the machine running them has.
const providerVariable = /^(HASHRAILS|VOLUBILE|BLIPS)_/;
const mockOnlyEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !providerVariable.test(key)),
);

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(env: NodeJS.ProcessEnv): Promise<DemoRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/src/demo/run.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGINT'); // the launcher stops its Prism mocks on SIGINT
      reject(new Error(`the demo did not exit within ${DEMO_TIMEOUT_MS} ms:\n${stdout}${stderr}`));
    }, DEMO_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The pids and loopback ports the demo printed, with whatever of them is still up. */
async function leftovers(output: string, except: number[] = []) {
  const pids = [...output.matchAll(/\bpid (\d+)/g)].map((match) => Number(match[1]));
  const ports = [...output.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)]
    .map((match) => Number(match[1]))
    .filter((port) => !except.includes(port));
  const stillAlive = pids.filter(alive);
  const stillListening: number[] = [];
  for (const port of ports) if (await listening(port)) stillListening.push(port);
  return { pids, ports, stillAlive, stillListening };
}

/** Each numbered step of the tour: its title and the lines under it. */
function stepsOf(output: string) {
  return [...output.matchAll(/^(\d+)\. (.+)\n((?: {3}.*\n?)*)/gm)].map((match) => ({
    number: Number(match[1]),
    title: match[2] ?? '',
    body: match[3] ?? '',
  }));
}

/** The `code: <file>  <symbol>: …` lines of a step. */
const codeRefs = (body: string) =>
  [...body.matchAll(/^ {3}code: (\S+) {2}(\w+): \S/gm)].map((match) => ({
    file: match[1] ?? '',
    symbol: match[2] ?? '',
  }));

describe('pnpm demo', () => {
  it(
    'tours the three clients against Prism, exits 0 and leaves nothing running',
    async () => {
      const run = await runDemo(mockOnlyEnv);
      expect(run.stderr).not.toMatch(/demo failed/);
      expect(run.code).toBe(0);

      const out = run.stdout;
      expect(out).toMatch(/20 concurrent GET \/api\/transactions to the backend → 20 × 200/);
      // Hashrails' token request: the secret travels in the JSON body, and the demo says so.
      expect(out).toMatch(
        /^ +POST \/v1\/auth\/token\/issue +× 1 +client_id \+ client_secret in the JSON body$/m,
      );
      expect(out).toContain('id and secret travel in its JSON body');
      expect(out).not.toMatch(/token\/issue.*(Basic|no credentials)/);
      expect(out).toMatch(/GET \/v1\/transactions +× 20 +Authorization: Bearer <token>/);
      expect(out).toMatch(/→ 1 token issued \(onEvent "issue-success"\), reused by all 20 calls/);
      expect(out).toContain('the other 19 waited for it, instead of 20 token requests');
      expect(out).toMatch(/GET \/api\/volubile-token → a calls:read token, expires in 900 s/);
      expect(out).toMatch(/createVolubileClient\(\{ getToken \}\): GET \/v1\/calls → 200/);
      expect(out).toContain('it sent Authorization: Bearer <token>, and no X-Api-Key');
      expect(out).toMatch(
        /in the X-Api-Key header, only to POST \/v1\/auth\/token \(× 2\):\n +one mint per GET \/api\/volubile-token/,
      );
      expect(out).toMatch(
        /POST \/v1\/recipients \(X-Idempotency-Key\) → Recipient created successfully/,
      );
      expect(out).toMatch(
        /POST \/v1\/transfer-requests\/\{id\}\/confirm-rate → Rate confirmed successfully/,
      );
      expect(out).toMatch(/POST \/v1\/calls \(scope calls:write\) → 201/);
      expect(out).toMatch(/GET \/v1\/calls\?page=…&size=100 .* → 1 page/);
      expect(out).toMatch(/POST \/quotes → 201, Quote:quote_123/);
      expect(out).toMatch(/POST \/quotes\/\{quoteId\}\/execute \(Idempotency-Key\) → 200/);
      expect(out).toMatch(/Hashrails .*→ GET \/v1\/transactions +200 +Authorization: Bearer/);
      expect(out).toMatch(/Volubile .*→ GET \/v1\/calls +200 +Authorization: Bearer/);
      expect(out).toMatch(
        /Blips .*→ GET \/tokens +200 +Authorization: Basic <base64 client id:secret>/,
      );
      // The closing table: every row's credential, and which step sent how many.
      expect(out).toMatch(
        /hashrails +POST \/v1\/auth\/token\/issue +client_id \+ client_secret in the JSON body +200 +× 1 +\(step 1: 1\)/,
      );
      expect(out).toMatch(
        /hashrails +GET \/v1\/transactions +Authorization: Bearer <token> +200 +× 21 +\(step 1: 20, step 3: 1\)/,
      );
      expect(out).toMatch(
        /volubile +POST \/v1\/auth\/token +X-Api-Key: <API key> +200 +× 3 +\(step 2: 2, step 3: 1\)/,
      );
      expect(out).toMatch(/hashrails +retries 0, 401 replays 0, failed token requests 0/);
      expect(out).toMatch(/POST \/api\/blips\/tokens → 201: Token:\S+/);
      expect(out).toContain('✓ demo complete');

      // Every step names the code it shows, and every file it names exists and defines the name.
      const steps = stepsOf(out);
      expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
      expect(steps.length).toBeGreaterThanOrEqual(9);
      for (const step of steps) {
        const refs = codeRefs(step.body);
        expect(refs.length, `step ${step.number} (${step.title}) names no code`).toBeGreaterThan(0);
        for (const { file, symbol } of refs) {
          expect(existsSync(join(root, file)), `step ${step.number}: ${file}`).toBe(true);
          expect(
            readFileSync(join(root, file), 'utf8'),
            `step ${step.number}: ${file} defines ${symbol}`,
          ).toMatch(new RegExp(`(function|const|let) ${symbol}\\b`));
        }
      }
      expect(out).toMatch(/Stopped the backend and 3 Prism mocks/);
      // Credentials appear masked or not at all: Prism's example secret, the demo's own.
      expect(out).not.toContain('ed0ad25881e234cc28fb2dec0a4fe64e4172');
      expect(out).not.toMatch(/demo-secret|demo-api-key/);

      // The fleet step runs where redis-server is installed (CI installs it), and says so.
      const fleetRan = !/skipped: no redis-server/.test(out);
      if (fleetRan) {
        expect(out).toMatch(/4 processes \(pids [\d, ]+\) × \d+ concurrent cold calls → \d+ × 200/);
        expect(out).toMatch(
          /POST \/v1\/auth\/token\/issue at the provider: × 1 \(client_id \+ client_secret in the JSON body\)/,
        );
        expect(out).toContain('Without a shared store: one token per process, 4 here.');
      }

      const left = await leftovers(out);
      expect(left.pids).toHaveLength(3);
      // Three mocks and the backend, and the fleet's Hashrails stand-in.
      expect(left.ports).toHaveLength(fleetRan ? 5 : 4);
      expect(left).toMatchObject({ stillAlive: [], stillListening: [] });
    },
    DEMO_TIMEOUT_MS,
  );

  describe('when a step fails', () => {
    // Stands in for a real Hashrails that rejects the credentials it is given.
    let hashrails: Server;
    let hashrailsPort = 0;
    beforeAll(async () => {
      hashrails = createServer((_request, response) => {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ success: false, message: 'Invalid client_id or client_secret' }),
        );
      });
      await new Promise<void>((resolve) => hashrails.listen(0, '127.0.0.1', resolve));
      hashrailsPort = (hashrails.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => hashrails.close(() => resolve())));

    it(
      'exits 1 naming the step and the cause, and still stops everything',
      async () => {
        const run = await runDemo({
          ...mockOnlyEnv,
          HASHRAILS_CLIENT_ID: 'rejected-client',
          HASHRAILS_CLIENT_SECRET: 'rejected-secret-value',
          HASHRAILS_BASE_URL: `http://127.0.0.1:${hashrailsPort}`,
        });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(
          /hashrails +HASHRAILS_\* credentials, at http:\/\/127\.0\.0\.1:\d+/,
        );
        expect(run.stderr).toMatch(
          /✗ demo failed: step 1 \(Hashrails: one token, shared by concurrent calls\) failed: .*answered 502.*INVALID_CREDENTIALS/,
        );
        expect(run.stdout + run.stderr).not.toContain('rejected-secret-value');
        expect(run.stdout).toMatch(/Stopped the backend and 2 Prism mocks/);

        const left = await leftovers(run.stdout, [hashrailsPort]);
        expect(left.pids).toHaveLength(2);
        expect(left.ports).toHaveLength(3);
        expect(left).toMatchObject({ stillAlive: [], stillListening: [] });
      },
      DEMO_TIMEOUT_MS,
    );
  });
});
