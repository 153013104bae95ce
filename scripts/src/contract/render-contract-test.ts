import { header } from '../header.js';
import type { LoadedSpec } from '../load-spec.js';
import { type ContractCase, planContract, type UntestedPair } from './plan-cases.js';
import { deref } from './spec-access.js';
import { typeCases } from './type-cases.js';

export interface ContractRenderOptions {
  /** The spec as `loadContract` should open it: relative to the repository root, or absolute. */
  readonly specPath: string;
  /** The key of this spec's Prism URL in vitest's provided `prism` map. */
  readonly name: string;
  /** Import specifier of the contract runtime (`@apiclients/contract-kit/runtime` in a package). */
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

// Non-JSON request bodies need a serializer (from the contract runtime) and, unless fetch writes
// it (FormData: the multipart boundary), their content type.
function bodyExtras(c: ContractCase): { code: string; contentType?: string } {
  if (!c.body) return { code: '' };
  const { kind, mediaType } = c.body;
  if (kind === 'form') return { code: 'bodySerializer: formBody, ', contentType: mediaType };
  if (kind === 'multipart')
    return { code: `bodySerializer: multipartBody(${lit(c.body.binaryFields ?? [])}), ` };
  if (kind === 'text') return { code: 'bodySerializer: textBody, ', contentType: mediaType };
  if (kind === 'binary') return { code: 'bodySerializer: binaryBody, ', contentType: mediaType };
  if (!/json/i.test(mediaType))
    return {
      code: 'bodySerializer: (body: unknown) => JSON.stringify(body), ',
      contentType: mediaType,
    };
  return { code: '' };
}

function renderCase(c: ContractCase): string {
  const options = requestOptions(c);
  const extras = bodyExtras(c);
  const headers = {
    Prefer: c.prefer,
    ...(c.accept ? { Accept: c.accept } : {}),
    ...(extras.contentType ? { 'Content-Type': extras.contentType } : {}),
  };
  const rest = Object.entries(options)
    .map(([key, value]) => `${key}: ${lit(value)}, `)
    .join('');
  const parseAs = c.parseAs === 'json' ? '' : `parseAs: ${lit(c.parseAs)}, `;
  // A documented redirect is the answer under test: fetch must not follow it.
  const redirect = c.status >= 300 && c.status < 400 ? 'redirect: "manual", ' : '';
  const meta = {
    operationId: c.operationId,
    method: c.method,
    path: c.path,
    status: c.status,
    response: c.responsePointer,
  };
  const documented = c.documented === String(c.status) ? '' : ` (${c.documented})`;
  return [
    `  it(${lit(`${c.operationId}: ${c.method.toUpperCase()} ${c.path} → ${c.status}${documented}`)}, async () => {`,
    `    const result = await client.${c.method.toUpperCase()}(${lit(c.path)}, { ${rest}${extras.code}${parseAs}${redirect}headers: ${lit(headers)} });`,
    `    contract.expect(result, ${lit(meta)});`,
    '  });',
  ].join('\n');
}

export interface ContractRenderResult {
  readonly content: string;
  readonly caseCount: number;
  /** The spec's (operation, documented status) pairs. */
  readonly documented: number;
  /** The pairs without a case, each with the spec defect that prevents one. */
  readonly untested: UntestedPair[];
  /** Examples replaced by sampled values because they contradict their schema. */
  readonly notes: string[];
}

/** `test/contract.gen.test.ts`: one test per operation × documented status, plus type-level cases. */
export function renderContractTest(
  spec: LoadedSpec,
  options: ContractRenderOptions,
): ContractRenderResult {
  const plan = planContract(spec);
  const plans = plan.operations;
  const cases = plans.flatMap((plan) => plan.cases);
  const resolveRef = (value: unknown) => deref(spec.document, value);
  const typeLines = plans.flatMap((operation) =>
    typeCases(
      operation,
      requestOptions({
        params: operation.cases[0]?.params ?? { path: {}, query: {}, header: {} },
        ...(operation.body ? { body: operation.body } : {}),
        parseAs: 'json',
      }),
      resolveRef,
    ).map((typeCase) =>
      [
        `  // @ts-expect-error ${operation.operationId}: ${typeCase.why}`,
        `  client.${operation.method.toUpperCase()}(${lit(operation.path)}, ${lit(typeCase.options)});`,
      ].join('\n'),
    ),
  );
  const serializers = ['formBody', 'multipartBody', 'binaryBody', 'textBody'].filter((name) =>
    cases.some((c) => bodyExtras(c).code.includes(name)),
  );
  const untested = plan.untested.map(
    (pair) =>
      `//   ${pair.operationId} (${pair.method.toUpperCase()} ${pair.path}) → ${pair.status}: ${pair.reason}`,
  );
  const content = [
    header(spec.file),
    'import { describe, it } from "vitest";',
    `import { ${['loadContract', 'prismUrl', ...serializers].join(', ')} } from ${lit(options.runtimeImport)};`,
    'import { createContractClient } from "./contract.setup.js";',
    '',
    ...(untested.length > 0
      ? [
          `// ${untested.length} of the spec's ${plan.documented} documented (operation, status) pairs have no case:`,
          ...untested,
          '',
        ]
      : []),
    `const contract = await loadContract(${lit(options.specPath)});`,
    `const client = createContractClient(prismUrl(${lit(options.name)}));`,
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
  return {
    content,
    caseCount: cases.length,
    documented: plan.documented,
    untested: plan.untested,
    notes: plan.notes,
  };
}
