import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { headingAnchors, parseMarkdown } from './markdown.js';

// A README link must work where the README is read. A package's README is read on npm, where only
// its tarball exists: a relative link must name a file the tarball ships. The root and example
// READMEs are read on GitHub: a relative link must name a file of the repository. An anchor must
// name a heading of its file. Absolute links are taken as they are, except those into this
// repository's own tree (`https://github.com/<repo>/blob/<branch>/<path>`), which must name a path that exists.

export interface LinkError {
  readme: string;
  line: number;
  message: string;
}

// npm ships these whatever `files` says.
const alwaysShipped = /^(package\.json|readme(\.[^/]*)?|licen[cs]e(\.[^/]*)?)$/i;

export function checkReadmeLinks(root: string, readme: string, repoUrl: string): LinkError[] {
  const text = readFileSync(join(root, readme), 'utf8');
  const parts = parseMarkdown(text);
  const readmeDir = posix.dirname(readme);
  const packageDir = readmeDir.startsWith('packages/') ? readmeDir : undefined;
  const shipped = packageDir ? shippedTest(join(root, packageDir)) : undefined;
  const errors: LinkError[] = [];
  for (const { target, line } of parts.links) {
    const fail = (message: string) =>
      errors.push({ readme, line, message: `${target}: ${message}` });
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      const own = ownRepoPath(target, repoUrl);
      if (own !== undefined) checkTarget(root, own.path, own.anchor, fail);
      continue;
    }
    const [path = '', anchor] = target.split('#', 2);
    if (path === '') {
      if (anchor !== undefined && !headingAnchors(parts.headings).has(anchor)) {
        fail(`no heading of ${readme} has the anchor #${anchor}`);
      }
      continue;
    }
    const resolved = posix.normalize(posix.join(readmeDir, path));
    if (packageDir && shipped) {
      const inPackage = posix.relative(packageDir, resolved);
      if (inPackage.startsWith('..') || !shipped(inPackage)) {
        fail(
          `not in the npm tarball of ${packageDir} (its package.json "files", README, LICENSE, package.json): broken on npm; link to ${repoUrl}/blob/main/${resolved}${anchor === undefined ? '' : `#${anchor}`} instead`,
        );
        continue;
      }
    }
    checkTarget(root, resolved, anchor, fail);
  }
  return errors;
}

function checkTarget(
  root: string,
  path: string,
  anchor: string | undefined,
  fail: (message: string) => void,
) {
  const file = join(root, path);
  if (!existsSync(file)) return fail(`${path} does not exist`);
  if (anchor === undefined || statSync(file).isDirectory() || !/\.md$/i.test(path)) return;
  const headings = parseMarkdown(readFileSync(file, 'utf8')).headings;
  if (!headingAnchors(headings).has(anchor))
    fail(`no heading of ${path} has the anchor #${anchor}`);
}

function ownRepoPath(
  url: string,
  repoUrl: string,
): { path: string; anchor: string | undefined } | undefined {
  if (!url.startsWith(`${repoUrl}/`)) return undefined;
  const match = /^(?:blob|tree)\/[^/]+\/([^#?]*)(?:#(.*))?$/.exec(url.slice(repoUrl.length + 1));
  if (!match) return undefined;
  return { path: match[1] ?? '', anchor: match[2] };
}

// `files` entries are paths or globs relative to the package; a directory ships whole.
function shippedTest(packageDir: string): (path: string) => boolean {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    files?: string[];
  };
  const patterns = (manifest.files ?? []).map(globToRegExp);
  return (path) =>
    alwaysShipped.test(path) ||
    manifest.files === undefined ||
    patterns.some((pattern) => pattern.test(path));
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .replace(/\/$/, '')
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
    .replace(/\[\^\/\]\*\[\^\/\]\*/g, '.*');
  return new RegExp(`^${body}(/.*)?$`);
}

/** The repository's GitHub URL, from the root package.json's (or the first package's) `repository`. */
export function repositoryUrl(root: string): string {
  const manifests = [join(root, 'package.json'), join(root, 'packages/auth-session/package.json')];
  for (const manifest of manifests) {
    if (!existsSync(manifest)) continue;
    const { repository } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      repository?: string | { url?: string };
    };
    const url = typeof repository === 'string' ? repository : repository?.url;
    if (url) return url.replace(/^git\+/, '').replace(/\.git$/, '');
  }
  throw new Error(
    `no "repository" in ${relative(root, manifests[0] ?? '')} or the packages' package.json`,
  );
}
