import { builtinModules } from 'node:module';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const names = builtinModules.filter((name) => !name.startsWith('_')).map(escapeRegExp);
const quote = '["\'`]';
// An import, re-export, dynamic import or require of a Node built-in, with or without `node:`.
const importOfBuiltin = new RegExp(
  `(?:\\bfrom|\\bimport|\\brequire)\\s*\\(?\\s*${quote}((?:node:)?(?:${names.join('|')}))${quote}`,
  'g',
);
// Any `node:` specifier at all, even one only passed around as a string.
const nodeScheme = new RegExp(`${quote}(node:[\\w/]+)${quote}`, 'g');

/** The Node built-ins a piece of bundled JavaScript still refers to, each once. */
export function nodeBuiltinsIn(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(importOfBuiltin)) found.add(match[1] as string);
  for (const match of code.matchAll(nodeScheme)) found.add(match[1] as string);
  return [...found].sort();
}

/**
 * The modules Vite said it replaced with an empty stub for the browser. A production build leaves
 * no trace of them in its output, so its warnings are the only place they show.
 */
export function externalisedModules(warnings: readonly string[]): string[] {
  return warnings.flatMap((warning) =>
    [...warning.matchAll(/Module "([^"]+)" has been externalized for browser compatibility/g)].map(
      (match) => match[1] as string,
    ),
  );
}
