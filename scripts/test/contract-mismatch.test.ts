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
    // The generator sees it first: it reports the example and asks Prism for a generated body.
    const { notes } = planContract(await loadSpec(specPath));
    expect(notes).toEqual([
      'getAnimal response 200 (application/json): the example contradicts its schema (/id must be integer)',
      'getAnimal response 200 (application/json): Prism generates the body instead',
    ]);
    const project = await makeContractProject(specPath, { 'X-Keeper-Key': 'k' });
    // Asked for the example anyway, Prism returns it: the runtime check names the rule.
    project.rewrite('contract.gen.test.ts', (text) =>
      text.replace('"Prefer":"code=200, dynamic=true"', '"Prefer":"code=200"'),
    );
    try {
      const failures = failuresOf(await project.test());
      expect(failures).toEqual({
        'getAnimal: GET /animals/{animalId} → 200':
          'ContractViolation: getAnimal (GET /animals/{animalId}) → 200: response body violates the spec: /id must be integer (rule #/allOf/1/properties/id/type)',
      });
    } finally {
      project.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
