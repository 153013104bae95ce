import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSpecs } from '../src/list-specs.js';

const root = join(import.meta.dirname, '../..');

// Each package resolves its own name through its `exports` map (package self-reference), exactly
// as a consumer's `require` and `import` would, against the built dist/. Each row: the package's
// directory, the entry (`''` for the root one, else a subpath) and a function it exports.
const entries: readonly [dir: string, subpath: string, exported: string][] = [
  ['auth-session', '', 'createTokenSession'],
  ['hashrails', '', 'createHashrailsClient'],
  ['hashrails', '/frontend', 'createHashrailsClient'],
  ['volubile', '', 'createVolubileClient'],
  ['volubile', '/frontend', 'createVolubileClient'],
  ['blips', '', 'createBlipsClient'],
  ['auth-session', '/webhooks', 'verifySignedWebhook'],
  ['hashrails', '/webhooks', 'verifyWebhook'],
  ['volubile', '/webhooks', 'verifyWebhook'],
  // Every package generated from a spec, named or not above: its root entry resolves.
  ...listSpecs(root).map(({ name }): [string, string, string] => [name, '', 'AuthError']),
];

function node(cwd: string, args: string[]) {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim();
}

describe('published entry points', () => {
  for (const [dir, subpath, exported] of entries) {
    const name = `@apiclients/${dir}${subpath}`;
    const cwd = join(root, 'packages', dir);

    it(`require('${name}') gives ${exported}`, () => {
      expect(
        node(cwd, [
          '-e',
          `process.stdout.write(typeof require(${JSON.stringify(name)}).${exported})`,
        ]),
      ).toBe('function');
    });

    it(`import('${name}') gives ${exported}`, () => {
      const script = `const m = await import(${JSON.stringify(name)}); process.stdout.write(typeof m.${exported})`;
      expect(node(cwd, ['--input-type=module', '-e', script])).toBe('function');
    });

    if (subpath === '/frontend') {
      // An AuthError thrown through either entry is `instanceof` the class the other one exports:
      // both take it from @apiclients/auth-session, in CJS as in ESM.
      const rootName = JSON.stringify(`@apiclients/${dir}`);
      it(`${name} and @apiclients/${dir} export one AuthError, in require and import`, () => {
        const required = `process.stdout.write(String(require(${JSON.stringify(name)}).AuthError === require(${rootName}).AuthError))`;
        expect(node(cwd, ['-e', required])).toBe('true');
        const imported = `const [a, b] = await Promise.all([import(${JSON.stringify(name)}), import(${rootName})]); process.stdout.write(String(a.AuthError === b.AuthError))`;
        expect(node(cwd, ['--input-type=module', '-e', imported])).toBe('true');
      });
    }

    if (subpath === '/webhooks' && dir !== 'auth-session') {
      // A client's WebhookError is auth-session's, so `instanceof` holds whichever is imported.
      const generic = JSON.stringify('@apiclients/auth-session/webhooks');
      it(`${name} re-exports the WebhookError of @apiclients/auth-session/webhooks`, () => {
        const required = `process.stdout.write(String(require(${JSON.stringify(name)}).WebhookError === require(${generic}).WebhookError))`;
        expect(node(cwd, ['-e', required])).toBe('true');
        const imported = `const [a, b] = await Promise.all([import(${JSON.stringify(name)}), import(${generic})]); process.stdout.write(String(a.WebhookError === b.WebhookError))`;
        expect(node(cwd, ['--input-type=module', '-e', imported])).toBe('true');
      });

      // Verified through the built entry, in CJS as in ESM, with a vector from node:crypto.
      it(`${name} verifies a delivery from the built package, in require and import`, () => {
        const setup = `const body = '{"id":"1"}'; const headers = { 'x-webhook-signature': require('node:crypto').createHmac('sha256', 's3cret').update(body).digest('hex') };`;
        const required = `${setup} require(${JSON.stringify(name)}).verifyWebhook({ payload: body, headers, secret: 's3cret' }).then((e) => process.stdout.write(e.id));`;
        expect(node(cwd, ['-e', required])).toBe('1');
        const imported = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${setup} const { verifyWebhook } = await import(${JSON.stringify(name)}); process.stdout.write((await verifyWebhook({ payload: body, headers, secret: 's3cret' })).id);`;
        expect(node(cwd, ['--input-type=module', '-e', imported])).toBe('1');
      });
    }
  }

  // An app that `import`s next to a dependency that `require`s loads both builds: two copies of
  // each class. `instanceof` must hold across them (a registered-symbol brand), in both directions,
  // for an error a client threw as much as for one built by hand.
  it('AuthError, RequestError, ResponseError and WebhookError instanceof hold across the ESM and CJS builds', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      const cjs = require('@apiclients/auth-session');
      const esm = await import('@apiclients/auth-session');
      const client = require('@apiclients/hashrails').createHashrailsClient({
        clientId: 'id', clientSecret: 'secret', maxRetries: 0,
        fetch: async () => { throw new TypeError('offline'); },
      });
      const thrown = await client.GET('/v1/transactions').catch((error) => error);
      const kitCjs = require('@apiclients/auth-session/kit');
      const kitEsm = await import('@apiclients/auth-session/kit');
      const hooksCjs = require('@apiclients/auth-session/webhooks');
      const hooksEsm = await import('@apiclients/auth-session/webhooks');
      process.stdout.write(JSON.stringify([
        cjs.AuthError !== esm.AuthError,
        new cjs.AuthError('NETWORK') instanceof esm.AuthError,
        new esm.RequestError('TIMEOUT') instanceof cjs.RequestError,
        thrown instanceof esm.AuthError || thrown instanceof esm.RequestError,
        thrown instanceof cjs.AuthError || thrown instanceof cjs.RequestError,
        new cjs.AuthError('NETWORK') instanceof esm.RequestError,
        new Error('x') instanceof esm.AuthError,
        null instanceof esm.AuthError,
        new kitCjs.ResponseError(new Response(null, { status: 500 }), null, 'GET /x') instanceof kitEsm.ResponseError,
        new hooksEsm.WebhookError('INVALID_SIGNATURE', 'x') instanceof hooksCjs.WebhookError,
        new hooksEsm.WebhookError('INVALID_SIGNATURE', 'x') instanceof kitEsm.ResponseError,
      ]));`;
    const cwd = join(root, 'packages', 'hashrails');
    expect(JSON.parse(node(cwd, ['--input-type=module', '-e', script]))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
