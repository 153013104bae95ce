// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

import { describe, it } from "vitest";
import { loadContract, prismUrl } from "@apiclients/contract-kit/runtime";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/hashrails.yaml");
const client = createContractClient(prismUrl("hashrails"));

describe("contract: specs/hashrails.yaml (38 cases)", () => {
  it("AuthController_issueToken: POST /v1/auth/token/issue → 200", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=200, example=issued","Accept":"application/json"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":200,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/200"});
  });

  it("AuthController_issueToken: POST /v1/auth/token/issue → 401", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":401,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/401"});
  });

  it("AuthController_issueToken: POST /v1/auth/token/issue → 429", async () => {
    const result = await client.POST("/v1/auth/token/issue", { body: {"client_id":"550e8400-e29b-41d4-a716-446655440000","client_secret":"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"}, headers: {"Prefer":"code=429","Accept":"application/json"} });
    contract.expect(result, {"operationId":"AuthController_issueToken","method":"post","path":"/v1/auth/token/issue","status":429,"response":"/paths/~1v1~1auth~1token~1issue/post/responses/429"});
  });

  it("listTransactions: GET /v1/transactions → 200", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=200, example=empty","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":200,"response":"/paths/~1v1~1transactions/get/responses/200"});
  });

  it("listTransactions: GET /v1/transactions → 401", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=401, example=unauthorized","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":401,"response":"/paths/~1v1~1transactions/get/responses/401"});
  });

  it("listTransactions: GET /v1/transactions → 403", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":403,"response":"/components/responses/Forbidden"});
  });

  it("listTransactions: GET /v1/transactions → 429", async () => {
    const result = await client.GET("/v1/transactions", { params: {"query":{"status":"pending","startDate":"2025-01-01","endDate":"2025-01-31"}}, headers: {"Prefer":"code=429, example=rateLimited","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTransactions","method":"get","path":"/v1/transactions","status":429,"response":"/paths/~1v1~1transactions/get/responses/429"});
  });

  it("getTransaction: GET /v1/transactions/{id} → 200", async () => {
    const result = await client.GET("/v1/transactions/{id}", { params: {"path":{"id":"TXN-4DU24WAE6YIXPM5J"}}, headers: {"Prefer":"code=200, example=awaitingPayment","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/v1/transactions/{id}","status":200,"response":"/paths/~1v1~1transactions~1{id}/get/responses/200"});
  });

  it("getTransaction: GET /v1/transactions/{id} → 401", async () => {
    const result = await client.GET("/v1/transactions/{id}", { params: {"path":{"id":"TXN-4DU24WAE6YIXPM5J"}}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/v1/transactions/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getTransaction: GET /v1/transactions/{id} → 403", async () => {
    const result = await client.GET("/v1/transactions/{id}", { params: {"path":{"id":"TXN-4DU24WAE6YIXPM5J"}}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/v1/transactions/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getTransaction: GET /v1/transactions/{id} → 404", async () => {
    const result = await client.GET("/v1/transactions/{id}", { params: {"path":{"id":"TXN-4DU24WAE6YIXPM5J"}}, headers: {"Prefer":"code=404, example=notFound","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/v1/transactions/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("createRecipient: POST /v1/recipients → 201", async () => {
    const result = await client.POST("/v1/recipients", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"crypto","name":"My USDT Wallet","wallet_address":"0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e","network":"Polygon","symbol":"USDT"}, headers: {"Prefer":"code=201, example=crypto","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createRecipient","method":"post","path":"/v1/recipients","status":201,"response":"/paths/~1v1~1recipients/post/responses/201"});
  });

  it("createRecipient: POST /v1/recipients → 400", async () => {
    const result = await client.POST("/v1/recipients", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"crypto","name":"My USDT Wallet","wallet_address":"0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e","network":"Polygon","symbol":"USDT"}, headers: {"Prefer":"code=400, example=missingKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createRecipient","method":"post","path":"/v1/recipients","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createRecipient: POST /v1/recipients → 401", async () => {
    const result = await client.POST("/v1/recipients", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"crypto","name":"My USDT Wallet","wallet_address":"0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e","network":"Polygon","symbol":"USDT"}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createRecipient","method":"post","path":"/v1/recipients","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createRecipient: POST /v1/recipients → 403", async () => {
    const result = await client.POST("/v1/recipients", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"crypto","name":"My USDT Wallet","wallet_address":"0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e","network":"Polygon","symbol":"USDT"}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createRecipient","method":"post","path":"/v1/recipients","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getRecipient: GET /v1/recipients/{id} → 200", async () => {
    const result = await client.GET("/v1/recipients/{id}", { params: {"path":{"id":"rec_01J8V9ZP3A7"}}, headers: {"Prefer":"code=200, example=crypto","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getRecipient","method":"get","path":"/v1/recipients/{id}","status":200,"response":"/paths/~1v1~1recipients~1{id}/get/responses/200"});
  });

  it("getRecipient: GET /v1/recipients/{id} → 401", async () => {
    const result = await client.GET("/v1/recipients/{id}", { params: {"path":{"id":"rec_01J8V9ZP3A7"}}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getRecipient","method":"get","path":"/v1/recipients/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getRecipient: GET /v1/recipients/{id} → 403", async () => {
    const result = await client.GET("/v1/recipients/{id}", { params: {"path":{"id":"rec_01J8V9ZP3A7"}}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getRecipient","method":"get","path":"/v1/recipients/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getRecipient: GET /v1/recipients/{id} → 404", async () => {
    const result = await client.GET("/v1/recipients/{id}", { params: {"path":{"id":"rec_01J8V9ZP3A7"}}, headers: {"Prefer":"code=404, example=notFound","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getRecipient","method":"get","path":"/v1/recipients/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("createTransferRequest: POST /v1/transfer-requests → 201", async () => {
    const result = await client.POST("/v1/transfer-requests", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"onramp","amount":10000,"from_currency":"NGN","to_currency":"USDC","recipient_id":"rec_01J8V9ZP3A7"}, headers: {"Prefer":"code=201, example=created","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createTransferRequest","method":"post","path":"/v1/transfer-requests","status":201,"response":"/paths/~1v1~1transfer-requests/post/responses/201"});
  });

  it("createTransferRequest: POST /v1/transfer-requests → 400", async () => {
    const result = await client.POST("/v1/transfer-requests", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"onramp","amount":10000,"from_currency":"NGN","to_currency":"USDC","recipient_id":"rec_01J8V9ZP3A7"}, headers: {"Prefer":"code=400, example=missingKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createTransferRequest","method":"post","path":"/v1/transfer-requests","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createTransferRequest: POST /v1/transfer-requests → 401", async () => {
    const result = await client.POST("/v1/transfer-requests", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"onramp","amount":10000,"from_currency":"NGN","to_currency":"USDC","recipient_id":"rec_01J8V9ZP3A7"}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createTransferRequest","method":"post","path":"/v1/transfer-requests","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createTransferRequest: POST /v1/transfer-requests → 403", async () => {
    const result = await client.POST("/v1/transfer-requests", { params: {"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"type":"onramp","amount":10000,"from_currency":"NGN","to_currency":"USDC","recipient_id":"rec_01J8V9ZP3A7"}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createTransferRequest","method":"post","path":"/v1/transfer-requests","status":403,"response":"/components/responses/Forbidden"});
  });

  it("confirmTransferRequestRate: POST /v1/transfer-requests/{id}/confirm-rate → 200", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-rate", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"amount":10000}, headers: {"Prefer":"code=200, example=confirmed","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestRate","method":"post","path":"/v1/transfer-requests/{id}/confirm-rate","status":200,"response":"/paths/~1v1~1transfer-requests~1{id}~1confirm-rate/post/responses/200"});
  });

  it("confirmTransferRequestRate: POST /v1/transfer-requests/{id}/confirm-rate → 400", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-rate", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"amount":10000}, headers: {"Prefer":"code=400, example=missingKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestRate","method":"post","path":"/v1/transfer-requests/{id}/confirm-rate","status":400,"response":"/components/responses/BadRequest"});
  });

  it("confirmTransferRequestRate: POST /v1/transfer-requests/{id}/confirm-rate → 401", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-rate", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"amount":10000}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestRate","method":"post","path":"/v1/transfer-requests/{id}/confirm-rate","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("confirmTransferRequestRate: POST /v1/transfer-requests/{id}/confirm-rate → 403", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-rate", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"amount":10000}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestRate","method":"post","path":"/v1/transfer-requests/{id}/confirm-rate","status":403,"response":"/components/responses/Forbidden"});
  });

  it("confirmTransferRequestRate: POST /v1/transfer-requests/{id}/confirm-rate → 404", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-rate", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"amount":10000}, headers: {"Prefer":"code=404, example=notFound","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestRate","method":"post","path":"/v1/transfer-requests/{id}/confirm-rate","status":404,"response":"/components/responses/NotFound"});
  });

  it("confirmTransferRequestPayment: POST /v1/transfer-requests/{id}/confirm-payment → 200", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-payment", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"payment_type":"full"}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestPayment","method":"post","path":"/v1/transfer-requests/{id}/confirm-payment","status":200,"response":"/paths/~1v1~1transfer-requests~1{id}~1confirm-payment/post/responses/200"});
  });

  it("confirmTransferRequestPayment: POST /v1/transfer-requests/{id}/confirm-payment → 400", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-payment", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"payment_type":"full"}, headers: {"Prefer":"code=400, example=missingKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestPayment","method":"post","path":"/v1/transfer-requests/{id}/confirm-payment","status":400,"response":"/components/responses/BadRequest"});
  });

  it("confirmTransferRequestPayment: POST /v1/transfer-requests/{id}/confirm-payment → 401", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-payment", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"payment_type":"full"}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestPayment","method":"post","path":"/v1/transfer-requests/{id}/confirm-payment","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("confirmTransferRequestPayment: POST /v1/transfer-requests/{id}/confirm-payment → 403", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-payment", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"payment_type":"full"}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestPayment","method":"post","path":"/v1/transfer-requests/{id}/confirm-payment","status":403,"response":"/components/responses/Forbidden"});
  });

  it("confirmTransferRequestPayment: POST /v1/transfer-requests/{id}/confirm-payment → 404", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/confirm-payment", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"payment_type":"full"}, headers: {"Prefer":"code=404, example=notFound","Accept":"application/json"} });
    contract.expect(result, {"operationId":"confirmTransferRequestPayment","method":"post","path":"/v1/transfer-requests/{id}/confirm-payment","status":404,"response":"/components/responses/NotFound"});
  });

  it("cancelTransferRequest: POST /v1/transfer-requests/{id}/cancel → 200", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/cancel", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"reason":"User requested cancellation"}, headers: {"Prefer":"code=200, example=cancelled","Accept":"application/json"} });
    contract.expect(result, {"operationId":"cancelTransferRequest","method":"post","path":"/v1/transfer-requests/{id}/cancel","status":200,"response":"/paths/~1v1~1transfer-requests~1{id}~1cancel/post/responses/200"});
  });

  it("cancelTransferRequest: POST /v1/transfer-requests/{id}/cancel → 400", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/cancel", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"reason":"User requested cancellation"}, headers: {"Prefer":"code=400, example=missingKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"cancelTransferRequest","method":"post","path":"/v1/transfer-requests/{id}/cancel","status":400,"response":"/components/responses/BadRequest"});
  });

  it("cancelTransferRequest: POST /v1/transfer-requests/{id}/cancel → 401", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/cancel", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"reason":"User requested cancellation"}, headers: {"Prefer":"code=401, example=emptyAuthKey","Accept":"application/json"} });
    contract.expect(result, {"operationId":"cancelTransferRequest","method":"post","path":"/v1/transfer-requests/{id}/cancel","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("cancelTransferRequest: POST /v1/transfer-requests/{id}/cancel → 403", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/cancel", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"reason":"User requested cancellation"}, headers: {"Prefer":"code=403, example=invalidAuthToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"cancelTransferRequest","method":"post","path":"/v1/transfer-requests/{id}/cancel","status":403,"response":"/components/responses/Forbidden"});
  });

  it("cancelTransferRequest: POST /v1/transfer-requests/{id}/cancel → 404", async () => {
    const result = await client.POST("/v1/transfer-requests/{id}/cancel", { params: {"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}}, body: {"reason":"User requested cancellation"}, headers: {"Prefer":"code=404, example=notFound","Accept":"application/json"} });
    contract.expect(result, {"operationId":"cancelTransferRequest","method":"post","path":"/v1/transfer-requests/{id}/cancel","status":404,"response":"/components/responses/NotFound"});
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
  // @ts-expect-error getTransaction: path parameter "id" of the wrong type
  client.GET("/v1/transactions/{id}", {"params":{"path":{"id":12345}}});
  // @ts-expect-error createRecipient: header parameter "X-Idempotency-Key" of the wrong type
  client.POST("/v1/recipients", {"params":{"header":{"X-Idempotency-Key":12345}},"body":{"type":"crypto","name":"My USDT Wallet","wallet_address":"0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e","network":"Polygon","symbol":"USDT"}});
  // @ts-expect-error getRecipient: path parameter "id" of the wrong type
  client.GET("/v1/recipients/{id}", {"params":{"path":{"id":12345}}});
  // @ts-expect-error createTransferRequest: header parameter "X-Idempotency-Key" of the wrong type
  client.POST("/v1/transfer-requests", {"params":{"header":{"X-Idempotency-Key":12345}},"body":{"type":"onramp","amount":10000,"from_currency":"NGN","to_currency":"USDC","recipient_id":"rec_01J8V9ZP3A7"}});
  // @ts-expect-error confirmTransferRequestRate: body without its required "amount"
  client.POST("/v1/transfer-requests/{id}/confirm-rate", {"params":{"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{}});
  // @ts-expect-error confirmTransferRequestRate: path parameter "id" of the wrong type
  client.POST("/v1/transfer-requests/{id}/confirm-rate", {"params":{"path":{"id":12345},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{"amount":10000}});
  // @ts-expect-error confirmTransferRequestPayment: body without its required "payment_type"
  client.POST("/v1/transfer-requests/{id}/confirm-payment", {"params":{"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{}});
  // @ts-expect-error confirmTransferRequestPayment: body.payment_type outside its enum
  client.POST("/v1/transfer-requests/{id}/confirm-payment", {"params":{"path":{"id":"c17d2777-e604-45e2-b6d5-7743652eadf1"},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{"payment_type":"__not_in_the_enum__"}});
  // @ts-expect-error confirmTransferRequestPayment: path parameter "id" of the wrong type
  client.POST("/v1/transfer-requests/{id}/confirm-payment", {"params":{"path":{"id":12345},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{"payment_type":"full"}});
  // @ts-expect-error cancelTransferRequest: path parameter "id" of the wrong type
  client.POST("/v1/transfer-requests/{id}/cancel", {"params":{"path":{"id":12345},"header":{"X-Idempotency-Key":"550e8400-e29b-41d4-a716-446655440000"}},"body":{"reason":"User requested cancellation"}});
}
