// Test-only: every way an error, an event or a client can end up in a log, searched for secrets.
import { inspect } from 'node:util';

/** The texts a value shows as: String(), JSON, deep inspect (hidden properties included). */
function renderings(value: unknown): string[] {
  const texts = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true })];
  try {
    texts.push(String(value));
  } catch {}
  try {
    texts.push(JSON.stringify(value) ?? '');
  } catch {}
  return texts;
}

/**
 * Where any of `secrets` shows in `value`: its renderings and, along its `cause` chain (and an
 * AggregateError's `errors`), each link's message, stack, renderings and own properties.
 * Returns one line per leak, so that `expect(findLeaks(…)).toEqual([])` says what leaked where.
 */
export function findLeaks(value: unknown, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string, depth: number) => {
    if (depth > 8 || seen.has(node)) return;
    if (typeof node === 'object' && node !== null) seen.add(node);
    const texts = renderings(node);
    if (node instanceof Error) texts.push(node.message, node.stack ?? '');
    if (typeof node === 'string') texts.push(node);
    for (const secret of secrets) {
      if (texts.some((text) => text.includes(secret))) leaks.push(`${path} shows ${secret}`);
    }
    if (typeof node !== 'object' || node === null) return;
    for (const name of Object.getOwnPropertyNames(node)) {
      if (name === 'stack' || name === 'message') continue;
      let child: unknown;
      try {
        child = (node as Record<string, unknown>)[name];
      } catch {
        continue;
      }
      visit(child, `${path}.${name}`, depth + 1);
    }
  };
  visit(value, 'value', 0);
  return [...new Set(leaks)];
}
