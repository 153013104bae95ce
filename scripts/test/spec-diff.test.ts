import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../src/load-spec.js';
import { maxBump } from '../src/spec-diff/change.js';
import { diffSpecs } from '../src/spec-diff/diff.js';
import { parseText } from '../src/spec-diff/load.js';

const fixtures = join(import.meta.dirname, 'fixtures/spec-diff');
const load = (name: string) =>
  parseText({ text: readFileSync(join(fixtures, name), 'utf8'), label: name }).document;
const diffFiles = (before: string, after: string) => diffSpecs(load(before), load(after));
const summary = (changes: ReturnType<typeof diffSpecs>) =>
  changes.map(
    (change) => `${change.bump} ${change.kind} ${change.operation ?? '(spec)'} ${change.pointer}`,
  );

/** pets.before.yaml with one edit applied: each rule, alone. */
function edited(edit: (spec: JsonObject) => void) {
  const before = load('pets.before.yaml');
  const after = structuredClone(before);
  edit(after);
  return diffSpecs(before, after);
}
// biome-ignore lint/suspicious/noExplicitAny: test edits walk a spec freely
type Any = any;

describe('spec diff on fixture pairs', () => {
  it('finds nothing between a spec and itself', () => {
    expect(diffFiles('pets.before.yaml', 'pets.before.yaml')).toEqual([]);
  });

  it('classifies each breaking change as major, naming the pointer and the operation', () => {
    const changes = diffFiles('pets.before.yaml', 'pets.major.after.yaml');
    expect(maxBump(changes.map((change) => change.bump))).toBe('major');
    expect(summary(changes)).toEqual([
      'major default-server-changed (spec) /servers',
      'major server-removed (spec) /servers',
      'minor server-added (spec) /servers',
      'major parameter-made-required GET /pets (listPets) /paths/~1pets/get/parameters/0/required',
      'major parameter-removed GET /pets (listPets) /paths/~1pets/get/parameters/1',
      'major parameter-added-required GET /pets (listPets) /paths/~1pets/get/parameters/1',
      'major enum-value-added GET /pets (listPets) /paths/~1pets/get/responses/200/content/application~1json/schema/properties/items/items/properties/status/enum',
      'major property-removed GET /pets (listPets) /paths/~1pets/get/responses/200/content/application~1json/schema/properties/items/items/properties/owner',
      'major status-removed GET /pets (listPets) /paths/~1pets/get/responses/404',
      'major security-requirement-removed POST /pets (createPet) /paths/~1pets/post/security',
      'major enum-value-removed POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/species/enum',
      'major type-narrowed POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/tag',
      'major property-added-required POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/birthday',
      'major enum-value-added POST /pets (createPet) /paths/~1pets/post/responses/201/content/application~1json/schema/properties/status/enum',
      'major property-removed POST /pets (createPet) /paths/~1pets/post/responses/201/content/application~1json/schema/properties/owner',
      'major operation-removed DELETE /pets/{petId} (deletePet) /paths/~1pets~1{petId}/delete',
    ]);
  });

  it('classifies each addition as minor', () => {
    const changes = diffFiles('pets.before.yaml', 'pets.minor.after.yaml');
    expect(summary(changes)).toEqual([
      'minor enum-value-added GET /pets (listPets) /paths/~1pets/get/parameters/1/schema/enum',
      'minor parameter-added-optional GET /pets (listPets) /paths/~1pets/get/parameters/2',
      'minor property-added-optional GET /pets (listPets) /paths/~1pets/get/responses/200/content/application~1json/schema/properties/total',
      'minor status-added GET /pets (listPets) /paths/~1pets/get/responses/429',
      'minor enum-value-added POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/species/enum',
      'minor property-added-optional POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/nickname',
      'minor operation-added GET /pets/{petId} (getPet) /paths/~1pets~1{petId}/get',
      'minor webhook-added webhook petAdopted POST /webhooks/petAdopted/post',
    ]);
  });

  it('classifies descriptions, examples and summaries as patch, and moving schemas as nothing', () => {
    const changes = diffFiles('pets.before.yaml', 'pets.patch.after.yaml');
    expect(new Set(changes.map((change) => change.bump))).toEqual(new Set(['patch']));
    expect(summary(changes)).toEqual([
      'patch documentation (spec) /info',
      'patch documentation GET /pets (listPets) /paths/~1pets/get/parameters/0/description',
      'patch documentation GET /pets (listPets) /paths/~1pets/get/responses/404/description',
      'patch documentation GET /pets (listPets) /paths/~1pets/get/summary',
      'patch documentation POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/schema/properties/name/description',
      'patch documentation POST /pets (createPet) /paths/~1pets/post/requestBody/content/application~1json/example',
    ]);
  });
});

describe('spec diff on real pairs from swagger-api/swagger-petstore', () => {
  it('39b7b5f: a new default server and error-shaped default responses are major', () => {
    const changes = diffFiles('petstore-39b7b5f.before.yaml', 'petstore-39b7b5f.after.yaml');
    expect(maxBump(changes.map((change) => change.bump))).toBe('major');
    const lines = summary(changes);
    expect(lines[0]).toBe('major default-server-changed (spec) /servers');
    expect(lines).toContain(
      'major media-type-removed PUT /pet (updatePet) /paths/~1pet/put/responses/default/content/application~1xml',
    );
    expect(lines).toContain(
      'major type-changed GET /user/login (loginUser) /paths/~1user~1login/get/responses/default/content/application~1json/schema',
    );
    expect(lines).toContain(
      'major response-header-removed GET /user/login (loginUser) /paths/~1user~1login/get/responses/default/headers/X-Rate-Limit',
    );
    // Code-generator hints inside schemas change the generated client in no way.
    expect(
      changes
        .filter((change) => change.kind === 'schema-annotation')
        .every((change) => change.bump === 'patch'),
    ).toBe(true);
  });

  it('4cebeca: a new API description and OpenAPI 3.0.1 → 3.0.2 are a patch', () => {
    const changes = diffFiles('petstore-4cebeca.before.yaml', 'petstore-4cebeca.after.yaml');
    expect(summary(changes)).toEqual([
      'patch documentation (spec) /info',
      'patch documentation (spec) /openapi',
    ]);
  });
});

