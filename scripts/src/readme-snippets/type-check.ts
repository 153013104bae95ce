import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { type CodeBlock, type Prelude, parseMarkdown } from './markdown.js';

// Every ```ts block of a README must compile as a user's project would compile it: strict,
// exactOptionalPropertyTypes, ESM with NodeNext resolution, `@apiclients/*` resolved through
// node_modules to the built packages' published types (dist/*.d.ts, through their exports maps).
export const snippetCompilerOptions: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  // A prelude is a script: its declarations are globals that the README's snippets see, and that a
  // snippet's own import or declaration of the same name shadows (each snippet is a module).
  moduleDetection: ts.ModuleDetectionKind.Legacy,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  skipLibCheck: true,
  noEmit: true,
};

export interface SnippetError {
  readme: string;
  line: number;
  message: string;
}

export const checkedLanguages = new Set(['ts', 'typescript']);

/** `packages/hashrails/README.md:123: TS2304 Cannot find name 'x'.` */
export function formatSnippetError(error: SnippetError): string {
  return `${error.readme}:${error.line}: ${error.message}`;
}

interface SnippetFile {
  readme: string;
  /** The README line of the file's first line. */
  line: number;
}

/**
 * A checker for the ts blocks of READMEs (repo-relative paths under `root`): one program per
 * README (a README's prelude is global to its snippets, not to other READMEs'), sharing the
 * parsed lib and package declarations. It returns the errors located at the README line they point
 * to. The snippets are written under `outDir` (wiped first), which must sit where `@apiclients/*`
 * resolve through node_modules, as in a user's project.
 */
export function createSnippetChecker(
  root: string,
  outDir: string,
): (readme: string) => SnippetError[] {
  rmSync(outDir, { recursive: true, force: true });
  const host = sharedHost();
  return (readme) => {
    const parts = parseMarkdown(readFileSync(join(root, readme), 'utf8'));
    const dir = join(
      outDir,
      readme.replace(/\/?README\.md$/i, '').replace(/[^\w-]+/g, '_') || 'root',
    );
    const blocks = parts.blocks.filter((block) => checkedLanguages.has(block.lang));
    return typeCheck(writeSnippets(dir, parts.preludes, blocks, readme), host, readme);
  };
}

function writeSnippets(
  dir: string,
  preludes: Prelude[],
  blocks: CodeBlock[],
  readme: string,
): Map<string, SnippetFile> {
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, SnippetFile>();
  for (const prelude of preludes) {
    const file = join(dir, `prelude-${prelude.line}.ts`);
    writeFileSync(file, `${prelude.code}\n`);
    files.set(file, { readme, line: prelude.line });
  }
  for (const block of blocks) {
    const file = join(dir, `snippet-${block.line}.mts`);
    // Appended, not prepended, so that the file's lines are the block's: a module either way.
    writeFileSync(file, `${block.code}\nexport {};\n`);
    files.set(file, { readme, line: block.line });
  }
  return files;
}

function typeCheck(
  files: Map<string, SnippetFile>,
  host: ts.CompilerHost,
  readme: string,
): SnippetError[] {
  if (files.size === 0) return [];
  const program = ts.createProgram([...files.keys()], snippetCompilerOptions, host);
  const errors: SnippetError[] = program.getGlobalDiagnostics().map((diagnostic) => ({
    readme,
    line: 0,
    message: messageOf(diagnostic),
  }));
  for (const [file, origin] of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const diagnostic of diagnostics) {
      const at = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      errors.push({ readme, line: origin.line + at.line, message: messageOf(diagnostic) });
    }
  }
  return errors.sort((a, b) => a.line - b.line);
}

function messageOf(diagnostic: ts.Diagnostic): string {
  return `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
}

// The lib files and the packages' declarations are parsed once per process, for every program.
let host: ts.CompilerHost | undefined;
function sharedHost(): ts.CompilerHost {
  host ??= cachingHost(snippetCompilerOptions);
  return host;
}

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const cache = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, shouldCreate) => {
    const snippet = /[\\/]snippet-\d+\.mts$|[\\/]prelude-\d+\.ts$/.test(fileName);
    if (snippet) return getSourceFile(fileName, language, onError, shouldCreate);
    const key = `${fileName}\0${typeof language === 'object' ? language.impliedNodeFormat : ''}`;
    if (!cache.has(key)) cache.set(key, getSourceFile(fileName, language, onError, shouldCreate));
    return cache.get(key);
  };
  return host;
}
