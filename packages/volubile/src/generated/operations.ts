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
export const api = {
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
    }
  }
} as const;
