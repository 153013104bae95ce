// redis-cli, as an operator would look at the server: `--scan` + `GET`, and `MONITOR`.
import { spawn, spawnSync } from 'node:child_process';

export function cli(port: number, ...args: string[]): string {
  const result = spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`redis-cli ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Every key (`--scan`) and its value (`GET`), as redis-cli prints them. */
export function dump(port: number): string {
  const keys = cli(port, '--scan').split('\n').filter(Boolean);
  return keys.map((key) => `${key}\n${cli(port, 'GET', key)}`).join('');
}

/** `redis-cli monitor` until stop(): every command the server ran, arguments included. */
export async function monitor(port: number) {
  const child = spawn('redis-cli', ['-p', String(port), 'monitor']);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('OK')) resolve();
    });
  });
  return {
    /** Waits for the server's echo of a marker command, then ends the monitor. */
    async stop(): Promise<string> {
      const marker = `monitor-end-${Math.random().toString(36).slice(2)}`;
      cli(port, 'ECHO', marker);
      const deadline = Date.now() + 5000;
      while (!output.includes(marker) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill();
      return output;
    },
  };
}
