// The planner's fast path may say "valid" only where Ajv says so too: every schema and value
// below is judged by both, and a "valid" from the fast path that Ajv refutes fails the test.
import { describe, expect, it } from 'vitest';
import { makeSpecAjv } from '../src/contract/ajv.js';
import { quickVerdict, surelyValid } from '../src/contract/quick-valid.js';

const schemas: Record<string, unknown> = {
  text: { type: 'string', minLength: 2, maxLength: 3 },
  emoji: { type: 'string', maxLength: 1 },
  id: { type: 'string', pattern: '^[A-Z]{2}[0-9a-f]{4}$' },
  count: { type: 'integer', minimum: 1, maximum: 10, multipleOf: 2 },
  ratio: { type: 'number', minimum: 0, exclusiveMinimum: true },
  kind: { type: 'string', enum: ['a', 'b'] },
  maybe: { type: 'string', nullable: true },
  maybeKind: { type: 'string', enum: ['a'], nullable: true },
  stamp: { type: 'string', format: 'date-time' },
  link: { type: 'string', format: 'uri' },
  phone: { type: 'string', format: 'phone-number' },
  big: { type: 'string', format: 'int64' },
  tags: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  pairs: { type: 'array', uniqueItems: true },
  user: {
    type: 'object',
    required: ['id'],
    properties: { id: { $ref: '#/components/schemas/id' }, age: { type: 'integer' } },
    additionalProperties: false,
  },
  open: { type: 'object', additionalProperties: { type: 'integer' } },
  both: { allOf: [{ $ref: '#/components/schemas/user' }, { required: ['age'] }] },
  either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  overlap: { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 5 }] },
  murky: { oneOf: [{ type: 'integer' }, { not: { type: 'integer' } }] },
  any: { anyOf: [{ type: 'integer' }, { $ref: '#/components/schemas/kind' }] },
};
const document = { openapi: '3.0.3', components: { schemas } };

const values: unknown[] = [
  'ab',
  'abcd',
  '😀',
  '😀😀',
  'AB12ff',
  'ab12ff',
  2,
  3,
  12,
  0,
  0.5,
  'a',
  'c',
  null,
  '2024-01-01T00:00:00Z',
  'yesterday',
  'https://api.example.com/a?b=c',
  'not a uri',
  '123',
  [],
  ['x'],
  ['x', 'x'],
  { id: 'AB12ff' },
  { id: 'AB12ff', age: 3 },
  { id: 'AB12ff', name: 'n' },
  { id: 'zz' },
  { toString: 1 },
  [
    { a: 1, b: 2 },
    { b: 2, a: 1 },
  ],
  { a: 1, b: 2.5 },
  true,
];

describe('surelyValid', () => {
  const ajv = makeSpecAjv(document);
  const cases = Object.keys(schemas).flatMap((name) =>
    values.map((value) => [name, value] as const),
  );

  it.each(cases)("%s with %j: a verdict, when given, is Ajv's", (name, value) => {
    const pointer = `/components/schemas/${name}`;
    const validate = ajv.getSchema(`spec#${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    const verdict = quickVerdict(document, pointer, value);
    if (verdict !== undefined) expect(verdict).toBe(validate(value));
  });

  it('answers the plain cases itself, formats and plain oneOfs too, leaving the rest to Ajv', () => {
    const at = (name: string) => `/components/schemas/${name}`;
    expect(surelyValid(document, at('user'), { id: 'AB12ff', age: 3 })).toBe(true);
    expect(surelyValid(document, at('tags'), ['x', 'y'])).toBe(true);
    expect(surelyValid(document, at('maybe'), null)).toBe(true);
    expect(surelyValid(document, at('big'), '123')).toBe(true);
    // A oneOf: one branch passes and the glance rejects every other; else Ajv tells.
    expect(surelyValid(document, at('either'), 'x')).toBe(true);
    expect(surelyValid(document, at('overlap'), 'x')).toBe(false);
    expect(surelyValid(document, at('murky'), 2)).toBe(false);
    expect(surelyValid(document, at('any'), 'a')).toBe(true);
    // Formats: Ajv's own checks; one Ajv does not know passes, as Ajv lets it.
    expect(surelyValid(document, at('stamp'), '2024-01-01T00:00:00Z')).toBe(true);
    expect(surelyValid(document, at('stamp'), 'yesterday')).toBe(false);
    expect(surelyValid(document, at('link'), 'not a uri')).toBe(false);
    expect(surelyValid(document, at('phone'), 'anything')).toBe(true);
    // Definite "invalid" too, where every keyword was read; deep equality is left to Ajv.
    expect(quickVerdict(document, at('user'), { id: 'zz' })).toBe(false);
    expect(quickVerdict(document, at('overlap'), 'x')).toBe(false);
    expect(quickVerdict(document, at('murky'), 2)).toBeUndefined();
    expect(
      quickVerdict(document, at('pairs'), [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toBeUndefined();
  });
});
