// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

import { describe, inject, it } from "vitest";
import { loadContract } from "../../../scripts/src/contract/runtime.js";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/hashrails.yaml");
const client = createContractClient(inject("prism")["hashrails"] as string);

describe("contract: specs/hashrails.yaml (6 cases)", () => {
  it("AuthController_issueToken: POST /v1/auth/token/issue → 200", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=200, example=issued"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":200,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/200"});
  });

  it("AuthController_issueToken: POST /v1/auth/token/issue → 401", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=401"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":401,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/401"});
  });

  it("AuthController_issueToken: POST /v1/auth/token/issue → 429", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=429"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":429,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/429"});
  });

  it("listTransactions: GET /v1/transactions → 200", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=200, example=empty"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":200,"response":"/paths/~1v1~1transactions/get/responses/200"});
  });

  it("listTransactions: GET /v1/transactions → 401", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=401, example=unauthorized"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":401,"response":"/paths/~1v1~1transactions/get/responses/401"});
  });

  it("listTransactions: GET /v1/transactions → 429", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=429, example=rateLimited"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":429,"response":"/paths/~1v1~1transactions/get/responses/429"});
  });
});

/** Type-level contract: `pnpm typecheck` proves each call below does not compile. Never run. */
export function typeContract() {
  // @ts-expect-error AuthController_issueToken: body without its required "client_id"
  client.POST("/v1/auth/token/issue", {"body":{"client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}});
  // @ts-expect-error listTransactions: query parameter "status" outside its enum
  client.GET("/v1/transactions", {"params":{"query":{"status":"__not_in_the_enum__","startDate":"2025-01-01","endDate":"2025-01-31"}}});
  // @ts-expect-error listTransactions: query parameter "startDate" of the wrong type
  client.GET("/v1/transactions", {"params":{"query":{"status":"pending","startDate":12345,"endDate":"2025-01-31"}}});
}
