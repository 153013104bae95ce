import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(join(srcDir, file), 'utf8')] as const);

// The same build runs in browsers, Deno, Bun and edge workers: no Node built-ins, no
// dependencies, no interval timers.
describe('runtime code', () => {
  it.each(sources)('%s uses web standards only', (_, text) => {
    const code = text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(/from ['"](node:|[a-z@][^'"]*)['"]/);
    expect(code).not.toMatch(
      /\b(require\(|process\.|Buffer\b|setInterval|setImmediate|globalThis\.process)/,
    );
  });

  it('declares no runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(join(srcDir, '../package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });
});
