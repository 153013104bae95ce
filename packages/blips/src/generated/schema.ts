// generated from specs/blips.yaml — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description Lists the platform's API tokens. Listed tokens never carry a clientSecret.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Create an API token for your authenticated platform.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API token
         * @description Returns one API token. The clientSecret is never returned here.
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{tokenId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API token
         * @description Revokes an API token: its credential pair stops authenticating. The response never carries a clientSecret.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description VIEW reads platform configuration, customers, tokens, and transactions, TRANSACT creates quotes, executes payments, and runs transfer actions, and MANAGE updates platform configuration, API tokens, and customer records.
         * @enum {string}
         */
        Permission: "VIEW" | "TRANSACT" | "MANAGE";
        CreateApiTokenRequest: {
            /**
             * @description Human-readable token name shown when the token is listed or reviewed later.
             * @example Operations token
             */
            name: string;
            /**
             * @description Permission labels to attach to the token. VIEW reads platform configuration, customers, tokens, and transactions, TRANSACT creates quotes, executes payments, and runs transfer actions, and MANAGE updates platform configuration, API tokens, and customer records.
             * @example [
             *       "VIEW",
             *       "TRANSACT",
             *       "MANAGE"
             *     ]
             */
            permissions: components["schemas"]["Permission"][];
        };
        /** @description A newly created API token, including its client secret (shown only once). */
        ApiTokenWithSecret: {
            /**
             * @description Stable API-token identifier.
             * @example Token:019542f5-b3e7-1d02-0000-000000000001
             */
            id: string;
            /**
             * @description Client identifier used for Basic Auth.
             * @example 01947d2284054f890000e63bca4810df
             */
            clientId: string;
            /**
             * @description Client secret shown once at token creation time. It is not re-readable later.
             * @example ed0ad25881e234cc28fb2dec0a4fe64e4172
             */
            clientSecret: string;
            /**
             * @description Human-readable token name.
             * @example Operations token
             */
            name: string;
            /** @description Permissions granted to this token. VIEW reads platform configuration, customers, tokens, and transactions, TRANSACT creates quotes, executes payments, and runs transfer actions, and MANAGE updates platform configuration, API tokens, and customer records. */
            permissions: components["schemas"]["Permission"][];
            /**
             * Format: date-time
             * @description Token creation timestamp.
             * @example 2025-07-21T17:32:28Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Most recent token update timestamp.
             * @example 2025-07-21T17:32:28Z
             */
            updatedAt: string;
        };
        /** @description An API token as listed or read back: the create response without clientSecret, which is never re-readable. Closed, so a clientSecret here is a schema violation. */
        ApiToken: {
            /**
             * @description Stable API-token identifier.
             * @example Token:019542f5-b3e7-1d02-0000-000000000001
             */
            id: string;
            /**
             * @description Client identifier used for Basic Auth.
             * @example 01947d2284054f890000e63bca4810df
             */
            clientId: string;
            /**
             * @description Human-readable token name.
             * @example Operations token
             */
            name: string;
            /** @description Permissions granted to this token. VIEW reads platform configuration, customers, tokens, and transactions, TRANSACT creates quotes, executes payments, and runs transfer actions, and MANAGE updates platform configuration, API tokens, and customer records. */
            permissions: components["schemas"]["Permission"][];
            /**
             * Format: date-time
             * @description Token creation timestamp.
             * @example 2025-07-21T17:32:28Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Most recent token update timestamp.
             * @example 2025-07-21T17:32:28Z
             */
            updatedAt: string;
        };
        /** @description API tokens of the platform. Other top-level fields may be present. */
        ApiTokenList: {
            /** @description The tokens, without client secrets. */
            data: components["schemas"]["ApiToken"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Response to a revoke. Its shape is not documented, so it is kept open, except that it never carries clientSecret. */
        RevokeApiTokenResponse: {
            [key: string]: unknown;
        };
        /** @description Error body. Blips does not document it; the properties below are the ones Lightspark Grid's error body uses (status, code, message, details) and are all optional here. Other fields are allowed. */
        Error: {
            /** @description HTTP status code. */
            status?: number;
            /** @description Machine-readable error code. */
            code?: string;
            /** @description Human-readable error message. */
            message?: string;
            /** @description Additional error details. */
            details?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid request body (for example a missing name or an empty permissions list). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid Basic credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No API token with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description API-token identifier, as returned in `id`. Accepts the `Token:<id>` form, e.g. `Token:019542f5-b3e7-1d02-0000-000000000001`. */
        TokenId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API tokens of the platform, without client secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenRequest"];
            };
        };
        responses: {
            /** @description API token created. Client secret returned only on create. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API-token identifier, as returned in `id`. Accepts the `Token:<id>` form, e.g. `Token:019542f5-b3e7-1d02-0000-000000000001`. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token, without its client secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API-token identifier, as returned in `id`. Accepts the `Token:<id>` form, e.g. `Token:019542f5-b3e7-1d02-0000-000000000001`. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API token revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeApiTokenResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const permissionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Permission"]> = ["VIEW", "TRANSACT", "MANAGE"];
