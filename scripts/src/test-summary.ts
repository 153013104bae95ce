// Sums the vitest JSON reports of every workspace package into one line, "N passed, N failed,
// N suites skipped (…)", prints how many contract cases ran per provider next to the pairs its spec
// documents, and repeats every suite a package skipped for want of a service, so that a skip is
// said at the end of `pnpm test`, not only in passing. `.ci/run` passes its count of failed steps
// as the argument: then the skips go on the line before, and the last line is exactly
// "N passed, N failed", which CI parses.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './summarize-reports.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
for (const line of await summarize(root, process.argv[2])) console.log(line);
