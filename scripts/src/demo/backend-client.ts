import type { Stats } from '../../../examples/node-backend/src/backend.js';

export interface Answer<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** What the tour does to the example backend: plain HTTP, as its frontend would. */
export function backendClient(baseUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** The body of a `status` answer; anything else fails the step, saying what the backend said. */
  async function expect<T>(method: string, path: string, status = 200, body?: unknown) {
    const answer = await call<T>(method, path, body);
    if (answer.status !== status) throw new Error(describeFailure(method, path, answer));
    return answer.body;
  }

  return { call, expect, stats: () => expect<Stats>('GET', '/api/stats') };
}

export type BackendClient = ReturnType<typeof backendClient>;

export function describeFailure(method: string, path: string, answer: Answer): string {
  const { error, code, upstream } = (answer.body ?? {}) as {
    error?: string;
    code?: string;
    upstream?: { status: number };
  };
  const why = [error, code && `(${code})`, upstream && `[upstream ${upstream.status}]`]
    .filter(Boolean)
    .join(' ');
  return `${method} ${path} answered ${answer.status}${why ? `: ${why}` : ''}`;
}
