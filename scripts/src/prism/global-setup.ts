// vitest globalSetup for a client package: a Prism mock of the package's own spec
// (packages/<name> → specs/<name>.yaml, .yml or .json), provided to the tests as
// inject('prism')[name] (read it with `prismUrl(name)` from the contract runtime). Client
// packages reach it by name, through @apiclients/contract-kit/vitest.
import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findSpec } from '../list-specs.js';
import { startPrism } from './launcher.js';

const repoRoot = join(import.meta.dirname, '../../..');

export default async function setup(project: TestProject) {
  const name = basename(project.config.root);
  const spec = findSpec(repoRoot, name);
  if (!spec)
    throw new Error(`no spec for package ${name}: expected specs/${name}.yaml, .yml or .json`);
  const fleet = await startPrism({ [name]: join(repoRoot, spec.file) });
  project.provide('prism', { [name]: fleet.mocks[name]?.url as string });
  return () => fleet.stop();
}
