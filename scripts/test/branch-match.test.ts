// The glance that answers most branch questions without compiling a validator: it may say
// "surely not" only when the schema really rejects the value; anything else is Ajv's to tell.
import { describe, expect, it } from 'vitest';
import { branchMatcher } from '../src/contract/branch-match.js';
import { surelyNot } from '../src/contract/quick-valid.js';

const document = {
  openapi: '3.0.3',
  components: {
    schemas: {
      Text: { type: 'string', description: 'a text' },
      Count: { type: 'number' },
      User: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' } } },
      Kind: { type: 'string', enum: ['a', 'b'], nullable: true },
      Fixed: { const: 'x' },
      Alias: { $ref: '#/components/schemas/User', description: 'a user, by another name' },
      Narrowed: { $ref: '#/components/schemas/User', maxProperties: 1 },
      Open: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    },
  },
};
const at = (name: string) => `/components/schemas/${name}`;

describe('surelyNot', () => {
  it('rejects a value of another type, an integer type taking no fraction', () => {
    expect(surelyNot(document, at('Text'), 3)).toBe(true);
    expect(surelyNot(document, at('Text'), 'ok')).toBe(false);
    expect(surelyNot(document, at('Count'), 3)).toBe(false);
    expect(surelyNot(document, at('Count'), '3')).toBe(true);
  });

  it('rejects an object without a required property, through a $ref with annotations only', () => {
    expect(surelyNot(document, at('User'), { id: '1' })).toBe(true);
    expect(surelyNot(document, at('Alias'), { id: '1' })).toBe(true);
    expect(surelyNot(document, at('Alias'), { id: '1', name: 'n' })).toBe(false);
  });

  it('rejects a value outside enum or const; 3.0 nullable admits null', () => {
    expect(surelyNot(document, at('Kind'), 'c')).toBe(true);
    expect(surelyNot(document, at('Kind'), 'a')).toBe(false);
    expect(surelyNot(document, at('Kind'), null)).toBe(false);
    expect(surelyNot(document, at('Fixed'), 'y')).toBe(true);
  });

  it('says nothing of what it cannot read at a glance: a $ref with constraints, a oneOf', () => {
    expect(surelyNot(document, at('Narrowed'), { id: '1', name: 'n', extra: 1 })).toBe(false);
    expect(surelyNot(document, at('Open'), true)).toBe(false);
    // …which the compiled validator then answers.
    const match = branchMatcher(document);
    expect(match(at('Narrowed'), { id: '1', name: 'n', extra: 1 })).toBe(false);
    expect(match(at('Open'), true)).toBe(false);
    expect(match(at('Open'), 2)).toBe(true);
  });
});
