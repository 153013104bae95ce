// `logger` / `logLevel` and the events' call context, through the Hashrails client.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHashrailsClient, type SessionEvent } from '../src/index.js';

const clientSecret = 'hr-secret-do-not-log';

function api(statuses: number[] = []) {
  let calls = 0;
  const fetch = async (request: Request) => {
    if (request.url.endsWith('/v1/auth/token/issue')) {
      return Response.json({
        success: true,
        data: { access_token: 'jwt-secret-token', expires_in: 3600 },
      });
    }
    const status = statuses[calls++] ?? 200;
    return Response.json(
      { success: status < 300, data: {} },
      { status, headers: { 'x-request-id': `req-${calls}` } },
    );
  };
  return fetch as typeof globalThis.fetch;
}

function recorder() {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields: object) =>
    lines.push({ level, message, fields: fields as Record<string, unknown> });
  return {
    lines,
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('logging', () => {
  it('logs each call with provider, method, path template, status, attempt, duration, request id', async () => {
    const { lines, logger } = recorder();
    const hashrails = createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api(),
      logger,
      logLevel: 'debug',
    });
    await hashrails.GET('/v1/transactions/{id}', { params: { path: { id: 'tx-1' } } });
    const request = lines.find((line) => line.fields.type === 'request');
    expect(request).toMatchObject({
      level: 'debug',
      message: '[apiclients/hashrails] request',
      fields: {
        provider: 'hashrails',
        method: 'GET',
        path: '/v1/transactions/{id}',
        status: 200,
        attempt: 1,
        requestId: 'req-1',
      },
    });
    expect(typeof request?.fields.durationMs).toBe('number');
    expect(lines.map((line) => line.fields.type)).toEqual([
      'issue-start',
      'issue-success',
      'request',
    ]);
  });

  it("logs at 'info' and above by default: a retry and the issuance, not every call", async () => {
    const { lines, logger } = recorder();
    const hashrails = createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api([503]),
      logger,
    });
    await hashrails.GET('/v1/transactions');
    expect(lines.map((line) => `${line.level} ${line.fields.type}`)).toEqual([
      'info issue-success',
      'info request-retry',
    ]);
    expect(lines[1]?.fields).toMatchObject({
      method: 'GET',
      path: '/v1/transactions',
      status: 503,
      attempt: 1,
    });
  });

  it('a failed call is a warning', async () => {
    const { lines, logger } = recorder();
    const hashrails = createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api([500, 500, 500]),
      logger,
    });
    await hashrails.GET('/v1/transactions');
    expect(lines.at(-1)).toMatchObject({
      level: 'warn',
      fields: { type: 'request', status: 500, attempt: 3 },
    });
  });

  it('logLevel alone logs to the console', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const hashrails = createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api(),
      logLevel: 'info',
    });
    await hashrails.GET('/v1/transactions');
    expect(info).toHaveBeenCalledWith(
      '[apiclients/hashrails] issue-success',
      expect.objectContaining({ type: 'issue-success' }),
    );
  });

  it("'off' and no option log nothing", async () => {
    const { lines, logger } = recorder();
    await createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api([503]),
      logger,
      logLevel: 'off',
    }).GET('/v1/transactions');
    expect(lines).toEqual([]);
  });

  it('never logs a secret or a token', async () => {
    const { lines, logger } = recorder();
    const hashrails = createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api([401, 503]),
      logger,
      logLevel: 'debug',
    });
    await hashrails.GET('/v1/transactions');
    const text = JSON.stringify(lines);
    expect(text).not.toContain(clientSecret);
    expect(text).not.toContain('jwt-secret-token');
    expect(text).not.toMatch(/authorization/i);
  });

  it('onEvent still hears every event, with the call context', async () => {
    const { logger } = recorder();
    const events: SessionEvent[] = [];
    await createHashrailsClient({
      clientId: 'id',
      clientSecret,
      fetch: api(),
      logger,
      onEvent: (e) => events.push(e),
    }).GET('/v1/transactions');
    expect(events.at(-1)).toMatchObject({
      type: 'request',
      method: 'GET',
      path: '/v1/transactions',
      status: 200,
    });
  });

  it.each([
    [{ logLevel: 'verbose' }, 'options.logLevel must be one of debug, info, warn, error, off'],
    [{ logger: { info() {} } }, 'options.logger must have debug, info, warn and error methods'],
  ])('refuses %j, naming the option', (options, message) => {
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret, ...(options as object) }),
    ).toThrow(`createHashrailsClient: ${message}`);
  });
});

describe('unknown options', () => {
  it('fail at construction with the closest known name', () => {
    expect(() =>
      createHashrailsClient({ clientId: 'id', clientSecret, baseURL: 'https://x' } as never),
    ).toThrow('createHashrailsClient: options.baseURL is not an option: did you mean baseUrl?');
  });
});
