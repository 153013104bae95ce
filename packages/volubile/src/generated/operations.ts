// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

/** The servers of the spec, in its order; `{name}` placeholders take the variable defaults. */
export const servers = [
  {
    "url": "https://api.eu.volubile.ai",
    "variables": {}
  }
] as const;

/** The security schemes of the spec, by name. */
export const securitySchemes = {
  "bearerAuth": {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "JWT"
  },
  "Api key": {
    "type": "apiKey",
    "in": "header",
    "name": "X-Api-Key"
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
    },
    {
      "Api key": []
    }
  ],
  "operations": {
    "issueToken": {
      "method": "post",
      "path": "/v1/auth/token",
      "security": [
        {
          "Api key": []
        }
      ]
    },
    "listCalls": {
      "method": "get",
      "path": "/v1/calls",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "pagination": {
        "style": "page",
        "pageParam": "page",
        "items": "content",
        "sizeParam": "size",
        "totalPages": "totalPages",
        "firstPage": 1
      },
      "scopes": [
        "calls:read"
      ]
    },
    "createCall": {
      "method": "post",
      "path": "/v1/calls",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "calls:write"
      ]
    },
    "getCall": {
      "method": "get",
      "path": "/v1/calls/{id}",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "calls:read"
      ]
    },
    "getCallRecording": {
      "method": "get",
      "path": "/v1/calls/{id}/recording",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "calls:read"
      ]
    },
    "getCallTranscript": {
      "method": "get",
      "path": "/v1/calls/{id}/transcript",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "calls:read"
      ]
    },
    "createBulkCalls": {
      "method": "post",
      "path": "/v1/bulk/calls",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "calls:write"
      ]
    },
    "listAgents": {
      "method": "get",
      "path": "/v1/agents",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "agents:read"
      ]
    },
    "getAgent": {
      "method": "get",
      "path": "/v1/agents/{id}",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "agents:read"
      ]
    },
    "updateAgent": {
      "method": "patch",
      "path": "/v1/agents/{id}",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "agents:write"
      ]
    },
    "createCampaign": {
      "method": "post",
      "path": "/v1/campaigns",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "campaigns:write"
      ]
    },
    "getCampaign": {
      "method": "get",
      "path": "/v1/campaigns/{id}",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "campaigns:read"
      ]
    },
    "updateCampaignStatus": {
      "method": "post",
      "path": "/v1/campaigns/{id}/status",
      "security": [
        {
          "bearerAuth": []
        },
        {
          "Api key": []
        }
      ],
      "scopes": [
        "campaigns:write"
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
  "security": [[["bearerAuth"],["Api key"]],[["Api key"]]],
  "routes": [
    ["POST","/v1/auth/token",1]
  ]
} as const;

/** How each paginated GET pages (its `x-pagination`), by path: what `paginate` follows. */
export const pagination = {
  "/v1/calls": {
    "style": "page",
    "pageParam": "page",
    "items": "content",
    "sizeParam": "size",
    "totalPages": "totalPages",
    "firstPage": 1
  }
} as const;

/** The spec's `x-rate-limit` (what `rateLimit: true` keeps under), or undefined. */
export const rateLimit: { readonly requests: number; readonly perSeconds: number } | undefined = {
  "requests": 100,
  "perSeconds": 15
};

/** How the spec's token operation turns credentials into a token (its `x-token-exchange`). */
export const tokenExchange = {
  "method": "POST",
  "path": "/v1/auth/token",
  "issues": "bearerAuth",
  "request": {
    "scopes": [
      "scope"
    ]
  },
  "response": {
    "accessToken": [
      "token"
    ],
    "expiresIn": [
      "expiresIn"
    ],
    "tokenType": [
      "tokenType"
    ]
  },
  "authSchemes": [
    "Api key"
  ],
  "authOptions": [
    "apiKey"
  ],
  "scopeOption": "scopes",
  "scopeValues": [
    "calls:read",
    "calls:write",
    "campaigns:read",
    "campaigns:write",
    "agents:read",
    "agents:write",
    "integrations:read",
    "integrations:write"
  ],
  "required": [
    "expiresIn"
  ],
  "errors": {
    "401": "missing or invalid API key",
    "403": "a Bearer token cannot mint another token; mint with the API key"
  },
  "rejectedFields": {
    "list": [
      "errors"
    ],
    "field": [
      "field"
    ]
  }
} as const;
