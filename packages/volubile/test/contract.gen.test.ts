// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

import { describe, it } from "vitest";
import { loadContract, prismUrl } from "@apiclients/contract-kit/runtime";
import { createContractClient } from "./contract.setup.js";

const contract = await loadContract("specs/volubile.yaml");
const client = createContractClient(prismUrl("volubile"));

describe("contract: specs/volubile.yaml (67 cases)", () => {
  it("issueToken: POST /v1/auth/token → 200", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":200,"response":"/paths/~1v1~1auth~1token/post/responses/200"});
  });

  it("issueToken: POST /v1/auth/token → 400", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":400,"response":"/paths/~1v1~1auth~1token/post/responses/400"});
  });

  it("issueToken: POST /v1/auth/token → 401", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":401,"response":"/paths/~1v1~1auth~1token/post/responses/401"});
  });

  it("issueToken: POST /v1/auth/token → 403", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":403,"response":"/paths/~1v1~1auth~1token/post/responses/403"});
  });

  it("issueToken: POST /v1/auth/token → 429", async () => {
    const result = await client.POST("/v1/auth/token", { body: {"scope":["calls:read"]}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"issueToken","method":"post","path":"/v1/auth/token","status":429,"response":"/paths/~1v1~1auth~1token/post/responses/429"});
  });

  it("listCalls: GET /v1/calls → 200", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":200,"response":"/paths/~1v1~1calls/get/responses/200"});
  });

  it("listCalls: GET /v1/calls → 400", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":400,"response":"/components/responses/BadRequest"});
  });

  it("listCalls: GET /v1/calls → 401", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("listCalls: GET /v1/calls → 403", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":403,"response":"/components/responses/Forbidden"});
  });

  it("listCalls: GET /v1/calls → 429", async () => {
    const result = await client.GET("/v1/calls", { params: {"query":{"page":1,"size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"listCalls","method":"get","path":"/v1/calls","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("createCall: POST /v1/calls → 201", async () => {
    const result = await client.POST("/v1/calls", { body: {"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}, headers: {"Prefer":"code=201","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":201,"response":"/paths/~1v1~1calls/post/responses/201"});
  });

  it("createCall: POST /v1/calls → 400", async () => {
    const result = await client.POST("/v1/calls", { body: {"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createCall: POST /v1/calls → 401", async () => {
    const result = await client.POST("/v1/calls", { body: {"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createCall: POST /v1/calls → 403", async () => {
    const result = await client.POST("/v1/calls", { body: {"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":403,"response":"/components/responses/Forbidden"});
  });

  it("createCall: POST /v1/calls → 429", async () => {
    const result = await client.POST("/v1/calls", { body: {"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"createCall","method":"post","path":"/v1/calls","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getCall: GET /v1/calls/{id} → 200", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":200,"response":"/paths/~1v1~1calls~1{id}/get/responses/200"});
  });

  it("getCall: GET /v1/calls/{id} → 401", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCall: GET /v1/calls/{id} → 403", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getCall: GET /v1/calls/{id} → 404", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("getCall: GET /v1/calls/{id} → 429", async () => {
    const result = await client.GET("/v1/calls/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"getCall","method":"get","path":"/v1/calls/{id}","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getCallRecording: GET /v1/calls/{id}/recording → 200", async () => {
    const result = await client.GET("/v1/calls/{id}/recording", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=200"} });
    contract.expect(result, {"operationId":"getCallRecording","method":"get","path":"/v1/calls/{id}/recording","status":200,"response":"/paths/~1v1~1calls~1{id}~1recording/get/responses/200"});
  });

  it("getCallRecording: GET /v1/calls/{id}/recording → 401", async () => {
    const result = await client.GET("/v1/calls/{id}/recording", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallRecording","method":"get","path":"/v1/calls/{id}/recording","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCallRecording: GET /v1/calls/{id}/recording → 403", async () => {
    const result = await client.GET("/v1/calls/{id}/recording", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallRecording","method":"get","path":"/v1/calls/{id}/recording","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getCallRecording: GET /v1/calls/{id}/recording → 404", async () => {
    const result = await client.GET("/v1/calls/{id}/recording", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallRecording","method":"get","path":"/v1/calls/{id}/recording","status":404,"response":"/components/responses/NotFound"});
  });

  it("getCallRecording: GET /v1/calls/{id}/recording → 429", async () => {
    const result = await client.GET("/v1/calls/{id}/recording", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"getCallRecording","method":"get","path":"/v1/calls/{id}/recording","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 200", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":200,"response":"/paths/~1v1~1calls~1{id}~1transcript/get/responses/200"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 400", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":400,"response":"/components/responses/BadRequest"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 401", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 403", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 404", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":404,"response":"/components/responses/NotFound"});
  });

  it("getCallTranscript: GET /v1/calls/{id}/transcript → 429", async () => {
    const result = await client.GET("/v1/calls/{id}/transcript", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"getCallTranscript","method":"get","path":"/v1/calls/{id}/transcript","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("createBulkCalls: POST /v1/bulk/calls → 200", async () => {
    const result = await client.POST("/v1/bulk/calls", { body: {}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createBulkCalls","method":"post","path":"/v1/bulk/calls","status":200,"response":"/paths/~1v1~1bulk~1calls/post/responses/200"});
  });

  it("createBulkCalls: POST /v1/bulk/calls → 400", async () => {
    const result = await client.POST("/v1/bulk/calls", { body: {}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createBulkCalls","method":"post","path":"/v1/bulk/calls","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createBulkCalls: POST /v1/bulk/calls → 401", async () => {
    const result = await client.POST("/v1/bulk/calls", { body: {}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createBulkCalls","method":"post","path":"/v1/bulk/calls","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createBulkCalls: POST /v1/bulk/calls → 403", async () => {
    const result = await client.POST("/v1/bulk/calls", { body: {}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createBulkCalls","method":"post","path":"/v1/bulk/calls","status":403,"response":"/components/responses/Forbidden"});
  });

  it("createBulkCalls: POST /v1/bulk/calls → 429", async () => {
    const result = await client.POST("/v1/bulk/calls", { body: {}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"createBulkCalls","method":"post","path":"/v1/bulk/calls","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("listAgents: GET /v1/agents → 200", async () => {
    const result = await client.GET("/v1/agents", { headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listAgents","method":"get","path":"/v1/agents","status":200,"response":"/paths/~1v1~1agents/get/responses/200"});
  });

  it("listAgents: GET /v1/agents → 401", async () => {
    const result = await client.GET("/v1/agents", { headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listAgents","method":"get","path":"/v1/agents","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("listAgents: GET /v1/agents → 403", async () => {
    const result = await client.GET("/v1/agents", { headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"listAgents","method":"get","path":"/v1/agents","status":403,"response":"/components/responses/Forbidden"});
  });

  it("listAgents: GET /v1/agents → 429", async () => {
    const result = await client.GET("/v1/agents", { headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"listAgents","method":"get","path":"/v1/agents","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getAgent: GET /v1/agents/{id} → 200", async () => {
    const result = await client.GET("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getAgent","method":"get","path":"/v1/agents/{id}","status":200,"response":"/paths/~1v1~1agents~1{id}/get/responses/200"});
  });

  it("getAgent: GET /v1/agents/{id} → 401", async () => {
    const result = await client.GET("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getAgent","method":"get","path":"/v1/agents/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getAgent: GET /v1/agents/{id} → 403", async () => {
    const result = await client.GET("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getAgent","method":"get","path":"/v1/agents/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getAgent: GET /v1/agents/{id} → 404", async () => {
    const result = await client.GET("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getAgent","method":"get","path":"/v1/agents/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("getAgent: GET /v1/agents/{id} → 429", async () => {
    const result = await client.GET("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"getAgent","method":"get","path":"/v1/agents/{id}","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 200", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":200,"response":"/paths/~1v1~1agents~1{id}/patch/responses/200"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 400", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":400,"response":"/components/responses/BadRequest"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 401", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 403", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 404", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("updateAgent: PATCH /v1/agents/{id} → 429", async () => {
    const result = await client.PATCH("/v1/agents/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: {"active":false}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"updateAgent","method":"patch","path":"/v1/agents/{id}","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("createCampaign: POST /v1/campaigns → 201", async () => {
    const result = await client.POST("/v1/campaigns", { body: {"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}, headers: {"Prefer":"code=201","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCampaign","method":"post","path":"/v1/campaigns","status":201,"response":"/paths/~1v1~1campaigns/post/responses/201"});
  });

  it("createCampaign: POST /v1/campaigns → 400", async () => {
    const result = await client.POST("/v1/campaigns", { body: {"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}, headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCampaign","method":"post","path":"/v1/campaigns","status":400,"response":"/components/responses/BadRequest"});
  });

  it("createCampaign: POST /v1/campaigns → 401", async () => {
    const result = await client.POST("/v1/campaigns", { body: {"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCampaign","method":"post","path":"/v1/campaigns","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("createCampaign: POST /v1/campaigns → 403", async () => {
    const result = await client.POST("/v1/campaigns", { body: {"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"createCampaign","method":"post","path":"/v1/campaigns","status":403,"response":"/components/responses/Forbidden"});
  });

  it("createCampaign: POST /v1/campaigns → 429", async () => {
    const result = await client.POST("/v1/campaigns", { body: {"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"createCampaign","method":"post","path":"/v1/campaigns","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("getCampaign: GET /v1/campaigns/{id} → 200", async () => {
    const result = await client.GET("/v1/campaigns/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCampaign","method":"get","path":"/v1/campaigns/{id}","status":200,"response":"/paths/~1v1~1campaigns~1{id}/get/responses/200"});
  });

  it("getCampaign: GET /v1/campaigns/{id} → 401", async () => {
    const result = await client.GET("/v1/campaigns/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCampaign","method":"get","path":"/v1/campaigns/{id}","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("getCampaign: GET /v1/campaigns/{id} → 403", async () => {
    const result = await client.GET("/v1/campaigns/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCampaign","method":"get","path":"/v1/campaigns/{id}","status":403,"response":"/components/responses/Forbidden"});
  });

  it("getCampaign: GET /v1/campaigns/{id} → 404", async () => {
    const result = await client.GET("/v1/campaigns/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"getCampaign","method":"get","path":"/v1/campaigns/{id}","status":404,"response":"/components/responses/NotFound"});
  });

  it("getCampaign: GET /v1/campaigns/{id} → 429", async () => {
    const result = await client.GET("/v1/campaigns/{id}", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"getCampaign","method":"get","path":"/v1/campaigns/{id}","status":429,"response":"/components/responses/TooManyRequests"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 200", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=200","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":200,"response":"/paths/~1v1~1campaigns~1{id}~1status/post/responses/200"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 400", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=400","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":400,"response":"/components/responses/BadRequest"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 401", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=401","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":401,"response":"/components/responses/Unauthorized"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 403", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=403","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":403,"response":"/components/responses/Forbidden"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 404", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=404","Accept":"application/json"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":404,"response":"/components/responses/NotFound"});
  });

  it("updateCampaignStatus: POST /v1/campaigns/{id}/status → 429", async () => {
    const result = await client.POST("/v1/campaigns/{id}/status", { params: {"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}}, body: "PAUSED", headers: {"Prefer":"code=429","Accept":"*/*"} });
    contract.expect(result, {"operationId":"updateCampaignStatus","method":"post","path":"/v1/campaigns/{id}/status","status":429,"response":"/components/responses/TooManyRequests"});
  });
});

/** Type-level contract: `pnpm typecheck` proves each call below does not compile. Never run. */
export function typeContract() {
  // @ts-expect-error issueToken: body without its required "scope"
  client.POST("/v1/auth/token", {"body":{}});
  // @ts-expect-error issueToken: body.scope[0] outside its enum
  client.POST("/v1/auth/token", {"body":{"scope":["__not_in_the_enum__"]}});
  // @ts-expect-error listCalls: query parameter "page" of the wrong type
  client.GET("/v1/calls", {"params":{"query":{"page":"not-a-integer","size":1,"sort":"created,DESC","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","phone":"+33612345678","campaign":"3c90c3cc-0d44-4b50-8888-8dd25736052a","from":"2024-07-01","to":"2024-07-31"}}});
  // @ts-expect-error createCall: body without its required "agentId"
  client.POST("/v1/calls", {"body":{"recipient":{"phone":"+33612345678","context":{"firstName":"firstname","lastName":"lastname","orderNumber":"5HZ99FRT"}}}});
  // @ts-expect-error getCall: path parameter "id" of the wrong type
  client.GET("/v1/calls/{id}", {"params":{"path":{"id":12345}}});
  // @ts-expect-error getCallRecording: path parameter "id" of the wrong type
  client.GET("/v1/calls/{id}/recording", {"params":{"path":{"id":12345}}});
  // @ts-expect-error getCallTranscript: path parameter "id" of the wrong type
  client.GET("/v1/calls/{id}/transcript", {"params":{"path":{"id":12345}}});
  // @ts-expect-error getAgent: path parameter "id" of the wrong type
  client.GET("/v1/agents/{id}", {"params":{"path":{"id":12345}}});
  // @ts-expect-error updateAgent: path parameter "id" of the wrong type
  client.PATCH("/v1/agents/{id}", {"params":{"path":{"id":12345}},"body":{"active":false}});
  // @ts-expect-error createCampaign: body without its required "name"
  client.POST("/v1/campaigns", {"body":{"agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["MONDAY"]}});
  // @ts-expect-error createCampaign: body.days[0] outside its enum
  client.POST("/v1/campaigns", {"body":{"name":"Summer follow-up","agentId":"3c90c3cc-0d44-4b50-8888-8dd25736052a","startDate":"2024-07-30","timeSlots":[{"startTime":"10:30","endTime":"12:30"}],"batchSize":100,"days":["__not_in_the_enum__"]}});
  // @ts-expect-error getCampaign: path parameter "id" of the wrong type
  client.GET("/v1/campaigns/{id}", {"params":{"path":{"id":12345}}});
  // @ts-expect-error updateCampaignStatus: body outside its enum
  client.POST("/v1/campaigns/{id}/status", {"params":{"path":{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a"}},"body":"__not_in_the_enum__"});
  // @ts-expect-error updateCampaignStatus: path parameter "id" of the wrong type
  client.POST("/v1/campaigns/{id}/status", {"params":{"path":{"id":12345}},"body":"PAUSED"});
}
