import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

describe('readConfig', () => {
  it('leaves out every provider whose variables are all unset', () => {
    expect(readConfig({})).toEqual({});
  });

  it('reads each provider from its variables', () => {
    const config = readConfig({
      HASHRAILS_CLIENT_ID: 'h-id',
      HASHRAILS_CLIENT_SECRET: 'h-secret',
      VOLUBILE_API_KEY: 'v-key',
      VOLUBILE_BASE_URL: 'http://127.0.0.1:4010',
      BLIPS_CLIENT_ID: 'b-id',
      BLIPS_CLIENT_SECRET: 'b-secret',
      BLIPS_BASE_URL: 'https://public-test.blips.network',
    });
    expect(config).toEqual({
      hashrails: { clientId: 'h-id', clientSecret: 'h-secret', baseUrl: undefined },
      volubile: { apiKey: 'v-key', baseUrl: 'http://127.0.0.1:4010' },
      blips: {
        clientId: 'b-id',
        clientSecret: 'b-secret',
        baseUrl: 'https://public-test.blips.network',
      },
    });
  });

  it('refuses half a configuration, naming the variables and never their values', () => {
    const attempt = () =>
      readConfig({ BLIPS_CLIENT_ID: 'b-id', BLIPS_CLIENT_SECRET: 'b-secret-value' });
    expect(attempt).toThrow(
      'Blips: BLIPS_CLIENT_ID, BLIPS_CLIENT_SECRET set but BLIPS_BASE_URL missing',
    );
    expect(attempt).not.toThrow(/b-secret-value/);
  });
});
