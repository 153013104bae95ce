// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

/** The servers of the spec, in its order; `{name}` placeholders take the variable defaults. */
export const servers = [
  {
    "url": "https://api.railsfromthecrypt.com",
    "variables": {}
  },
  {
    "url": "https://api.hashrails.com",
    "variables": {}
  }
] as const;

/** The security schemes of the spec, by name. */
export const securitySchemes = {
  "bearerAuth": {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "JWT"
  }
} as const;

/**
 * Each operation's effective security (alternatives in order of preference; `[]` means none) and
 * the scopes its `x-scopes` extension asks for. `security` is the spec's top-level requirement.
 */
export const operationSecurity = {
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "operations": {
    "AuthController_issueToken": {
      "method": "post",
      "path": "/v1/auth/token/issue",
      "security": []
    },
    "listTransactions": {
      "method": "get",
      "path": "/v1/transactions",
      "security": [
        {
          "bearerAuth": []
        }
      ]
    },
    "getTransaction": {
      "method": "get",
      "path": "/v1/transactions/{id}",
      "security": [
        {
          "bearerAuth": []
        }
      ]
    },
    "createRecipient": {
      "method": "post",
      "path": "/v1/recipients",
      "security": [
        {
          "bearerAuth": []
        }
      ],
      "idempotencyHeader": "X-Idempotency-Key"
    },
    "getRecipient": {
      "method": "get",
      "path": "/v1/recipients/{id}",
      "security": [
        {
          "bearerAuth": []
        }
      ]
    },
    "createTransferRequest": {
      "method": "post",
      "path": "/v1/transfer-requests",
      "security": [
        {
          "bearerAuth": []
        }
      ],
      "idempotencyHeader": "X-Idempotency-Key"
    },
    "confirmTransferRequestRate": {
      "method": "post",
      "path": "/v1/transfer-requests/{id}/confirm-rate",
      "security": [
        {
          "bearerAuth": []
        }
      ],
      "idempotencyHeader": "X-Idempotency-Key"
    },
    "confirmTransferRequestPayment": {
      "method": "post",
      "path": "/v1/transfer-requests/{id}/confirm-payment",
      "security": [
        {
          "bearerAuth": []
        }
      ],
      "idempotencyHeader": "X-Idempotency-Key"
    },
    "cancelTransferRequest": {
      "method": "post",
      "path": "/v1/transfer-requests/{id}/cancel",
      "security": [
        {
          "bearerAuth": []
        }
      ],
      "idempotencyHeader": "X-Idempotency-Key"
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
  "security": [[["bearerAuth"]],[]],
  "routes": [
    ["POST","/v1/transfer-requests/{id}/confirm-payment",0,"X-Idempotency-Key"],
    ["POST","/v1/transfer-requests/{id}/confirm-rate",0,"X-Idempotency-Key"],
    ["POST","/v1/transfer-requests/{id}/cancel",0,"X-Idempotency-Key"],
    ["POST","/v1/transfer-requests",0,"X-Idempotency-Key"],
    ["POST","/v1/auth/token/issue",1],
    ["POST","/v1/recipients",0,"X-Idempotency-Key"]
  ]
} as const;

/** How each paginated GET pages (its `x-pagination`), by path: what `paginate` follows. */
export const pagination = {} as const;

/** The spec's `x-rate-limit` (what `rateLimit: true` keeps under), or undefined. */
export const rateLimit: { readonly requests: number; readonly perSeconds: number } | undefined = undefined;

/** How the spec's token operation turns credentials into a token (its `x-token-exchange`). */
export const tokenExchange = {
  "method": "POST",
  "path": "/v1/auth/token/issue",
  "issues": "bearerAuth",
  "request": {
    "clientId": [
      "client_id"
    ],
    "clientSecret": [
      "client_secret"
    ]
  },
  "response": {
    "accessToken": [
      "data",
      "access_token"
    ],
    "expiresIn": [
      "data",
      "expires_in"
    ],
    "tokenType": [
      "data",
      "token_type"
    ]
  },
  "authSchemes": [],
  "authOptions": [],
  "identity": "clientId"
} as const;
