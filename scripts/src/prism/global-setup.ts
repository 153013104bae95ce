// vitest globalSetup for a client package: a Prism mock of the package's own spec
// (packages/<name> → specs/<name>.yaml), provided to the tests as inject('prism')[name].
import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrism } from './launcher.js';

const repoRoot = join(import.meta.dirname, '../../..');

export default async function setup(project: TestProject) {
  const name = basename(project.config.root);
  const fleet = await startPrism({ [name]: join(repoRoot, 'specs', `${name}.yaml`) });
  project.provide('prism', { [name]: fleet.mocks[name]?.url as string });
  return () => fleet.stop();
}
