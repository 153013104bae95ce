import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planContract } from '../src/contract/plan-cases.js';
import { loadSpec } from '../src/load-spec.js';
import { makeContractProject } from './contract-project.js';

const repoRoot = join(import.meta.dirname, '../..');

type Report = Awaited<ReturnType<Awaited<ReturnType<typeof makeContractProject>>['test']>>;
const failuresOf = (report: Report) =>
  Object.fromEntries(
    report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === 'failed')
        .map((test) => [test.title, test.failureMessages[0]?.split('\n')[0] ?? '']),
    ),
  );

describe('a deliberate mismatch turns a contract case red', () => {
  it('a client sending a wrong field name: the case names the operation, the status and the rule', async () => {
    const project = await makeContractProject(
      join(repoRoot, 'specs/blips.yaml'),
      { Authorization: 'Basic aWQ6c2VjcmV0' },
      'blips',
    );
    try {
      project.rewrite('contract.gen.test.ts', (text) =>
        text.replaceAll('body: {"name":', 'body: {"nam":'),
      );
      const failures = failuresOf(await project.test());
      expect(Object.keys(failures).sort()).toEqual([
        'createToken: POST /tokens → 201',
        'createToken: POST /tokens → 400',
        'createToken: POST /tokens → 401',
      ]);
      expect(failures['createToken: POST /tokens → 201']).toBe(
        "ContractViolation: createToken (POST /tokens) → 201: Prism rejected the request (status 400): Request body must have required property 'name'",
      );
    } finally {
      project.dispose();
    }
  });

  it('a spec whose response example disagrees with its schema: reported, and the response check names the rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiclients-mismatch-'));
    const specPath = join(dir, 'zoo.yaml');
    const zoo = readFileSync(join(import.meta.dirname, 'fixtures/zoo.yaml'), 'utf8');
    // getAnimal's 200 now carries an example whose id is a string, where the schema says integer.
    writeFileSync(
      specPath,
      zoo.replace(
        '          description: One animal\n          content:\n            application/json:\n              schema: { $ref: "#/components/schemas/Animal" }',
        '          description: One animal\n          content:\n            application/json:\n              schema: { $ref: "#/components/schemas/Animal" }\n              example: { id: "seven", bornAt: "2020-01-01", name: Leo, species: lion, diet: { kind: carnivore, meatKg: 7 } }',
      ),
    );
    // The generator sees it first: it reports the example, and Prism's copy of the spec drops it.
    const { notes } = planContract(await loadSpec(specPath));
    expect(notes).toEqual([
      'getAnimal response 200 (application/json): the example contradicts its schema (/id must be integer)',
      'getAnimal response 200 (application/json): the mock drops it and generates the body from the schema',
    ]);
    // The runtime still judges each body against the spec it loads: checked against one where the
    // id is a string, the (integer) id Prism now sends for getAnimal fails, naming the rule.
    const strictPath = join(dir, 'zoo-strict.yaml');
    writeFileSync(
      strictPath,
      readFileSync(specPath, 'utf8').replace(
        /( {4}Animal:\n {6}allOf:\n[\s\S]*?id: \{ type: )integer/,
        '$1string',
      ),
    );
    const project = await makeContractProject(specPath, { 'X-Keeper-Key': 'k' });
    project.rewrite('contract.gen.test.ts', (text) =>
      text
        .replace(
          'const contract = await',
          `const strict = await loadContract(${JSON.stringify(strictPath)});\nconst contract = await`,
        )
        .replace(
          'contract.expect(result, {"operationId":"getAnimal","method":"get","path":"/animals/{animalId}","status":200',
          'strict.expect(result, {"operationId":"getAnimal","method":"get","path":"/animals/{animalId}","status":200',
        ),
    );
    try {
      const failures = failuresOf(await project.test());
      expect(failures).toEqual({
        'getAnimal: GET /animals/{animalId} → 200':
          'ContractViolation: getAnimal (GET /animals/{animalId}) → 200: response body violates the spec: /id must be string (rule #/allOf/1/properties/id/type)',
      });
    } finally {
      project.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
