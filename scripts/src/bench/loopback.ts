// Starts the loopback server child and talks to it.
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerMessage, ServerStats } from './server-child.js';

export interface Loopback {
  readonly url: string;
  send(message: ServerMessage): Promise<ServerStats>;
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));
// The child runs the TypeScript source through tsx's loader, whoever started the parent.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

export function startLoopback(): Promise<Loopback> {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: ['--import', TSX],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string } & T) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`bench: the loopback server exited (${code}) before answering`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next<{ url: string }>('listening').then(({ url }) => ({
    url,
    async send(message) {
      const answer = next<{ stats: ServerStats }>('stats');
      child.send(message);
      return (await answer).stats;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  }));
}
