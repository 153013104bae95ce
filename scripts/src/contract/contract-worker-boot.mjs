// A worker thread does not inherit the TypeScript loader of the thread that starts it (not under
// the tsx CLI, not under vitest): registered here, then the worker itself is imported.
import { register } from 'tsx/esm/api';

register();
await import('./contract-worker.ts');
// Every module the worker runs is loaded now: source maps (which tsx turned on) would only make
// Node scan each validator Ajv compiles (hundreds of `new Function`s, 2 MB of code on a large
// spec) for a source map comment. This thread's setting; the main thread keeps its own.
process.setSourceMapsEnabled(false);
