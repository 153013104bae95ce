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
    }
  }
} as const;

/**
 * What the authenticated fetch reads: `security` lists the distinct requirements (the first is
 * the spec's top-level one), each as alternatives in order of preference, an alternative naming
 * the schemes it needs together (`[]`: none). A route is [METHOD, path, index into `security`].
 */
export const api = {
  "security": [[["basicAuth"]]],
  "routes": [
    ["GET","/tokens",0],
    ["POST","/tokens",0],
    ["GET","/tokens/{tokenId}",0],
    ["POST","/tokens/{tokenId}/revoke",0]
  ]
} as const;
