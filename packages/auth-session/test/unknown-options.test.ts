import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  COMMON_OPTIONS,
  type CommonClientOptions,
  RATE_LIMIT_OPTIONS,
  type RateLimitOption,
  rejectUnknownOptions,
} from '../src/kit.js';

const known = [...COMMON_OPTIONS, ...RATE_LIMIT_OPTIONS, 'clientId', 'clientSecret'];
const reject = (options: object) => () => rejectUnknownOptions('createXClient', options, known);

describe('unknown options', () => {
  it.each([
    [{ baseURL: 'https://x' }, 'options.baseURL is not an option: did you mean baseUrl?'],
    [{ timeout: 5 }, 'options.timeout is not an option: did you mean timeoutMs?'],
    [{ retries: 1 }, 'options.retries is not an option: did you mean maxRetries?'],
    [{ clientSecet: 's' }, 'options.clientSecet is not an option: did you mean clientSecret?'],
    [{ ratelimit: true }, 'options.ratelimit is not an option: did you mean rateLimit?'],
    [{ somethingElse: 1 }, 'options.somethingElse is not an option'],
  ])('refuses %j: %s', (options, message) => {
    expect(reject(options)).toThrow(`createXClient: ${message}`);
  });

  it('never echoes the value, which may be a secret', () => {
    expect(reject({ clientSecet: 'sk_live_secret' })).not.toThrow(/sk_live_secret/);
  });

  it('lets every known option through', () => {
    expect(reject(Object.fromEntries(known.map((name) => [name, undefined])))).not.toThrow();
  });

  it('COMMON_OPTIONS lists every CommonClientOptions key, RATE_LIMIT_OPTIONS every RateLimitOption key', () => {
    expectTypeOf<
      Exclude<keyof CommonClientOptions, (typeof COMMON_OPTIONS)[number]>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Exclude<keyof RateLimitOption, (typeof RATE_LIMIT_OPTIONS)[number]>
    >().toEqualTypeOf<never>();
  });
});
