// vitest globalSetup: a Prism mock of the package's own spec, for its contract test.
export { default } from '../../../scripts/src/prism/global-setup.js';
