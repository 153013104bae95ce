// The release flow without publishing: changesets are valid, each package packs to exactly what
// should ship, and a plain npm project installs every tarball and uses the clients from ESM and CJS.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
// Every published package: each folder of packages/ whose package.json is not private, so that
// a package generated from a new spec is packed and checked with no edit here.
const packages = readdirSync(join(root, 'packages')).filter((dir) => {
  const manifest = join(root, 'packages', dir, 'package.json');
  return (
    existsSync(manifest) &&
    !(JSON.parse(readFileSync(manifest, 'utf8')) as { private?: boolean }).private
  );
});
const work = mkdtempSync(join(tmpdir(), 'apiclients-release-'));
const tarballs = join(work, 'tarballs');
const consumer = join(work, 'consumer');

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  mkdirSync(tarballs);
  for (const name of packages) {
    // pnpm pack turns workspace: ranges into the real versions a registry would see.
    await run('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', tarballs], {
      cwd: join(root, 'packages', name),
    });
  }
}, 120_000);

describe('release flow', () => {
  it('changeset status accepts the pending changesets', async () => {
    const { stdout } = await run('npx', ['changeset', 'status'], { cwd: root });
    expect(stdout).not.toContain('error');
  });

  it('each tarball holds only dist/, README.md, LICENSE and package.json', async () => {
    const files = readdirSync(tarballs).sort();
    expect(files.map((file) => file.replace(/-\d+\.\d+\.\d+.*\.tgz$/, ''))).toEqual(
      packages.map((name) => `apiclients-${name}`).sort(),
    );
    for (const file of files) {
      const { stdout } = await run('tar', ['-tzf', join(tarballs, file)]);
      const entries = stdout.trim().split('\n');
      const outside = entries.filter(
        (entry) => !/^package\/(dist\/.+|README\.md|LICENSE|package\.json)$/.test(entry),
      );
      expect({ file, outside }).toEqual({ file, outside: [] });
      expect(entries).toEqual(
        expect.arrayContaining([
          'package/README.md',
          'package/LICENSE',
          'package/package.json',
          'package/dist/index.js',
          'package/dist/index.cjs',
          'package/dist/index.d.ts',
          'package/dist/index.d.cts',
        ]),
      );
    }
  });

  describe('a plain npm consumer', () => {
    beforeAll(async () => {
      mkdirSync(consumer);
      writeFileSync(
        join(consumer, 'package.json'),
        JSON.stringify({ name: 'consumer', private: true }),
      );
      const files = readdirSync(tarballs).map((file) => join(tarballs, file));
      await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files], {
        cwd: consumer,
      });
    }, 120_000);

    // Each client, from each module system: construct, call through a recording fetch, and
    // check the credentials the spec asks for; AuthError is one class across packages. (These five
    // are named: the script is about what each does.)
    const script = (load: (name: string) => string) => `
      const h = ${load('@apiclients/hashrails')}; const v = ${load('@apiclients/volubile')};
      const b = ${load('@apiclients/blips')}; const s = ${load('@apiclients/auth-session')};
      const seen = [];
      const fetch = async (request) => { seen.push(request.method + ' ' + request.url + ' ' + (request.headers.get('authorization') ?? request.headers.get('x-api-key'))); return Response.json({ data: [] }); };
      await h.createHashrailsClient({ getToken: async () => 'tok', fetch }).GET('/v1/transactions');
      await v.createVolubileClient({ apiKey: 'key', fetch }).GET('/v1/calls');
      await b.createBlipsClient({ clientId: 'id', clientSecret: 'secret', baseUrl: 'https://blips.test', fetch }).GET('/tokens');
      seen.push(h.AuthError === s.AuthError && v.RequestError === s.RequestError && typeof v.issueVolubileToken);
      const r = ${load('@apiclients/redis-store')}; const map = new Map();
      const store = r.createRedisStore({ flavor: 'node-redis', encryptionKey: 'k'.repeat(32), client: {
        get: async (key) => map.get(key) ?? null, set: async (key, value) => map.set(key, value), eval: async () => 0 } });
      await store.set('key', { accessToken: 'tok', issuedAt: 1 });
      seen.push((await store.get('key')).accessToken + ' ' + [...map.values()][0].slice(0, 3));
      console.log(JSON.stringify(seen));
    `;
    const expected = [
      'GET https://api.railsfromthecrypt.com/v1/transactions Bearer tok',
      'GET https://api.eu.volubile.ai/v1/calls key',
      'GET https://blips.test/tokens Basic aWQ6c2VjcmV0',
      'function',
      'tok v1:',
    ];

    it('ESM: import() of the hand-made packages works end to end', async () => {
      const code = `(async () => {${script((name) => `await import('${name}')`)}})()`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
        cwd: consumer,
      });
      expect(JSON.parse(stdout)).toEqual(expected);
    });

    it('CJS: require() of the hand-made packages works end to end', async () => {
      const code = `(async () => {${script((name) => `require('${name}')`)}})()`;
      const { stdout } = await run(process.execPath, ['--input-type=commonjs', '-e', code], {
        cwd: consumer,
      });
      expect(JSON.parse(stdout)).toEqual(expected);
    });
  });
});
