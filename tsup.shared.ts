// Every package's build: ESM + CJS + declarations, for browsers and servers alike. Plain data, so
// that this file needs no dependency of its own; each package passes it to tsup's defineConfig.
export const packageConfig = (entry: string[] = ['src/index.ts']) => ({
  entry,
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  // With several entries, shared code lives in one chunk, in CJS too: one AuthError class, so
  // `instanceof` holds whichever entry threw it.
  splitting: entry.length > 1,
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral' as const,
  sourcemap: false,
});
