import { join } from 'node:path';
import { type Env, readConfig } from '../../../examples/node-backend/src/config.js';
import type { PrismFleet } from '../prism/launcher.js';

export const PROVIDERS = ['hashrails', 'volubile', 'blips'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const specPath = (name: ProviderName) => join(REPO_ROOT, 'specs', `${name}.yaml`);

// Prism checks that credentials are present, not what they are: any value will do.
const MOCK_CREDENTIALS: Record<ProviderName, Record<string, string>> = {
  hashrails: { HASHRAILS_CLIENT_ID: 'demo-client-id', HASHRAILS_CLIENT_SECRET: 'demo-secret' },
  volubile: { VOLUBILE_API_KEY: 'demo-api-key' },
  blips: { BLIPS_CLIENT_ID: 'demo-client-id', BLIPS_CLIENT_SECRET: 'demo-secret' },
};
const BASE_URL_VARIABLE: Record<ProviderName, string> = {
  hashrails: 'HASHRAILS_BASE_URL',
  volubile: 'VOLUBILE_BASE_URL',
  blips: 'BLIPS_BASE_URL',
};

/**
 * Which providers the tour meets for real: those whose credentials are in the environment, by
 * the backend's own rules (half a configuration is an error). The rest are Prism mocks.
 */
export function realProviders(env: Env): ProviderName[] {
  const config = readConfig(env);
  return PROVIDERS.filter((name) => config[name] !== undefined);
}

/** The backend's environment: real credentials as given, mock ones pointing at Prism. */
export function backendEnv(env: Env, real: readonly ProviderName[], prism?: PrismFleet): Env {
  const result: Record<string, string | undefined> = {};
  for (const name of PROVIDERS) {
    if (real.includes(name)) {
      for (const [key, value] of Object.entries(env))
        if (key.startsWith(`${name.toUpperCase()}_`)) result[key] = value;
      continue;
    }
    const mock = prism?.mocks[name];
    if (!mock) throw new Error(`no Prism mock was started for ${name}`);
    Object.assign(result, MOCK_CREDENTIALS[name], { [BASE_URL_VARIABLE[name]]: mock.url });
  }
  return result;
}
