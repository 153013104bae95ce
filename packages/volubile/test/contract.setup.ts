// How the generated contract tests (contract.gen.test.ts) build their client: exactly as users do.
import { createVolubileClient } from '../src/index.js';

export const createContractClient = (baseUrl: string) =>
  createVolubileClient({ apiKey: 'contract-test-api-key', baseUrl });