describe('spec diff rules, one edit at a time', () => {
  const kinds = (changes: ReturnType<typeof diffSpecs>) =>
    changes.map((change) => `${change.bump} ${change.kind}`);

  it('an enum value added to a request is minor, to a response major (exhaustive switches)', () => {
    expect(kinds(edited((spec: Any) => spec.components.schemas.Species.enum.push('bird')))).toEqual(
      [
        'minor enum-value-added', // the species query parameter
        'minor enum-value-added', // NewPet.species in createPet's body
      ],
    );
    expect(
      kinds(edited((spec: Any) => spec.components.schemas.Pet.properties.status.enum.push('lost'))),
    ).toEqual([
      'major enum-value-added', // listPets 200
      'major enum-value-added', // createPet 201
    ]);
  });

  it('an optional field is minor in a request and in a response; a required one is major in a request only', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.Pet.properties.age = { type: 'integer' };
          spec.components.schemas.Pet.required.push('age');
        }),
      ),
    ).toEqual(['minor property-added-required', 'minor property-added-required']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.NewPet.properties.age = { type: 'integer' };
        }),
      ),
    ).toEqual(['minor property-added-optional']);
  });

  it('a response field made optional is major; a request field made optional is minor', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.Pet.required = ['id', 'name'];
        }),
      ),
    ).toEqual(['major property-made-optional', 'major property-made-optional']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.NewPet.required = [];
        }),
      ),
    ).toEqual(['minor property-made-optional']);
  });

  it('a type widened is major in a response, minor in a request; narrowed, the reverse', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.Pet.properties.id.type = ['string', 'null'];
        }),
      ),
    ).toEqual(['major type-widened', 'major type-widened']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.NewPet.properties.name.type = ['string', 'null'];
        }),
      ),
    ).toEqual(['minor type-widened']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.paths['/pets'].get.parameters[0].schema.maximum = 50;
        }),
      ),
    ).toEqual(['major constraint-tightened']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.paths['/pets'].get.parameters[0].schema.maximum = 500;
        }),
      ),
    ).toEqual(['minor constraint-loosened']);
  });

  it('security: a scheme changed, a scope required, an alternative added', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.securitySchemes.apiKey.name = 'Authorization';
        }),
      ),
    ).toEqual(['major security-scheme-changed']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.security = [{ oauth: ['pets:read', 'pets:write'] }];
        }),
      ),
    ).toEqual([
      'major required-scope-added', // listPets inherits the spec's requirement
      'major required-scope-added', // deletePet too
    ]);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.security.push({ apiKey: [] });
        }),
      ),
    ).toEqual(['minor security-requirement-added', 'minor security-requirement-added']);
    expect(
      kinds(
        edited((spec: Any) => {
          spec.paths['/pets'].get['x-scopes'] = ['pets:read'];
        }),
      ),
    ).toEqual(['major required-scope-added']);
  });

  it('an operationId renamed is major: operations[id] is exported', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.paths['/pets'].get.operationId = 'getPets';
        }),
      ),
    ).toEqual(['major operation-id-changed']);
  });

  it('a named schema removed is major (components is exported), one added is nothing', () => {
    expect(
      kinds(
        edited((spec: Any) => {
          spec.components.schemas.Extra = { type: 'string' };
        }),
      ),
    ).toEqual([]);
    const before = load('pets.before.yaml') as Any;
    const after = structuredClone(before);
    after.components.schemas.Spec = after.components.schemas.Species;
    delete after.components.schemas.Species;
    after.paths['/pets'].get.parameters[1].schema.$ref = '#/components/schemas/Spec';
    after.components.schemas.NewPet.properties.species.$ref = '#/components/schemas/Spec';
    expect(kinds(diffSpecs(before, after))).toEqual(['major property-removed']);
  });

  it('terminates on recursive schemas', () => {
    const tree = (extra: JsonObject) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/tree': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: {
              children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
              ...extra,
            },
          },
        },
      },
    });
    expect(kinds(diffSpecs(tree({}), tree({ name: { type: 'string' } })))).toEqual([
      'minor property-added-optional',
    ]);
  });

  it('a webhook payload is read by the user: an enum value added to it is major', () => {
    const before = load('pets.minor.after.yaml') as Any;
    const after = structuredClone(before);
    after.webhooks.petAdopted.post.requestBody.content['application/json'].schema = {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['a', 'b'] } },
    };
    const again = structuredClone(after);
    again.webhooks.petAdopted.post.requestBody.content[
      'application/json'
    ].schema.properties.kind.enum.push('c');
    expect(kinds(diffSpecs(after, again))).toEqual(['major enum-value-added']);
  });

  it('reads YAML fixtures the same as the loader does', () => {
    expect(load('pets.before.yaml')).toEqual(
      parse(readFileSync(join(fixtures, 'pets.before.yaml'), 'utf8')),
    );
  });
});
