import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway repository root holding the given files; removed by `dispose`. */
export function makeTree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'apiclients-gen-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export const minimalSpec = `openapi: 3.1.0
info: { title: Pets, version: 1.0.0 }
servers:
  - url: https://{region}.pets.example
    variables:
      region: { default: eu, enum: [eu, us] }
security:
  - bearer: []
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      x-scopes: [pets:read]
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: A pet
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
  /login:
    post:
      security: []
      responses:
        '204': { description: Logged in }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer, description: not copied }
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: { type: string }
`;

/** A tree with one package and its spec. */
export const onePackage = (spec: string, name = 'pets') => ({
  [`specs/${name}.yaml`]: spec,
  [`packages/${name}/package.json`]: '{}',
});
