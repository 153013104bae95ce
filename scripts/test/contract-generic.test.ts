import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractProject } from './contract-project.js';

const zoo = join(import.meta.dirname, 'fixtures/zoo.yaml');
let project: Awaited<ReturnType<typeof makeContractProject>>;

beforeAll(async () => {
  project = await makeContractProject(zoo, { 'X-Keeper-Key': 'keeper-key' });
});
afterAll(() => project?.dispose());

describe('contract generator on a spec of its own (zoo.yaml)', () => {
  it('one case per operation x documented status, every one green against Prism', async () => {
    // 2 + 2 + 2 + 2 + 2 + 1: listAnimals, addAnimal, getAnimal, releaseAnimal, feedingSchedule, login
    expect(project.caseCount).toBe(11);
    const report = await project.test();
    expect(report.failures).toEqual([]);
    expect(report.numPassedTests).toBe(11);
  });

  it('the type-level cases are all errors, and the accepted requests all compile', async () => {
    expect(await project.typecheck()).toEqual({ ok: true, output: '' });
  });

  it('a type-level case fails typecheck when the types stop rejecting it', async () => {
    // Loosen the generated types: `species` accepts any string, so the enum case compiles.
    project.rewrite('schema.ts', (text) =>
      text.replace('Species: "lion" | "zebra" | "penguin";', 'Species: string;'),
    );
    const result = await project.typecheck();
    expect(result.ok).toBe(false);
    expect(result.output).toContain("error TS2578: Unused '@ts-expect-error' directive.");
  });
});
