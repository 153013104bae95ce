import { describe, expect, it } from 'vitest';
import { headerCredential } from '../src/kit.js';
import { routeResolver } from '../src/security/route-resolver.js';

const top = headerCredential('x-top', '1');
const literal = headerCredential('x-literal', '1');
const templated = headerCredential('x-templated', '1');
// Routes as the generator ranks them (`rankRoutes` in scripts/src/render.ts): literal templates
// first; the top-level requirement's routes left out unless a later route would take their paths.
const resolve = routeResolver(
  {
    security: [[['top']], [['literal']], [['templated']], []],
    routes: [
      ['GET', '/calls/search', 1],
      ['GET', '/calls/{id}/transcript', 2],
      ['POST', '/calls', 3],
      ['GET', '/calls', 1],
      ['GET', '/calls/{id}', 2],
    ],
  },
  { top, literal, templated },
);
const at = (method: string, url: string) => resolve(new Request(url, { method })).credentials;

describe('routeResolver', () => {
  it('prefers a literal template over a parameterised one', () => {
    expect(at('GET', 'https://a.test/calls/search')).toEqual([literal]);
    expect(at('GET', 'https://a.test/calls/c-1')).toEqual([templated]);
  });

  it('matches the template as a suffix: a base URL with a path prefix still finds it', () => {
    expect(at('GET', 'https://a.test/api/v2/calls/c-1/transcript')).toEqual([templated]);
    expect(at('GET', 'https://a.test/api/v2/calls')).toEqual([literal]);
  });

  it('ignores the query, the fragment and a trailing slash', () => {
    expect(at('GET', 'https://a.test/calls/?page=2#x')).toEqual([literal]);
    expect(at('GET', 'https://a.test/calls/c-1?x=/calls/search')).toEqual([templated]);
  });

  it('honours the method and an empty requirement', () => {
    expect(at('POST', 'https://a.test/calls')).toEqual([]);
  });

  it('falls back to the top-level requirement for an undocumented route', () => {
    expect(at('GET', 'https://a.test/elsewhere')).toEqual([top]);
    expect(at('DELETE', 'https://a.test/calls/c-1')).toEqual([top]);
    expect(at('GET', 'https://a.test')).toEqual([top]);
  });

  it('escapes what a template says literally', () => {
    const dotted = routeResolver(
      { security: [[['top']], [['literal']]], routes: [['GET', '/v1.0/files/{name}.json', 1]] },
      { top, literal },
    );
    expect(dotted(new Request('https://a.test/v1.0/files/a.json')).credentials).toEqual([literal]);
    expect(dotted(new Request('https://a.test/v1x0/files/a.json')).credentials).toEqual([top]);
    expect(dotted(new Request('https://a.test/v1.0/files/a/b.json')).credentials).toEqual([top]);
  });

  it('with no routes (one requirement for every operation), answers the top-level one', () => {
    const uniform = routeResolver({ security: [[['top']]], routes: [] }, { top });
    expect(uniform(new Request('https://a.test/anything')).credentials).toEqual([top]);
  });

  it("answers a route's idempotency header, and none elsewhere", () => {
    const keyed = routeResolver(
      { security: [[['top']]], routes: [['POST', '/payments', 0, 'Idempotency-Key']] },
      { top },
    );
    expect(keyed(new Request('https://a.test/payments', { method: 'POST' }))).toEqual({
      credentials: [top],
      idempotencyHeader: 'Idempotency-Key',
    });
    expect(keyed(new Request('https://a.test/payments')).idempotencyHeader).toBeUndefined();
  });
});
