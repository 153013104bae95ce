import { type BlipsClient, createBlipsClient } from '@apiclients/blips';
import { createHashrailsClient, type HashrailsClient } from '@apiclients/hashrails';
import { createVolubileClient, type Scope, type VolubileClient } from '@apiclients/volubile';
import type { BackendConfig } from './config.js';
import type { UpstreamStats } from './upstream-stats.js';

const SERVER_SCOPES: Scope[] = ['calls:read'];

export interface Clients {
  hashrails?: HashrailsClient;
  /** Server-side Volubile calls use a `calls:read` token minted with the key, not the key. */
  volubile?: VolubileClient;
  blips?: BlipsClient;
}

/**
 * One client per configured provider, created once: each client caches its token, so every
 * request the backend serves shares it.
 */
export function createClients(config: BackendConfig, stats: UpstreamStats): Clients {
  const observe = (provider: 'hashrails' | 'volubile' | 'blips') => ({
    fetch: stats.fetch(provider),
    onEvent: stats.onEvent(provider),
  });
  return {
    hashrails:
      config.hashrails && createHashrailsClient({ ...config.hashrails, ...observe('hashrails') }),
    volubile:
      config.volubile &&
      createVolubileClient({ ...config.volubile, scopes: SERVER_SCOPES, ...observe('volubile') }),
    blips: config.blips && createBlipsClient({ ...config.blips, ...observe('blips') }),
  };
}
