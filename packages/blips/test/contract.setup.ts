// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do.
// No retries: a documented error status is the answer under test, not a fault to ride out.
import { createBlipsClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createBlipsClient({
    clientId: 'contract-client-id',
    clientSecret: 'contract-client-secret',
    baseUrl,
    maxRetries: 0,
  });
