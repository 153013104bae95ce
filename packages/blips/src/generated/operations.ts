// generated from specs/blips.yaml — do not edit. Run `pnpm generate` to update.

/** The servers of the spec, in its order; `{name}` placeholders take the variable defaults. */
export const servers = [
  {
    "url": "https://{publicHost}",
    "variables": {
      "publicHost": {
        "default": "public-test.blips.network"
      }
    }
  }
] as const;

/** The security schemes of the spec, by name. */
export const securitySchemes = {
  "basicAuth": {
    "type": "http",
    "scheme": "basic"
  }
} as const;

/**
 * Each operation's effective security (alternatives in order of preference; `[]` means none) and
 * the scopes its `x-scopes` extension asks for. `security` is the spec's top-level requirement.
 */
export const operationSecurity = {
  "security": [
    {
      "basicAuth": []
    }
  ],
  "operations": {
    "listTokens": {
      "method": "get",
      "path": "/tokens",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "createToken": {
      "method": "post",
      "path": "/tokens",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getToken": {
      "method": "get",
      "path": "/tokens/{tokenId}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "revokeToken": {
      "method": "post",
      "path": "/tokens/{tokenId}/revoke",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "listCustomers": {
      "method": "get",
      "path": "/customers",
      "security": [
        {
          "basicAuth": []
        }
      ],
      "pagination": {
        "style": "cursor",
        "cursorParam": "cursor",
        "items": "data",
        "nextCursor": "nextCursor",
        "limitParam": "limit",
        "hasMore": "hasMore"
      }
    },
    "createCustomer": {
      "method": "post",
      "path": "/customers",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getCustomer": {
      "method": "get",
      "path": "/customers/{customerId}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "updateCustomer": {
      "method": "patch",
      "path": "/customers/{customerId}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "issueCustomerPaymentAddress": {
      "method": "post",
      "path": "/customers/{customerId}/payment-address",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "listInternalAccounts": {
      "method": "get",
      "path": "/customers/internal-accounts",
      "security": [
        {
          "basicAuth": []
        }
      ],
      "pagination": {
        "style": "cursor",
        "cursorParam": "cursor",
        "items": "data",
        "nextCursor": "nextCursor",
        "limitParam": "limit",
        "hasMore": "hasMore"
      }
    },
    "listExternalAccounts": {
      "method": "get",
      "path": "/customers/external-accounts",
      "security": [
        {
          "basicAuth": []
        }
      ],
      "pagination": {
        "style": "cursor",
        "cursorParam": "cursor",
        "items": "data",
        "nextCursor": "nextCursor",
        "limitParam": "limit",
        "hasMore": "hasMore"
      }
    },
    "createExternalAccount": {
      "method": "post",
      "path": "/customers/external-accounts",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "lookupReceiver": {
      "method": "get",
      "path": "/receiver/ppv/{ppvAddress}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "createQuote": {
      "method": "post",
      "path": "/quotes",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getQuote": {
      "method": "get",
      "path": "/quotes/{quoteId}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getCurrentQuote": {
      "method": "get",
      "path": "/quotes/{quoteId}/current",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "executeQuote": {
      "method": "post",
      "path": "/quotes/{quoteId}/execute",
      "security": [
        {
          "basicAuth": []
        }
      ],
      "idempotencyHeader": "Idempotency-Key"
    },
    "getTransaction": {
      "method": "get",
      "path": "/transactions/{transactionId}",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "approveTransaction": {
      "method": "post",
      "path": "/transactions/{transactionId}/approve",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "rejectTransaction": {
      "method": "post",
      "path": "/transactions/{transactionId}/reject",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getConfig": {
      "method": "get",
      "path": "/config",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "updateConfig": {
      "method": "patch",
      "path": "/config",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "simulateIncomingPayment": {
      "method": "post",
      "path": "/sandbox/incoming-payments/simulate",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "getLightningExecutionProfile": {
      "method": "get",
      "path": "/sandbox/lightning-execution-profile",
      "security": [
        {
          "basicAuth": []
        }
      ]
    },
    "updateLightningExecutionProfile": {
      "method": "patch",
      "path": "/sandbox/lightning-execution-profile",
      "security": [
        {
          "basicAuth": []
        }
      ]
    }
  }
} as const;

/**
 * What the authenticated fetch reads: `security` lists the distinct requirements (the first is
 * the spec's top-level one), each as alternatives in order of preference, an alternative naming
 * the schemes it needs together (`[]`: none). A route is [METHOD, path, index into `security`,
 * idempotency header if the operation takes one],
 * in the order the runtime tries them; a request no route matches takes the first requirement.
 */
export const api = {
  "security": [[["basicAuth"]]],
  "routes": [
    ["POST","/quotes/{quoteId}/execute",0,"Idempotency-Key"]
  ]
} as const;

/** How each paginated GET pages (its `x-pagination`), by path: what `paginate` follows. */
export const pagination = {
  "/customers": {
    "style": "cursor",
    "cursorParam": "cursor",
    "items": "data",
    "nextCursor": "nextCursor",
    "limitParam": "limit",
    "hasMore": "hasMore"
  },
  "/customers/internal-accounts": {
    "style": "cursor",
    "cursorParam": "cursor",
    "items": "data",
    "nextCursor": "nextCursor",
    "limitParam": "limit",
    "hasMore": "hasMore"
  },
  "/customers/external-accounts": {
    "style": "cursor",
    "cursorParam": "cursor",
    "items": "data",
    "nextCursor": "nextCursor",
    "limitParam": "limit",
    "hasMore": "hasMore"
  }
} as const;

/** The spec's `x-rate-limit` (what `rateLimit: true` keeps under), or undefined. */
export const rateLimit: { readonly requests: number; readonly perSeconds: number } | undefined = undefined;

/** How the spec's token operation turns credentials into a token (its `x-token-exchange`). */
export const tokenExchange = undefined;
