import { describe, expect, it } from 'vitest';
import { rankRoutes } from '../src/render.js';

describe('rankRoutes (the route table the runtime scans)', () => {
  it('puts literal templates before parameterised ones', () => {
    expect(
      rankRoutes([
        ['GET', '/calls/{id}', 2],
        ['GET', '/calls/search', 1],
      ]),
    ).toEqual([
      ['GET', '/calls/search', 1],
      ['GET', '/calls/{id}', 2],
    ]);
  });

  it('leaves out routes of the top-level requirement, the answer when nothing matches', () => {
    expect(
      rankRoutes([
        ['GET', '/v1/transactions', 0],
        ['POST', '/v1/auth/token/issue', 1],
        ['GET', '/v1/transactions/{id}', 0],
      ]),
    ).toEqual([['POST', '/v1/auth/token/issue', 1]]);
  });

  it('keeps a top-level route that a later route of another requirement would take', () => {
    const routes = [
      ['GET', '/calls/{id}', 1],
      ['GET', '/calls/search', 0],
      ['POST', '/calls/search', 0],
      ['GET', '/v1/calls', 0],
      ['GET', '/calls', 1],
    ] as const;
    expect(rankRoutes(routes)).toEqual([
      // `/calls/{id}` would take /calls/search, and `/calls` (a suffix) would take /v1/calls.
      ['GET', '/calls/search', 0],
      ['GET', '/v1/calls', 0],
      ['GET', '/calls/{id}', 1],
      ['GET', '/calls', 1],
    ]);
  });

  it('keeps a route with an idempotency header, and what it would shadow', () => {
    expect(
      rankRoutes([
        ['POST', '/payments/{id}', 0, 'Idempotency-Key'],
        ['POST', '/payments/batch', 0],
        ['POST', '/refunds', 0],
      ]),
    ).toEqual([
      ['POST', '/payments/batch', 0],
      ['POST', '/payments/{id}', 0, 'Idempotency-Key'],
    ]);
  });
});
