// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do,
// so every Bearer comes from the spec's own token endpoint, mocked by Prism. No retries: a
// documented 429 or 5xx is the answer under test, not a fault to ride out.
import { createHashrailsClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createHashrailsClient({
    clientId: 'contract-client-id',
    clientSecret: 'contract-client-secret',
    baseUrl,
    maxRetries: 0,
  });
