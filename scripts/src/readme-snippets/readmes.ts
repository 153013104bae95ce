import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The READMEs whose snippets and links are checked, repo-relative: the root one, each package's, each example's. */
export function findReadmes(root: string): string[] {
  const found = ['README.md'];
  for (const dir of ['packages', 'examples']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const readme = `${dir}/${name}/README.md`;
      if (existsSync(join(root, readme))) found.push(readme);
    }
  }
  return found;
}
