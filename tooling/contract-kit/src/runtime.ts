// The contract runtime the generated tests (test/contract.gen.test.ts) import: loads the spec,
// checks each response against it, serializes non-JSON request bodies, and reads the Prism URL.
// Its code lives with the generator in scripts/, which owns the spec loader it shares.
export * from '../../../scripts/src/contract/runtime.js';
