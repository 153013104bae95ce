// generated from specs/hashrails.yaml — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/v1/auth/token/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token
         * @description Exchange your client_id and client_secret for a Bearer token. Use this token in the Authorization header for all subsequent API requests.
         */
        post: operations["AuthController_issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions
         * @description Lists transactions, optionally filtered by status and date range. Requires a Bearer token from POST /v1/auth/token/issue.
         */
        get: operations["listTransactions"];
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
        /** @description Error body, the same `{success, message}` shape as the 401 and 429 responses of POST /v1/auth/token/issue. */
        ErrorResponse: {
            /** @example false */
            success?: boolean;
            /** @example Rate limit exceeded. Please try again later. */
            message?: string;
        };
        /** @description Response of GET /v1/transactions. Its shape is not documented in the sources, so it is kept open. */
        TransactionListResponse: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Your client UUID from the dashboard.
                     * @example 550e8400-e29b-41d4-a716-446655440000
                     */
                    client_id: string;
                    /**
                     * @description Your API secret from the dashboard.
                     * @example sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
                     */
                    client_secret: string;
                };
            };
        };
        responses: {
            /** @description Token issued successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        success?: boolean;
                        /** @example API token issued successfully */
                        message?: string;
                        data?: {
                            /**
                             * @description JWT access token to use in the Authorization header.
                             * @example eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...
                             */
                            access_token?: string;
                            /**
                             * @description Token validity in seconds.
                             * @example 3600
                             */
                            expires_in?: number;
                            /**
                             * @description Token type. Always Bearer.
                             * @example Bearer
                             */
                            token_type?: string;
                        };
                    };
                };
            };
            /** @description Invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example false */
                        success?: boolean;
                        /** @example Invalid client_id or client_secret */
                        message?: string;
                    };
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example false */
                        success?: boolean;
                        /** @example Rate limit exceeded. Please try again later. */
                        message?: string;
                    };
                };
            };
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Only return transactions in this status. */
                status?: "pending" | "completed";
                /** @description Start of the date range, as YYYY-MM-DD. */
                startDate?: string;
                /** @description End of the date range, as YYYY-MM-DD. */
                endDate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transactions matching the filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionListResponse"];
                };
            };
            /** @description Missing, invalid or expired Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
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
export const pathsV1TransactionsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transactions"]["get"]["parameters"]["query"]["status"]> = ["pending", "completed"];
