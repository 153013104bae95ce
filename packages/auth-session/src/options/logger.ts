import type { SessionEvent, SessionEventListener } from '../session/events.js';
import { check } from './validate.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** What `logger` must offer: `console` does, and so do pino, winston and consola. */
export interface Logger {
  debug(message: string, fields: object): void;
  info(message: string, fields: object): void;
  warn(message: string, fields: object): void;
  error(message: string, fields: object): void;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'off'];

// An issuance that gives up is an error, anything else that failed a warning; a retry, a
// replay or an issued token is what an operator sees by default (info); the rest is debug.
const levelOf = (event: SessionEvent): Exclude<LogLevel, 'off'> =>
  event.type === 'issue-failure'
    ? event.willRetry
      ? 'warn'
      : 'error'
    : event.type.endsWith('failure') ||
        (event.type === 'request' && (event.code || (event.status ?? 0) >= 500))
      ? 'warn'
      : /retry|replay|success/.test(event.type)
        ? 'info'
        : 'debug';

/**
 * The listener that logs a client's events: one line per event, its message naming the provider
 * and the event, its fields the event itself (method, path template, status, attempt, duration,
 * request id…). Events never carry a header, a token or a secret, so neither does a log line.
 * Undefined (nothing logged) unless `logger` or `logLevel` is given; `console` by default.
 */
export function logListener(
  caller: string,
  provider: string,
  logger: Logger | undefined,
  logLevel: LogLevel | undefined,
): SessionEventListener | undefined {
  if (logger === undefined && logLevel === undefined) return undefined;
  check(
    caller,
    'logLevel',
    logLevel === undefined || LEVELS.includes(logLevel),
    `must be one of ${LEVELS.join(', ')}`,
  );
  check(
    caller,
    'logger',
    logger === undefined ||
      (typeof logger === 'object' &&
        logger &&
        ['debug', 'info', 'warn', 'error'].every(
          (m) => typeof (logger as never)[m] === 'function',
        )),
    'must have debug, info, warn and error methods',
  );
  const sink = logger ?? console;
  const least = LEVELS.indexOf(logLevel ?? 'info');
  return (event) => {
    const level = levelOf(event);
    if (LEVELS.indexOf(level) >= least) {
      sink[level](`[apiclients/${provider}] ${event.type}`, { provider, ...event });
    }
  };
}
