// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do.
import { createHashrailsClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createHashrailsClient({ getToken: async () => 'contract-test-token', baseUrl });
