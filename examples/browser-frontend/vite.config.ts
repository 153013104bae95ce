import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The page asks its own origin for /api/*, so the token endpoint needs no CORS.
const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:8787';
const page = (name: string) => resolve(import.meta.dirname, name);

export default defineConfig({
  server: { proxy: { '/api': backend } },
  preview: { proxy: { '/api': backend } },
  build: {
    rolldownOptions: { input: { main: page('index.html'), guard: page('guard.html') } },
  },
});
