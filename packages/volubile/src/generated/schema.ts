// generated from specs/volubile.yaml — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a short lived Bearer token
         * @description Issues a short lived JWT Bearer token from a valid API key.
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls
         * @description Lists calls, one page at a time. Needs the calls:read scope.
         */
        get: operations["listCalls"];
        put?: never;
        /**
         * Create a call
         * @description Creates a call. Needs the calls:write scope.
         */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a call
         * @description Returns one call. Needs the calls:read scope.
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
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
        /** @description Payload used to issue a short lived Bearer token from an API key */
        AuthTokenRequest: {
            /** @description List of scopes granted to the issued Bearer token */
            scope: ("calls:read" | "calls:write" | "campaigns:read" | "campaigns:write" | "agents:read" | "agents:write" | "integrations:read" | "integrations:write")[];
        };
        /** @description Short lived Bearer token issued from a valid API key */
        AuthTokenResponse: {
            /**
             * @description Signed JWT Bearer token
             * @example eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjN2Y4...
             */
            token?: string;
            /**
             * Format: int64
             * @description Token lifetime in seconds
             * @example 900
             */
            expiresIn?: number;
            /**
             * @description Token type
             * @example Bearer
             */
            tokenType?: string;
        };
        ErrorResponse: {
            /**
             * Format: date-time
             * @description Date and time when the error occurs.
             *
             *     Format: UTC time - yyyy-MM-dd'T'HH:mm:ss.SSS'Z'
             */
            timestamp?: string;
            /**
             * Format: int32
             * @description Http status code
             */
            status?: number;
            /** @description Information about the error */
            message?: string;
            /** @description List of specific validation errors */
            errors?: components["schemas"]["ValidationError"][];
        };
        /** @description List of specific validation errors */
        ValidationError: {
            /** @description Field in error */
            field?: string;
            /** @description Value in error */
            rejectedValue?: Record<string, never>;
            /** @description Description of the failed validation */
            message?: string;
        };
        /** @description A call. Only `id` is known; everything else is passed through as is. */
        Call: {
            /** @description Call identifier. */
            id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of calls. */
        CallPage: {
            /** @description The calls on this page. */
            content?: components["schemas"]["Call"][];
            /** @description Page size. */
            size?: number;
            /** @description Page number, starting at 1. */
            page?: number;
            /**
             * Format: int64
             * @description Number of calls across all pages.
             */
            totalElements?: number;
            /** @description Number of pages. */
            totalPages?: number;
        };
        /** @description Body of POST /v1/calls. Its fields are not documented in our sources. */
        CreateCallRequest: {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters or payload */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing or invalid Bearer token or API key */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The Bearer token lacks the scope this operation needs */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No call with this id */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too Many Requests */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "*/*": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthTokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjN2Y4...",
                     *       "expiresIn": 900,
                     *       "tokenType": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["AuthTokenResponse"];
                };
            };
            /** @description Invalid payload or unsupported scope */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bearer tokens cannot be used to mint another token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: number;
                /** @description Page size, at most 100. */
                size?: number;
                /** @description Sort order. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "id": "3f1c2a9e-7b4d-4e8a-9c61-2d5f0b7a1e42"
                     *         }
                     *       ],
                     *       "size": 20,
                     *       "page": 1,
                     *       "totalElements": 1,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["CallPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-7b4d-4e8a-9c61-2d5f0b7a1e42"
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-7b4d-4e8a-9c61-2d5f0b7a1e42"
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
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
export const authTokenRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuthTokenRequest"]["scope"]> = ["calls:read", "calls:write", "campaigns:read", "campaigns:write", "agents:read", "agents:write", "integrations:read", "integrations:write"];
