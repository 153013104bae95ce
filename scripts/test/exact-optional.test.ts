import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A consumer whose tsconfig has `exactOptionalPropertyTypes` (and `strict`) passes options read
// from the environment, `string | undefined`, straight through. Compiled against the packages'
// published types (dist/*.d.ts, through their exports maps): run `pnpm build` first.
describe('option types under exactOptionalPropertyTypes', () => {
  it('a consumer passing `T | undefined` for every optional option compiles', () => {
    const file = join(import.meta.dirname, 'fixtures/exact-optional/consumer.ts');
    const program = ts.createProgram([file], {
      strict: true,
      exactOptionalPropertyTypes: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
      noEmit: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(errors).toEqual([]);
  });
});
