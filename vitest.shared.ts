// Test settings shared by every workspace package. Their source is the contract kit's, which
// client packages import by name (@apiclients/contract-kit/vitest); the others import this file.
export { testDefaults } from './tooling/contract-kit/src/vitest.js';
