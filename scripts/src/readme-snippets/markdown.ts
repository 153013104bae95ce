// What the README checks read from a markdown file: its fenced code blocks, its snippet
// preludes (HTML comments) and its links, each with the 1-based line it starts on.

export interface CodeBlock {
  lang: string;
  code: string;
  /** The line of the block's first code line (the one after the opening fence). */
  line: number;
}

export interface Prelude {
  code: string;
  /** The line of the prelude's first code line (the one after `<!-- snippet-prelude`). */
  line: number;
}

export interface Link {
  target: string;
  line: number;
}

export interface MarkdownParts {
  blocks: CodeBlock[];
  preludes: Prelude[];
  links: Link[];
  headings: string[];
}

const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;
const preludeStart = /^<!--\s*snippet-prelude\b/;

export function parseMarkdown(text: string): MarkdownParts {
  const lines = text.split('\n');
  const parts: MarkdownParts = { blocks: [], preludes: [], links: [], headings: [] };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const open = fence.exec(line);
    if (open) {
      const marker = open[2] ?? '```';
      const end = findLine(lines, i + 1, (l) => l.trim().startsWith(marker));
      parts.blocks.push({
        lang: (open[3] ?? '').toLowerCase(),
        code: lines.slice(i + 1, end).join('\n'),
        line: i + 2,
      });
      i = end + 1;
      continue;
    }
    if (preludeStart.test(line)) {
      const end = findLine(lines, i + 1, (l) => l.trim() === '-->');
      parts.preludes.push({ code: lines.slice(i + 1, end).join('\n'), line: i + 2 });
      i = end + 1;
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) parts.headings.push(heading[1] ?? '');
    for (const match of withoutInlineCode(line).matchAll(
      /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    )) {
      parts.links.push({ target: match[1] ?? '', line: i + 1 });
    }
    i++;
  }
  return parts;
}

function findLine(lines: string[], from: number, test: (line: string) => boolean): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i] ?? '')) return i;
  return lines.length;
}

// A link written inside backticks is an example, not a link.
function withoutInlineCode(line: string): string {
  return line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
}

/** The anchors GitHub gives a file's headings: `## Per-call options` → `per-call-options`, repeats `-1`, `-2`… */
export function headingAnchors(headings: string[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const heading of headings) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
