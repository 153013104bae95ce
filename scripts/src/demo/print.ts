// The demo's output: plain lines, readable in a terminal and in a CI log alike.

export const say = (text = '') => console.log(text);
export const detail = (text: string) => console.log(`   ${text}`);

/** Enough of a secret to recognise it, never enough to use it. */
export const mask = (secret: string) =>
  secret.length <= 8
    ? '•'.repeat(secret.length)
    : `${secret.slice(0, 4)}… (${secret.length} chars)`;

/** Left-aligned columns, two spaces apart. */
export function table(rows: readonly (readonly string[])[], indent = '   '): void {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  for (const row of rows)
    console.log(
      `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`,
    );
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
