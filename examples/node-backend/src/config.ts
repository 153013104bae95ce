/** Where each provider is and which credentials the backend holds for it. Secrets stay here. */
export interface BackendConfig {
  hashrails?: { clientId: string; clientSecret: string; baseUrl?: string };
  volubile?: { apiKey: string; baseUrl?: string };
  blips?: { clientId: string; clientSecret: string; baseUrl: string };
}

export type Env = Readonly<Record<string, string | undefined>>;

// A provider is configured when all of its required variables are set, and left out when none
// are; half a configuration is a mistake worth stopping for. Messages name variables, never values.
function provider<T>(
  env: Env,
  name: string,
  required: readonly string[],
  build: (value: (key: string) => string) => T,
): T | undefined {
  const set = required.filter((key) => (env[key] ?? '') !== '');
  if (set.length === 0) return undefined;
  const missing = required.filter((key) => !set.includes(key));
  if (missing.length > 0)
    throw new Error(`${name}: ${set.join(', ')} set but ${missing.join(', ')} missing`);
  return build((key) => env[key] as string);
}

const optional = (env: Env, key: string) => (env[key] ? env[key] : undefined);

/** Reads the backend's configuration from environment variables (see README.md). */
export function readConfig(env: Env): BackendConfig {
  return {
    hashrails: provider(
      env,
      'Hashrails',
      ['HASHRAILS_CLIENT_ID', 'HASHRAILS_CLIENT_SECRET'],
      (v) => ({
        clientId: v('HASHRAILS_CLIENT_ID'),
        clientSecret: v('HASHRAILS_CLIENT_SECRET'),
        baseUrl: optional(env, 'HASHRAILS_BASE_URL'),
      }),
    ),
    volubile: provider(env, 'Volubile', ['VOLUBILE_API_KEY'], (v) => ({
      apiKey: v('VOLUBILE_API_KEY'),
      baseUrl: optional(env, 'VOLUBILE_BASE_URL'),
    })),
    blips: provider(
      env,
      'Blips',
      ['BLIPS_CLIENT_ID', 'BLIPS_CLIENT_SECRET', 'BLIPS_BASE_URL'],
      (v) => ({
        clientId: v('BLIPS_CLIENT_ID'),
        clientSecret: v('BLIPS_CLIENT_SECRET'),
        baseUrl: v('BLIPS_BASE_URL'),
      }),
    ),
  };
}
