import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/kit.ts', 'src/webhooks.ts'],
  format: ['esm', 'cjs'],
  // Shared code lives in one chunk for every entry, in CJS too: one AuthError class, so
  // `instanceof` holds whichever entry threw it.
  splitting: true,
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
