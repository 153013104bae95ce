// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do,
// minting scoped Bearer tokens with the API key from Prism's mock of the token endpoint. No
// retries: a documented 429 is the answer under test, not a fault to ride out.
import { createVolubileClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createVolubileClient({
    apiKey: 'contract-test-api-key',
    scopes: ['calls:read', 'calls:write'],
    baseUrl,
    maxRetries: 0,
  });
