// A worker thread does not inherit the TypeScript loader of the thread that starts it under
// vitest (only under the tsx CLI): registered here, then the worker itself is imported.
import { register } from 'tsx/esm/api';

register();
await import('./contract-worker.ts');
