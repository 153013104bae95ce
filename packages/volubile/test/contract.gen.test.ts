// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

import { describe, inject, it } from "vitest";
import { loadContract } from "../../../scripts/src/contract/runtime.js";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/volubile.yaml");
const client = createContractClient(inject("prism")["volubile"] as string);

describe("contract: specs/volubile.yaml (20 cases)", () => {
  it("issueToken: POST /v1/auth/token → 200", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=200"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":200,"response":"/paths/~1v1~1auth~1token/post/responses/200"});
  });

  it("issueToken: POST /v1/auth/token → 400", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=400"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":400,"response":"/paths/~1v1~1auth~1token/post/responses/400"});
  });

  it("issueToken: POST /v1/auth/token → 401", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":401,"response":"/paths/~1v1~1auth~1token/post/responses/401"});
  });

  it("issueToken: POST /v1/auth/token → 403", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=403"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":403,"response":"/paths/~1v1~1auth~1token/post/responses/403"});
  });

  it("issueToken: POST /v1/auth/token → 429", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=429"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":429,"response":"/paths/~1v1~1auth~1token/post/responses/429"});
  });

  it("listCalls: GET /v1/calls → 200", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"string"}}, headers: {"Prefer":"code=200"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":200,"response":"/paths/~1v1~1calls/get/responses/200"});
  });

  it("listCalls: GET /v1/calls → 400", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"string"}}, headers: {"Prefer":"code=400"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":400,"response":"/components/responses/BadRequest"});
  });

  it("listCalls: GET /v1/calls → 401", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"string"}}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("listCalls: GET /v1/calls → 403", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"string"}}, headers: {"Prefer":"code=403"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":403,"response":"/components/responses/Forbidden"});
  });

  it("listCalls: GET /v1/calls → 429", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"string"}}, headers: {"Prefer":"code=429"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("createCall: POST /v1/calls → 200", async () => {
    const result = await client.POST("/v1/calls", { body: {}, headers: {"Prefer":"code=200"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":200,"response":"/paths/~1v1~1calls/post/responses/200"});
  });

  it("createCall: POST /v1/calls → 400", async () => {
    const result = await client.POST("/v1/calls", { body: {}, headers: {"Prefer":"code=400"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createCall: POST /v1/calls → 401", async () => {
    const result = await client.POST("/v1/calls", { body: {}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createCall: POST /v1/calls → 403", async () => {
    const result = await client.POST("/v1/calls", { body: {}, headers: {"Prefer":"code=403"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":403,"response":"/components/responses/Forbidden"});
  });

  it("createCall: POST /v1/calls → 429", async () => {
    const result = await client.POST("/v1/calls", { body: {}, headers: {"Prefer":"code=429"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getCall: GET /v1/calls/{id} → 200", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"string"}}, headers: {"Prefer":"code=200"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":200,"response":"/paths/~1v1~1calls~1{id}/get/responses/200"});
  });

  it("getCall: GET /v1/calls/{id} → 401", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"string"}}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCall: GET /v1/calls/{id} → 403", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"string"}}, headers: {"Prefer":"code=403"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getCall: GET /v1/calls/{id} → 404", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"string"}}, headers: {"Prefer":"code=404"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("getCall: GET /v1/calls/{id} → 429", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"string"}}, headers: {"Prefer":"code=429"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":429,"response":"/components/responses/TooManyRequests"});
  });
});

/** Type-level contract: `pnpm typecheck` proves each call below does not compile. Never run. */
export function typeContract() {
  // @ts-expect-error issueToken: body without its required "scope"
  client.POST("/v1/auth/token", {"body":{}});
  // @ts-expect-error issueToken: body.scope[0] outside its enum
  client.POST("/v1/auth/token", {"body":{"scope":["__not_in_the_enum__"]}});
  // @ts-expect-error listCalls: query parameter "page" of the wrong type
  client.GET("/v1/calls", {"params":{"query":{"page":"not-a-integer","size":1,"sort":"string"}}});
  // @ts-expect-error getCall: path parameter "id" of the wrong type
  client.GET("/v1/calls/{id}", {"params":{"path":{"id":12345}}});
}
