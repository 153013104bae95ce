// generated from specs/blips.yaml — do not edit. Run `pnpm generate` to update.

import { describe, it } from "vitest";
import { loadContract, prismUrl } from "@apiclients/contract-kit/runtime";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/blips.yaml");
const client = createContractClient(prismUrl("blips"));

describe("contract: specs/blips.yaml (83 cases)", () => {
  it("listTokens: GET /tokens → 200", async () => {
    const result = await client.GET("/tokens", { headers: {"Prefer":"code=200, example=oneToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTokens","method":"get","path":"/tokens","status":200,"response":"/paths/~1tokens/get/responses/200"});
  });

  it("listTokens: GET /tokens → 401", async () => {
    const result = await client.GET("/tokens", { headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listTokens","method":"get","path":"/tokens","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createToken: POST /tokens → 201", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=201, example=operationsToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":201,"response":"/paths/~1tokens/post/responses/201"});
  });

  it("createToken: POST /tokens → 400", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createToken: POST /tokens → 401", async () => {
    const result = await client.POST("/tokens", { body: {"name":"Operations token","permissions":["VIEW","TRANSACT","MANAGE"]}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createToken","method":"post","path":"/tokens","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getToken: GET /tokens/{tokenId} → 200", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200, example=operationsToken","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":200,"response":"/paths/~1tokens~1{tokenId}/get/responses/200"});
  });

  it("getToken: GET /tokens/{tokenId} → 401", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getToken: GET /tokens/{tokenId} → 404", async () => {
    const result = await client.GET("/tokens/{tokenId}", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getToken","method":"get","path":"/tokens/{tokenId}","status":404,"response":"/components/responses/NotFound"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 200", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200, example=revoked","Accept":"application/json"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":200,"response":"/paths/~1tokens~1{tokenId}~1revoke/post/responses/200"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 401", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("revokeToken: POST /tokens/{tokenId}/revoke → 404", async () => {
    const result = await client.POST("/tokens/{tokenId}/revoke", { params: {"path":{"tokenId":"Token:019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"revokeToken","method":"post","path":"/tokens/{tokenId}/revoke","status":404,"response":"/components/responses/NotFound"});
  });

  it("listCustomers: GET /customers → 200", async () => {
    const result = await client.GET("/customers", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCustomers","method":"get","path":"/customers","status":200,"response":"/paths/~1customers/get/responses/200"});
  });

  it("listCustomers: GET /customers → 400", async () => {
    const result = await client.GET("/customers", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCustomers","method":"get","path":"/customers","status":400,"response":"/components/responses/BadRequest"});
  });

  it("listCustomers: GET /customers → 401", async () => {
    const result = await client.GET("/customers", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCustomers","method":"get","path":"/customers","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createCustomer: POST /customers → 201", async () => {
    const result = await client.POST("/customers", { body: {"platformCustomerId":"partner_cust_001"}, headers: {"Prefer":"code=201","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCustomer","method":"post","path":"/customers","status":201,"response":"/paths/~1customers/post/responses/201"});
  });

  it("createCustomer: POST /customers → 400", async () => {
    const result = await client.POST("/customers", { body: {"platformCustomerId":"partner_cust_001"}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCustomer","method":"post","path":"/customers","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createCustomer: POST /customers → 401", async () => {
    const result = await client.POST("/customers", { body: {"platformCustomerId":"partner_cust_001"}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCustomer","method":"post","path":"/customers","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createCustomer: POST /customers → 409", async () => {
    const result = await client.POST("/customers", { body: {"platformCustomerId":"partner_cust_001"}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCustomer","method":"post","path":"/customers","status":409,"response":"/components/responses/Conflict"});
  });

  it("getCustomer: GET /customers/{customerId} → 200", async () => {
    const result = await client.GET("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCustomer","method":"get","path":"/customers/{customerId}","status":200,"response":"/paths/~1customers~1{customerId}/get/responses/200"});
  });

  it("getCustomer: GET /customers/{customerId} → 401", async () => {
    const result = await client.GET("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCustomer","method":"get","path":"/customers/{customerId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCustomer: GET /customers/{customerId} → 404", async () => {
    const result = await client.GET("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCustomer","method":"get","path":"/customers/{customerId}","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("updateCustomer: PATCH /customers/{customerId} → 200", async () => {
    const result = await client.PATCH("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, body: {}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCustomer","method":"patch","path":"/customers/{customerId}","status":200,"response":"/paths/~1customers~1{customerId}/patch/responses/200"});
  });

  it("updateCustomer: PATCH /customers/{customerId} → 400", async () => {
    const result = await client.PATCH("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, body: {}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCustomer","method":"patch","path":"/customers/{customerId}","status":400,"response":"/components/responses/BadRequest"});
  });

  it("updateCustomer: PATCH /customers/{customerId} → 401", async () => {
    const result = await client.PATCH("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, body: {}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCustomer","method":"patch","path":"/customers/{customerId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("updateCustomer: PATCH /customers/{customerId} → 404", async () => {
    const result = await client.PATCH("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, body: {}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCustomer","method":"patch","path":"/customers/{customerId}","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("updateCustomer: PATCH /customers/{customerId} → 409", async () => {
    const result = await client.PATCH("/customers/{customerId}", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, body: {}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCustomer","method":"patch","path":"/customers/{customerId}","status":409,"response":"/components/responses/Conflict"});
  });

  it("issueCustomerPaymentAddress: POST /customers/{customerId}/payment-address → 200", async () => {
    const result = await client.POST("/customers/{customerId}/payment-address", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueCustomerPaymentAddress","method":"post","path":"/customers/{customerId}/payment-address","status":200,"response":"/paths/~1customers~1{customerId}~1payment-address/post/responses/200"});
  });

  it("issueCustomerPaymentAddress: POST /customers/{customerId}/payment-address → 401", async () => {
    const result = await client.POST("/customers/{customerId}/payment-address", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueCustomerPaymentAddress","method":"post","path":"/customers/{customerId}/payment-address","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("issueCustomerPaymentAddress: POST /customers/{customerId}/payment-address → 404", async () => {
    const result = await client.POST("/customers/{customerId}/payment-address", { params: {"path":{"customerId":"019542f5-b3e7-1d02-0000-000000000001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueCustomerPaymentAddress","method":"post","path":"/customers/{customerId}/payment-address","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("listInternalAccounts: GET /customers/internal-accounts → 200", async () => {
    const result = await client.GET("/customers/internal-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listInternalAccounts","method":"get","path":"/customers/internal-accounts","status":200,"response":"/paths/~1customers~1internal-accounts/get/responses/200"});
  });

  it("listInternalAccounts: GET /customers/internal-accounts → 400", async () => {
    const result = await client.GET("/customers/internal-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listInternalAccounts","method":"get","path":"/customers/internal-accounts","status":400,"response":"/components/responses/BadRequest"});
  });

  it("listInternalAccounts: GET /customers/internal-accounts → 401", async () => {
    const result = await client.GET("/customers/internal-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listInternalAccounts","method":"get","path":"/customers/internal-accounts","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("listExternalAccounts: GET /customers/external-accounts → 200", async () => {
    const result = await client.GET("/customers/external-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listExternalAccounts","method":"get","path":"/customers/external-accounts","status":200,"response":"/paths/~1customers~1external-accounts/get/responses/200"});
  });

  it("listExternalAccounts: GET /customers/external-accounts → 400", async () => {
    const result = await client.GET("/customers/external-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listExternalAccounts","method":"get","path":"/customers/external-accounts","status":400,"response":"/components/responses/BadRequest"});
  });

  it("listExternalAccounts: GET /customers/external-accounts → 401", async () => {
    const result = await client.GET("/customers/external-accounts", { params: {"query":{"limit":20,"cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listExternalAccounts","method":"get","path":"/customers/external-accounts","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createExternalAccount: POST /customers/external-accounts → 201", async () => {
    const result = await client.POST("/customers/external-accounts", { body: {}, headers: {"Prefer":"code=201","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createExternalAccount","method":"post","path":"/customers/external-accounts","status":201,"response":"/paths/~1customers~1external-accounts/post/responses/201"});
  });

  it("createExternalAccount: POST /customers/external-accounts → 400", async () => {
    const result = await client.POST("/customers/external-accounts", { body: {}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createExternalAccount","method":"post","path":"/customers/external-accounts","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createExternalAccount: POST /customers/external-accounts → 401", async () => {
    const result = await client.POST("/customers/external-accounts", { body: {}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createExternalAccount","method":"post","path":"/customers/external-accounts","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createExternalAccount: POST /customers/external-accounts → 409", async () => {
    const result = await client.POST("/customers/external-accounts", { body: {}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createExternalAccount","method":"post","path":"/customers/external-accounts","status":409,"response":"/components/responses/Conflict"});
  });

  it("lookupReceiver: GET /receiver/ppv/{ppvAddress} → 200", async () => {
    const result = await client.GET("/receiver/ppv/{ppvAddress}", { params: {"path":{"ppvAddress":"demo-customer@demo.blips.test"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"lookupReceiver","method":"get","path":"/receiver/ppv/{ppvAddress}","status":200,"response":"/paths/~1receiver~1ppv~1{ppvAddress}/get/responses/200"});
  });

  it("lookupReceiver: GET /receiver/ppv/{ppvAddress} → 400", async () => {
    const result = await client.GET("/receiver/ppv/{ppvAddress}", { params: {"path":{"ppvAddress":"demo-customer@demo.blips.test"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"lookupReceiver","method":"get","path":"/receiver/ppv/{ppvAddress}","status":400,"response":"/components/responses/BadRequest"});
  });

  it("lookupReceiver: GET /receiver/ppv/{ppvAddress} → 401", async () => {
    const result = await client.GET("/receiver/ppv/{ppvAddress}", { params: {"path":{"ppvAddress":"demo-customer@demo.blips.test"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"lookupReceiver","method":"get","path":"/receiver/ppv/{ppvAddress}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("lookupReceiver: GET /receiver/ppv/{ppvAddress} → 404", async () => {
    const result = await client.GET("/receiver/ppv/{ppvAddress}", { params: {"path":{"ppvAddress":"demo-customer@demo.blips.test"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"lookupReceiver","method":"get","path":"/receiver/ppv/{ppvAddress}","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("createQuote: POST /quotes → 201", async () => {
    const result = await client.POST("/quotes", { body: {"lookupId":"lookup_replace_with_fresh_receiver_lookup","source":{"accountId":"InternalAccount:replace_with_sender_internal_account"},"destination":{"ppvAddress":"demo-customer@demo.blips.test","currency":"PHP"},"lockedCurrencySide":"SENDING","lockedCurrencyAmount":"10000","description":"Cross-border customer send","senderCustomerInfo":{"FULL_NAME":"Alice Zhang"}}, headers: {"Prefer":"code=201","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createQuote","method":"post","path":"/quotes","status":201,"response":"/paths/~1quotes/post/responses/201"});
  });

  it("createQuote: POST /quotes → 400", async () => {
    const result = await client.POST("/quotes", { body: {"lookupId":"lookup_replace_with_fresh_receiver_lookup","source":{"accountId":"InternalAccount:replace_with_sender_internal_account"},"destination":{"ppvAddress":"demo-customer@demo.blips.test","currency":"PHP"},"lockedCurrencySide":"SENDING","lockedCurrencyAmount":"10000","description":"Cross-border customer send","senderCustomerInfo":{"FULL_NAME":"Alice Zhang"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createQuote","method":"post","path":"/quotes","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createQuote: POST /quotes → 401", async () => {
    const result = await client.POST("/quotes", { body: {"lookupId":"lookup_replace_with_fresh_receiver_lookup","source":{"accountId":"InternalAccount:replace_with_sender_internal_account"},"destination":{"ppvAddress":"demo-customer@demo.blips.test","currency":"PHP"},"lockedCurrencySide":"SENDING","lockedCurrencyAmount":"10000","description":"Cross-border customer send","senderCustomerInfo":{"FULL_NAME":"Alice Zhang"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createQuote","method":"post","path":"/quotes","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getQuote: GET /quotes/{quoteId} → 200", async () => {
    const result = await client.GET("/quotes/{quoteId}", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getQuote","method":"get","path":"/quotes/{quoteId}","status":200,"response":"/paths/~1quotes~1{quoteId}/get/responses/200"});
  });

  it("getQuote: GET /quotes/{quoteId} → 401", async () => {
    const result = await client.GET("/quotes/{quoteId}", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getQuote","method":"get","path":"/quotes/{quoteId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getQuote: GET /quotes/{quoteId} → 404", async () => {
    const result = await client.GET("/quotes/{quoteId}", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getQuote","method":"get","path":"/quotes/{quoteId}","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("getCurrentQuote: GET /quotes/{quoteId}/current → 200", async () => {
    const result = await client.GET("/quotes/{quoteId}/current", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCurrentQuote","method":"get","path":"/quotes/{quoteId}/current","status":200,"response":"/paths/~1quotes~1{quoteId}~1current/get/responses/200"});
  });

  it("getCurrentQuote: GET /quotes/{quoteId}/current → 401", async () => {
    const result = await client.GET("/quotes/{quoteId}/current", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCurrentQuote","method":"get","path":"/quotes/{quoteId}/current","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCurrentQuote: GET /quotes/{quoteId}/current → 404", async () => {
    const result = await client.GET("/quotes/{quoteId}/current", { params: {"path":{"quoteId":"Quote:quote_123"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCurrentQuote","method":"get","path":"/quotes/{quoteId}/current","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("executeQuote: POST /quotes/{quoteId}/execute → 200", async () => {
    const result = await client.POST("/quotes/{quoteId}/execute", { params: {"path":{"quoteId":"Quote:quote_123"},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"executeQuote","method":"post","path":"/quotes/{quoteId}/execute","status":200,"response":"/paths/~1quotes~1{quoteId}~1execute/post/responses/200"});
  });

  it("executeQuote: POST /quotes/{quoteId}/execute → 400", async () => {
    const result = await client.POST("/quotes/{quoteId}/execute", { params: {"path":{"quoteId":"Quote:quote_123"},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"executeQuote","method":"post","path":"/quotes/{quoteId}/execute","status":400,"response":"/components/responses/BadRequest"});
  });

  it("executeQuote: POST /quotes/{quoteId}/execute → 401", async () => {
    const result = await client.POST("/quotes/{quoteId}/execute", { params: {"path":{"quoteId":"Quote:quote_123"},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"executeQuote","method":"post","path":"/quotes/{quoteId}/execute","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("executeQuote: POST /quotes/{quoteId}/execute → 404", async () => {
    const result = await client.POST("/quotes/{quoteId}/execute", { params: {"path":{"quoteId":"Quote:quote_123"},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"executeQuote","method":"post","path":"/quotes/{quoteId}/execute","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("executeQuote: POST /quotes/{quoteId}/execute → 409", async () => {
    const result = await client.POST("/quotes/{quoteId}/execute", { params: {"path":{"quoteId":"Quote:quote_123"},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"executeQuote","method":"post","path":"/quotes/{quoteId}/execute","status":409,"response":"/components/responses/Conflict"});
  });

  it("getTransaction: GET /transactions/{transactionId} → 200", async () => {
    const result = await client.GET("/transactions/{transactionId}", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/transactions/{transactionId}","status":200,"response":"/paths/~1transactions~1{transactionId}/get/responses/200"});
  });

  it("getTransaction: GET /transactions/{transactionId} → 401", async () => {
    const result = await client.GET("/transactions/{transactionId}", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/transactions/{transactionId}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getTransaction: GET /transactions/{transactionId} → 404", async () => {
    const result = await client.GET("/transactions/{transactionId}", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getTransaction","method":"get","path":"/transactions/{transactionId}","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("approveTransaction: POST /transactions/{transactionId}/approve → 200", async () => {
    const result = await client.POST("/transactions/{transactionId}/approve", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"approveTransaction","method":"post","path":"/transactions/{transactionId}/approve","status":200,"response":"/paths/~1transactions~1{transactionId}~1approve/post/responses/200"});
  });

  it("approveTransaction: POST /transactions/{transactionId}/approve → 400", async () => {
    const result = await client.POST("/transactions/{transactionId}/approve", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"approveTransaction","method":"post","path":"/transactions/{transactionId}/approve","status":400,"response":"/components/responses/BadRequest"});
  });

  it("approveTransaction: POST /transactions/{transactionId}/approve → 401", async () => {
    const result = await client.POST("/transactions/{transactionId}/approve", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"approveTransaction","method":"post","path":"/transactions/{transactionId}/approve","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("approveTransaction: POST /transactions/{transactionId}/approve → 404", async () => {
    const result = await client.POST("/transactions/{transactionId}/approve", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"approveTransaction","method":"post","path":"/transactions/{transactionId}/approve","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("approveTransaction: POST /transactions/{transactionId}/approve → 409", async () => {
    const result = await client.POST("/transactions/{transactionId}/approve", { params: {"path":{"transactionId":"txn_quote_001"}}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"approveTransaction","method":"post","path":"/transactions/{transactionId}/approve","status":409,"response":"/components/responses/Conflict"});
  });

  it("rejectTransaction: POST /transactions/{transactionId}/reject → 200", async () => {
    const result = await client.POST("/transactions/{transactionId}/reject", { params: {"path":{"transactionId":"txn_quote_001"}}, body: {"reason":"Failed internal review"}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"rejectTransaction","method":"post","path":"/transactions/{transactionId}/reject","status":200,"response":"/paths/~1transactions~1{transactionId}~1reject/post/responses/200"});
  });

  it("rejectTransaction: POST /transactions/{transactionId}/reject → 400", async () => {
    const result = await client.POST("/transactions/{transactionId}/reject", { params: {"path":{"transactionId":"txn_quote_001"}}, body: {"reason":"Failed internal review"}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"rejectTransaction","method":"post","path":"/transactions/{transactionId}/reject","status":400,"response":"/components/responses/BadRequest"});
  });

  it("rejectTransaction: POST /transactions/{transactionId}/reject → 401", async () => {
    const result = await client.POST("/transactions/{transactionId}/reject", { params: {"path":{"transactionId":"txn_quote_001"}}, body: {"reason":"Failed internal review"}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"rejectTransaction","method":"post","path":"/transactions/{transactionId}/reject","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("rejectTransaction: POST /transactions/{transactionId}/reject → 404", async () => {
    const result = await client.POST("/transactions/{transactionId}/reject", { params: {"path":{"transactionId":"txn_quote_001"}}, body: {"reason":"Failed internal review"}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"rejectTransaction","method":"post","path":"/transactions/{transactionId}/reject","status":404,"response":"/components/responses/ResourceNotFound"});
  });

  it("rejectTransaction: POST /transactions/{transactionId}/reject → 409", async () => {
    const result = await client.POST("/transactions/{transactionId}/reject", { params: {"path":{"transactionId":"txn_quote_001"}}, body: {"reason":"Failed internal review"}, headers: {"Prefer":"code=409","Accept":"application/json"} });
    contract.expect(result, {"operationId":"rejectTransaction","method":"post","path":"/transactions/{transactionId}/reject","status":409,"response":"/components/responses/Conflict"});
  });

  it("getConfig: GET /config → 200", async () => {
    const result = await client.GET("/config", { headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getConfig","method":"get","path":"/config","status":200,"response":"/paths/~1config/get/responses/200"});
  });

  it("getConfig: GET /config → 401", async () => {
    const result = await client.GET("/config", { headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getConfig","method":"get","path":"/config","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("updateConfig: PATCH /config → 200", async () => {
    const result = await client.PATCH("/config", { body: {"webhookEndpoint":"https://example.com/blips/webhooks"}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateConfig","method":"patch","path":"/config","status":200,"response":"/paths/~1config/patch/responses/200"});
  });

  it("updateConfig: PATCH /config → 400", async () => {
    const result = await client.PATCH("/config", { body: {"webhookEndpoint":"https://example.com/blips/webhooks"}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateConfig","method":"patch","path":"/config","status":400,"response":"/components/responses/BadRequest"});
  });

  it("updateConfig: PATCH /config → 401", async () => {
    const result = await client.PATCH("/config", { body: {"webhookEndpoint":"https://example.com/blips/webhooks"}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateConfig","method":"patch","path":"/config","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("simulateIncomingPayment: POST /sandbox/incoming-payments/simulate → 200", async () => {
    const result = await client.POST("/sandbox/incoming-payments/simulate", { body: {}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"simulateIncomingPayment","method":"post","path":"/sandbox/incoming-payments/simulate","status":200,"response":"/paths/~1sandbox~1incoming-payments~1simulate/post/responses/200"});
  });

  it("simulateIncomingPayment: POST /sandbox/incoming-payments/simulate → 400", async () => {
    const result = await client.POST("/sandbox/incoming-payments/simulate", { body: {}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"simulateIncomingPayment","method":"post","path":"/sandbox/incoming-payments/simulate","status":400,"response":"/components/responses/BadRequest"});
  });

  it("simulateIncomingPayment: POST /sandbox/incoming-payments/simulate → 401", async () => {
    const result = await client.POST("/sandbox/incoming-payments/simulate", { body: {}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"simulateIncomingPayment","method":"post","path":"/sandbox/incoming-payments/simulate","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getLightningExecutionProfile: GET /sandbox/lightning-execution-profile → 200", async () => {
    const result = await client.GET("/sandbox/lightning-execution-profile", { headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getLightningExecutionProfile","method":"get","path":"/sandbox/lightning-execution-profile","status":200,"response":"/paths/~1sandbox~1lightning-execution-profile/get/responses/200"});
  });

  it("getLightningExecutionProfile: GET /sandbox/lightning-execution-profile → 401", async () => {
    const result = await client.GET("/sandbox/lightning-execution-profile", { headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getLightningExecutionProfile","method":"get","path":"/sandbox/lightning-execution-profile","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("updateLightningExecutionProfile: PATCH /sandbox/lightning-execution-profile → 200", async () => {
    const result = await client.PATCH("/sandbox/lightning-execution-profile", { body: {}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateLightningExecutionProfile","method":"patch","path":"/sandbox/lightning-execution-profile","status":200,"response":"/paths/~1sandbox~1lightning-execution-profile/patch/responses/200"});
  });

  it("updateLightningExecutionProfile: PATCH /sandbox/lightning-execution-profile → 400", async () => {
    const result = await client.PATCH("/sandbox/lightning-execution-profile", { body: {}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateLightningExecutionProfile","method":"patch","path":"/sandbox/lightning-execution-profile","status":400,"response":"/components/responses/BadRequest"});
  });

  it("updateLightningExecutionProfile: PATCH /sandbox/lightning-execution-profile → 401", async () => {
    const result = await client.PATCH("/sandbox/lightning-execution-profile", { body: {}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateLightningExecutionProfile","method":"patch","path":"/sandbox/lightning-execution-profile","status":401,"response":"/components/responses/Unauthorized"});
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
  // @ts-expect-error listCustomers: query parameter "limit" of the wrong type
  client.GET("/customers", {"params":{"query":{"limit":"not-a-integer","cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}});
  // @ts-expect-error getCustomer: path parameter "customerId" of the wrong type
  client.GET("/customers/{customerId}", {"params":{"path":{"customerId":12345}}});
  // @ts-expect-error updateCustomer: path parameter "customerId" of the wrong type
  client.PATCH("/customers/{customerId}", {"params":{"path":{"customerId":12345}},"body":{}});
  // @ts-expect-error issueCustomerPaymentAddress: path parameter "customerId" of the wrong type
  client.POST("/customers/{customerId}/payment-address", {"params":{"path":{"customerId":12345}}});
  // @ts-expect-error listInternalAccounts: query parameter "limit" of the wrong type
  client.GET("/customers/internal-accounts", {"params":{"query":{"limit":"not-a-integer","cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}});
  // @ts-expect-error listExternalAccounts: query parameter "limit" of the wrong type
  client.GET("/customers/external-accounts", {"params":{"query":{"limit":"not-a-integer","cursor":"eyJpZCI6IjAxOTU0MmY1In0"}}});
  // @ts-expect-error lookupReceiver: path parameter "ppvAddress" of the wrong type
  client.GET("/receiver/ppv/{ppvAddress}", {"params":{"path":{"ppvAddress":12345}}});
  // @ts-expect-error createQuote: body without its required "lookupId"
  client.POST("/quotes", {"body":{"source":{"accountId":"InternalAccount:replace_with_sender_internal_account"},"destination":{"ppvAddress":"demo-customer@demo.blips.test","currency":"PHP"},"lockedCurrencySide":"SENDING","lockedCurrencyAmount":"10000","description":"Cross-border customer send","senderCustomerInfo":{"FULL_NAME":"Alice Zhang"}}});
  // @ts-expect-error createQuote: body.lockedCurrencySide outside its enum
  client.POST("/quotes", {"body":{"lookupId":"lookup_replace_with_fresh_receiver_lookup","source":{"accountId":"InternalAccount:replace_with_sender_internal_account"},"destination":{"ppvAddress":"demo-customer@demo.blips.test","currency":"PHP"},"lockedCurrencySide":"__not_in_the_enum__","lockedCurrencyAmount":"10000","description":"Cross-border customer send","senderCustomerInfo":{"FULL_NAME":"Alice Zhang"}}});
  // @ts-expect-error getQuote: path parameter "quoteId" of the wrong type
  client.GET("/quotes/{quoteId}", {"params":{"path":{"quoteId":12345}}});
  // @ts-expect-error getCurrentQuote: path parameter "quoteId" of the wrong type
  client.GET("/quotes/{quoteId}/current", {"params":{"path":{"quoteId":12345}}});
  // @ts-expect-error executeQuote: path parameter "quoteId" of the wrong type
  client.POST("/quotes/{quoteId}/execute", {"params":{"path":{"quoteId":12345},"header":{"Idempotency-Key":"9f1c7a52-4b1e-4d8e-8f7e-3a2b1c0d9e8f"}}});
  // @ts-expect-error getTransaction: path parameter "transactionId" of the wrong type
  client.GET("/transactions/{transactionId}", {"params":{"path":{"transactionId":12345}}});
  // @ts-expect-error approveTransaction: path parameter "transactionId" of the wrong type
  client.POST("/transactions/{transactionId}/approve", {"params":{"path":{"transactionId":12345}}});
  // @ts-expect-error rejectTransaction: path parameter "transactionId" of the wrong type
  client.POST("/transactions/{transactionId}/reject", {"params":{"path":{"transactionId":12345}},"body":{"reason":"Failed internal review"}});
}
