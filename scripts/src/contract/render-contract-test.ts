import type { LoadedSpec } from '../load-spec.js';
import { header } from '../render.js';
import { type ContractCase, planOperations } from './plan-cases.js';
import { deref } from './spec-access.js';
import { typeCases } from './type-cases.js';

export interface ContractRenderOptions {
  /** The spec as `loadContract` should open it: relative to the repository root, or absolute. */
  readonly specPath: string;
  /** The key of this spec's Prism URL in vitest's provided `prism` map. */
  readonly name: string;
  /** Import specifier of scripts/src/contract/runtime.ts, from the generated file. */
  readonly runtimeImport: string;
}

const lit = (value: unknown) => JSON.stringify(value);

// The openapi-fetch options for a case, as plain data (the Prefer header is added separately).
function requestOptions(c: Pick<ContractCase, 'params' | 'body' | 'parseAs'>) {
  const options: Record<string, unknown> = {};
  const params = Object.fromEntries(
    Object.entries(c.params).filter(([, values]) => Object.keys(values).length > 0),
  );
  if (Object.keys(params).length > 0) options.params = params;
  if (c.body) options.body = c.body.value;
  return options;
}

// Non-JSON request bodies need a serializer and their content type.
function bodyExtras(c: ContractCase): { code: string; contentType?: string } {
  if (!c.body) return { code: '' };
  const type = c.body.mediaType;
  if (type === 'application/x-www-form-urlencoded') {
    return {
      code: 'bodySerializer: (body: unknown) => new URLSearchParams(body as Record<string, string>), ',
      contentType: type,
    };
  }
  if (type.startsWith('text/'))
    return { code: 'bodySerializer: (body: unknown) => String(body), ', contentType: type };
  if (!/json/i.test(type))
    return { code: 'bodySerializer: (body: unknown) => JSON.stringify(body), ', contentType: type };
  return { code: '' };
}

function renderCase(c: ContractCase): string {
  const options = requestOptions(c);
  const extras = bodyExtras(c);
  const headers = {
    Prefer: c.prefer,
    ...(extras.contentType ? { 'Content-Type': extras.contentType } : {}),
  };
  const rest = Object.entries(options)
    .map(([key, value]) => `${key}: ${lit(value)}, `)
    .join('');
  const parseAs = c.parseAs === 'json' ? '' : `parseAs: ${lit(c.parseAs)}, `;
  const meta = {
    operationId: c.operationId,
    method: c.method,
    path: c.path,
    status: c.status,
    response: c.responsePointer,
  };
  return [
    `  it(${lit(`${c.operationId}: ${c.method.toUpperCase()} ${c.path} → ${c.status}`)}, async () => {`,
    `    const result = await client.${c.method.toUpperCase()}(${lit(c.path)}, { ${rest}${extras.code}${parseAs}headers: ${lit(headers)} });`,
    `    contract.expect(result, ${lit(meta)});`,
    '  });',
  ].join('\n');
}

/** `test/contract.gen.test.ts`: one test per operation × documented status, plus type-level cases. */
export function renderContractTest(
  spec: LoadedSpec,
  options: ContractRenderOptions,
): { content: string; caseCount: number } {
  const plans = planOperations(spec);
  const cases = plans.flatMap((plan) => plan.cases);
  const resolveRef = (value: unknown) => deref(spec.document, value);
  const typeLines = plans.flatMap((plan) =>
    typeCases(
      plan,
      requestOptions({
        params: plan.cases[0]?.params ?? { path: {}, query: {}, header: {} },
        body: plan.body,
        parseAs: 'json',
      }),
      resolveRef,
    ).map((typeCase) =>
      [
        `  // @ts-expect-error ${plan.operationId}: ${typeCase.why}`,
        `  client.${plan.method.toUpperCase()}(${lit(plan.path)}, ${lit(typeCase.options)});`,
      ].join('\n'),
    ),
  );
  const content = [
    header(spec.file),
    'import { describe, inject, it } from "vitest";',
    `import { loadContract } from ${lit(options.runtimeImport)};`,
    'import { createContractClient } from "./contract.setup.js";',
    '',
    `const contract = await loadContract(${lit(options.specPath)});`,
    `const client = createContractClient(inject("prism")[${lit(options.name)}] as string);`,
    '',
    `describe(${lit(`contract: ${spec.file} (${cases.length} cases)`)}, () => {`,
    cases.map(renderCase).join('\n\n'),
    '});',
    '',
    '/** Type-level contract: `pnpm typecheck` proves each call below does not compile. Never run. */',
    'export function typeContract() {',
    ...typeLines,
    '}',
    '',
  ].join('\n');
  return { content, caseCount: cases.length };
}
