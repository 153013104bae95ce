// generated from specs/blips.yaml — do not edit. Run `pnpm generate` to update.

import { describe, inject, it } from "vitest";
import { loadContract } from "../../../scripts/src/contract/runtime.js";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/blips.yaml");
const client = createContractClient(inject("prism")["blips"] as string);

describe("contract: specs/blips.yaml (11 cases)", () => {
  it("listTokens: GET /tokens → 200", async () => {
    const result = await client.GET("/tokens", { headers: {"Prefer":"code=200, example=oneToken"} });
    contract.expect(result, {"operationId":"listTokens","method":"get","path":"/tokens","status":200,"response":"/paths/~1tokens/get/responses/200"});
  });

  it("listTokens: GET /tokens → 401", async () => {
    const result = await client.GET("/tokens", { headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"listTokens","method":"get","path":"/tokens","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createToken: POST /tokens → 201", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=201, example=operationsToken"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":201,"response":"/paths/~1tokens/post/responses/201"});
  });

  it("createToken: POST /tokens → 400", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=400"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createToken: POST /tokens → 401", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getToken: GET /tokens/{tokenId} → 200", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200, example=operationsToken"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":200,"response":"/paths/~1tokens~1{tokenId}/get/responses/200"});
  });

  it("getToken: GET /tokens/{tokenId} → 401", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getToken: GET /tokens/{tokenId} → 404", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":404,"response":"/components/responses/NotFound"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 200", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200, example=revoked"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":200,"response":"/paths/~1tokens~1{tokenId}~1revoke/post/responses/200"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 401", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 404", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":404,"response":"/components/responses/NotFound"});
  });
});

/** Type-level contract: `pnpm typecheck` proves each call below does not compile. Never run. */
export function typeContract() {
  // @ts-expect-error createToken: body without its required "name"
  client.POST("/tokens", {"body":{"permissions":["VIEW","TRANSACT","MANAGE"]}});
  // @ts-expect-error createToken: body.permissions[0] outside its enum
  client.POST("/tokens", {"body":{"name":"Operations token","permissions":["__not_in_the_enum__","TRANSACT","MANAGE"]}});
  // @ts-expect-error getToken: path parameter "tokenId" of the wrong type
  client.GET("/tokens/{tokenId}", {"params":{"path":{"tokenId":12345}}});
  // @ts-expect-error revokeToken: path parameter "tokenId" of the wrong type
  client.POST("/tokens/{tokenId}/revoke", {"params":{"path":{"tokenId":12345}}});
}
