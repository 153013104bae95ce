import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadmeLinks, repositoryUrl } from '../src/readme-snippets/links.js';
import { findReadmes } from '../src/readme-snippets/readmes.js';

// A package README is read on npm: its relative links must name files its tarball ships. The
// root and example READMEs are read on GitHub: their links must name files of the repository.
const root = join(import.meta.dirname, '../..');

describe('README links work where the README is read', () => {
  const repoUrl = repositoryUrl(root);
  it.each(findReadmes(root))('%s', (readme) => {
    expect(checkReadmeLinks(root, readme, repoUrl)).toEqual([]);
  });
});

describe('the link checker', () => {
  const fixture = join(import.meta.dirname, 'fixtures/readme-links');
  const repoUrl = 'https://github.com/acme/demo';
  const lines = (readme: string) =>
    checkReadmeLinks(fixture, readme, repoUrl).map((e) => `${e.readme}:${e.line}: ${e.message}`);

  it('fails a package README link to a file outside its tarball, a missing file or anchor, and a missing repository path', () => {
    const readme = 'packages/demo/README.md';
    expect(lines(readme)).toEqual([
      `${readme}:11: ../../docs/guide.md: not in the npm tarball of packages/demo (its package.json "files", README, LICENSE, package.json): broken on npm; link to ${repoUrl}/blob/main/docs/guide.md instead`,
      `${readme}:12: ./lib/missing.js: packages/demo/lib/missing.js does not exist`,
      `${readme}:12: #nope: no heading of ${readme} has the anchor #nope`,
      `${readme}:12: ${repoUrl}/blob/main/docs/guide.md#teardown: no heading of docs/guide.md has the anchor #teardown`,
      `${readme}:13: ${repoUrl}/tree/main/docs/missing.md: docs/missing.md does not exist`,
    ]);
  });

  it('lets a root README link to any repository file, and fails a missing one or a missing anchor', () => {
    expect(lines('README.md')).toEqual([
      'README.md:4: docs/gone.md: docs/gone.md does not exist',
      'README.md:4: docs/guide.md#install: no heading of docs/guide.md has the anchor #install',
    ]);
  });
});
