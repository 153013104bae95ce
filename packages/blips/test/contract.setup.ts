// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do.
import { createBlipsClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createBlipsClient({
    clientId: 'contract-client-id',
    clientSecret: 'contract-client-secret',
    baseUrl,
  });
