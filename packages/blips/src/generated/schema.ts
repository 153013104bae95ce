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
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Lists the platform's customers, one cursor page at a time.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer of the platform. Only platformCustomerId is named on the stored pages; the body is kept open.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Returns one customer.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Updates a customer record (MANAGE permission). The body is not documented on the stored pages and is kept open.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/customers/{customerId}/payment-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the customer's singleton PPV payment address.
         * @description Issues (or returns) the customer's single PPV payment address, in plain localPart@ppvDomain form.
         */
        post: operations["issueCustomerPaymentAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/internal-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List internal accounts
         * @description Lists the customers' internal (Blips-held) accounts, one cursor page at a time.
         */
        get: operations["listInternalAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/external-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List external accounts
         * @description Lists the customers' external accounts, one cursor page at a time.
         */
        get: operations["listExternalAccounts"];
        put?: never;
        /**
         * Create an external account
         * @description Registers an external account for a customer. The body is not documented on the stored pages and is kept open.
         */
        post: operations["createExternalAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receiver/ppv/{ppvAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a receiver by PPV address
         * @description Looks up the receiver of a PPV address. The returned lookupId is the fresh handle POST /quotes needs.
         */
        get: operations["lookupReceiver"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create lookup-backed PPV quote.
         * @description Create a lookup-backed PPV quote from a funded internal account to a receiver PPV address. This creates the quote only; POST /quotes/{quoteId}/execute executes it. GET /quotes/{quoteId}/current gives the live quote state, GET /quotes/{quoteId} the retained historical detail.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a quote
         * @description Returns the retained historical detail of a quote.
         */
        get: operations["getQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quoteId}/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current state of a quote
         * @description Returns the live, current state of a quote.
         */
        get: operations["getCurrentQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quoteId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a quote
         * @description Executes a quote (TRANSACT permission). Send an Idempotency-Key to make the call safe to retry.
         */
        post: operations["executeQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a transaction
         * @description Returns one transaction.
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a transaction
         * @description Approves a transaction waiting for the platform's decision. 409 when it cannot be approved, e.g. `sanctions_hit` or `sender_kyc_not_approved`.
         */
        post: operations["approveTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a transaction
         * @description Rejects a transaction waiting for the platform's decision, with a reason.
         */
        post: operations["rejectTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get platform configuration
         * @description Returns the platform configuration (VIEW permission), including the webhook endpoint.
         */
        get: operations["getConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update platform configuration
         * @description Updates the platform configuration (MANAGE permission), e.g. `webhookEndpoint`, where Blips sends its webhooks.
         */
        patch: operations["updateConfig"];
        trace?: never;
    };
    "/sandbox/incoming-payments/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate an incoming payment
         * @description Sandbox only: simulates an incoming payment. Body and response are not documented on the stored pages and are kept open.
         */
        post: operations["simulateIncomingPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/lightning-execution-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the sandbox Lightning execution profile
         * @description Sandbox only: the Lightning execution profile used as a pricing input for quotes. Its shape is not documented on the stored pages.
         */
        get: operations["getLightningExecutionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the sandbox Lightning execution profile
         * @description Sandbox only: updates the Lightning execution profile. Its shape is not documented on the stored pages.
         */
        patch: operations["updateLightningExecutionProfile"];
        trace?: never;
    };
}
export interface webhooks {
    blipsEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Blips webhook
         * @description Sent to the `webhookEndpoint` set with PATCH /config; acknowledge with 200. Neither the payload shape nor a signature scheme is documented, so the body is kept open.
         */
        post: operations["blipsEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        /** @description Error body, `{ status, code, message, details }` (Blips' errors page, the same property names as Lightspark Grid's error body). All optional here; other fields are allowed. */
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
        /** @description A JSON object whose shape is not documented on the stored pages. */
        OpenObject: {
            [key: string]: unknown;
        };
        /** @description A customer. Only `id` (system-generated UUID) and `platformCustomerId` are named on the stored pages; other fields are passed through. */
        Customer: {
            /** @description System-generated customer UUID. */
            id?: string;
            /** @description Platform-side customer identifier. */
            platformCustomerId?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of POST /customers. Only `platformCustomerId` is named on the stored pages; the rest is kept open. */
        CreateCustomerRequest: {
            /** @description Platform-side customer identifier. */
            platformCustomerId?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One cursor page of customers. */
        CustomerPage: {
            data: components["schemas"]["Customer"][];
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page. */
            nextCursor?: string;
            /** @description Number of items across all pages. */
            totalCount?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description An internal or external account. Its shape is not documented on the stored pages. */
        Account: {
            id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One cursor page of accounts. */
        AccountPage: {
            data: components["schemas"]["Account"][];
            hasMore: boolean;
            nextCursor?: string;
            totalCount?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The customer's PPV payment address (frozen MVP public customer payment-address issuance response). ppvAddress is in plain localPart@ppvDomain form. */
        CustomerPaymentAddress: {
            /**
             * Format: uuid
             * @description System-generated customer UUID that owns this issued PPV address.
             */
            customerId: string;
            /** @description Platform-side customer identifier bound to the customer that owns this address. */
            platformCustomerId: string;
            /** @description Stable identifier for the issued customer payment-address record. */
            addressId: string;
            /** @description Public PPV address in plain localPart@ppvDomain format. */
            ppvAddress: string;
            /**
             * @description Current lifecycle status for the issued customer payment address.
             * @enum {string}
             */
            status: "ACTIVE";
            /** @description Whether this is the active default PPV address for the customer. */
            isDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Result of a receiver lookup. `lookupId` is the fresh handle POST /quotes takes; the rest is not documented on the stored pages. */
        ReceiverLookup: {
            lookupId?: string;
        } & {
            [key: string]: unknown;
        };
        Money: {
            /** @example USD */
            currencyCode: string;
            /**
             * @description Amount in minor units.
             * @example 10000
             */
            amountMinor: string;
        };
        /** @description Frozen MVP public quote-create request: lookup-backed internal-account to PPV-address quote creation only. */
        CreateQuoteRequest: {
            /** @description Fresh receiver lookup handle returned by the earlier receiver lookup step. */
            lookupId: string;
            /** @description Sender-side source account for the quote. */
            source: {
                /** @example InternalAccount:replace_with_sender_internal_account */
                accountId: string;
            };
            /** @description Lookup-backed PPV destination for the quote. */
            destination: {
                ppvAddress: string;
                currency: string;
            };
            lockedCurrencySide: components["schemas"]["LockedCurrencySide"];
            /** @description Locked amount in minor units on the selected locked currency side. */
            lockedCurrencyAmount: string;
            /** @description Optional business description stored with the quote request. */
            description?: string;
            /** @description Additional payer/customer information required by the lookup context, keyed by field name. */
            senderCustomerInfo?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Which side of the quote is locked: SENDING for send-fixed or RECEIVING for receive-fixed.
         * @enum {string}
         */
        LockedCurrencySide: "SENDING" | "RECEIVING";
        /** @description A quote (frozen MVP public quote response). Other fields may be present. */
        Quote: {
            /** @description Stable BLIPS quote identifier. */
            quoteId?: string;
            /** @description Public transaction identifier reserved for the linked execute and transaction readback flow. */
            transactionId?: string;
            /**
             * @description Current public quote lifecycle status.
             * @enum {string}
             */
            status?: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED" | "EXPIRED";
            /** Format: date-time */
            createdAt?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp when this quote expires.
             */
            expiresAt?: string;
            lockedCurrencySide?: components["schemas"]["LockedCurrencySide"];
            lockedCurrencyAmount?: string;
            sendingAmount?: components["schemas"]["Money"];
            receivingAmount?: components["schemas"]["Money"];
            feesTotal?: components["schemas"]["Money"];
            /** @description Effective quoted exchange rate from sendingAmount to receivingAmount. A decimal string in the page's example, a number on another page generation: both accepted. */
            exchangeRate?: string | number;
        } & {
            [key: string]: unknown;
        };
        /** @description A transaction. Its shape is not documented on the stored pages beyond `id`. */
        Transaction: {
            id?: string;
        } & {
            [key: string]: unknown;
        };
        RejectTransactionRequest: {
            /** @description Why the transaction is rejected. */
            reason?: string;
        };
        /** @description Platform configuration. The two generations of the /config page disagree on its fields; only `webhookEndpoint` is common to both, so the rest is kept open. */
        PlatformConfig: {
            /** @description URL Blips sends webhooks to. */
            webhookEndpoint?: string;
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
        /** @description No resource with this id. */
        ResourceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the resource's state (e.g. approving a transaction with `sanctions_hit` or `sender_kyc_not_approved`). */
        Conflict: {
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
        /** @description Page size, 1 to 100. */
        Limit: number;
        /** @description The `nextCursor` of the previous page; omit for the first page. */
        Cursor: string;
        /** @description System-generated customer UUID. */
        CustomerId: string;
        /** @description Quote identifier, as returned in `quoteId` (e.g. `Quote:quote_123`). */
        QuoteId: string;
        /** @description Transaction identifier, as returned in `transactionId`. */
        TransactionId: string;
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
    listCustomers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [],
                     *       "hasMore": false
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "platformCustomerId": "partner_cust_001"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description Customer created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "019542f5-b3e7-1d02-0000-000000000001",
                     *       "platformCustomerId": "partner_cust_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description System-generated customer UUID. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "019542f5-b3e7-1d02-0000-000000000001",
                     *       "platformCustomerId": "partner_cust_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Customer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description System-generated customer UUID. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["OpenObject"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "019542f5-b3e7-1d02-0000-000000000001",
                     *       "platformCustomerId": "partner_cust_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    issueCustomerPaymentAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description System-generated customer UUID. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customer payment address returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "019542f5-b3e7-1d02-0000-000000000001",
                     *       "platformCustomerId": "partner_cust_001",
                     *       "addressId": "addr_123",
                     *       "ppvAddress": "demo-customer@demo.blips.test",
                     *       "status": "ACTIVE",
                     *       "isDefault": true,
                     *       "createdAt": "2026-04-05T12:00:00Z",
                     *       "updatedAt": "2026-04-05T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerPaymentAddress"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    listInternalAccounts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of internal accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [],
                     *       "hasMore": false
                     *     }
                     */
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listExternalAccounts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of external accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [],
                     *       "hasMore": false
                     *     }
                     */
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createExternalAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["OpenObject"];
            };
        };
        responses: {
            /** @description External account created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ExternalAccount:019542f5-b3e7-1d02-0000-000000000001"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    lookupReceiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Receiver PPV address, localPart@ppvDomain. */
                ppvAddress: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Receiver found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lookupId": "lookup_replace_with_fresh_receiver_lookup"
                     *     }
                     */
                    "application/json": components["schemas"]["ReceiverLookup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lookupId": "lookup_replace_with_fresh_receiver_lookup",
                 *       "source": {
                 *         "accountId": "InternalAccount:replace_with_sender_internal_account"
                 *       },
                 *       "destination": {
                 *         "ppvAddress": "demo-customer@demo.blips.test",
                 *         "currency": "PHP"
                 *       },
                 *       "lockedCurrencySide": "SENDING",
                 *       "lockedCurrencyAmount": "10000",
                 *       "description": "Cross-border customer send",
                 *       "senderCustomerInfo": {
                 *         "FULL_NAME": "Alice Zhang"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateQuoteRequest"];
            };
        };
        responses: {
            /** @description Lookup-backed PPV quote created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quoteId": "Quote:quote_123",
                     *       "transactionId": "txn_quote_001",
                     *       "status": "PENDING",
                     *       "createdAt": "2026-04-05T12:00:00Z",
                     *       "expiresAt": "2026-04-05T12:05:00Z",
                     *       "lockedCurrencySide": "SENDING",
                     *       "lockedCurrencyAmount": "10000",
                     *       "sendingAmount": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "10000"
                     *       },
                     *       "receivingAmount": {
                     *         "currencyCode": "PHP",
                     *         "amountMinor": "542300"
                     *       },
                     *       "feesTotal": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "180"
                     *       },
                     *       "exchangeRate": "54.23000000"
                     *     }
                     */
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Quote identifier, as returned in `quoteId` (e.g. `Quote:quote_123`). */
                quoteId: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quoteId": "Quote:quote_123",
                     *       "transactionId": "txn_quote_001",
                     *       "status": "PENDING",
                     *       "createdAt": "2026-04-05T12:00:00Z",
                     *       "expiresAt": "2026-04-05T12:05:00Z",
                     *       "lockedCurrencySide": "SENDING",
                     *       "lockedCurrencyAmount": "10000",
                     *       "sendingAmount": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "10000"
                     *       },
                     *       "receivingAmount": {
                     *         "currencyCode": "PHP",
                     *         "amountMinor": "542300"
                     *       },
                     *       "feesTotal": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "180"
                     *       },
                     *       "exchangeRate": "54.23000000"
                     *     }
                     */
                    "application/json": components["schemas"]["Quote"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    getCurrentQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Quote identifier, as returned in `quoteId` (e.g. `Quote:quote_123`). */
                quoteId: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quoteId": "Quote:quote_123",
                     *       "transactionId": "txn_quote_001",
                     *       "status": "PENDING",
                     *       "createdAt": "2026-04-05T12:00:00Z",
                     *       "expiresAt": "2026-04-05T12:05:00Z",
                     *       "lockedCurrencySide": "SENDING",
                     *       "lockedCurrencyAmount": "10000",
                     *       "sendingAmount": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "10000"
                     *       },
                     *       "receivingAmount": {
                     *         "currencyCode": "PHP",
                     *         "amountMinor": "542300"
                     *       },
                     *       "feesTotal": {
                     *         "currencyCode": "USD",
                     *         "amountMinor": "180"
                     *       },
                     *       "exchangeRate": "54.23000000"
                     *     }
                     */
                    "application/json": components["schemas"]["Quote"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    executeQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional key that makes the execution safe to retry: the same key executes the quote at most once. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Quote identifier, as returned in `quoteId` (e.g. `Quote:quote_123`). */
                quoteId: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quote executed. The response shape is not documented on the stored pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction identifier, as returned in `transactionId`. */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "txn_quote_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    approveTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction identifier, as returned in `transactionId`. */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transaction approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "txn_quote_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    rejectTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction identifier, as returned in `transactionId`. */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Failed internal review"
                 *     }
                 */
                "application/json": components["schemas"]["RejectTransactionRequest"];
            };
        };
        responses: {
            /** @description Transaction rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "txn_quote_001"
                     *     }
                     */
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookEndpoint": "https://example.com/blips/webhooks"
                     *     }
                     */
                    "application/json": components["schemas"]["PlatformConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookEndpoint": "https://example.com/blips/webhooks"
                 *     }
                 */
                "application/json": components["schemas"]["PlatformConfig"];
            };
        };
        responses: {
            /** @description The updated platform configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookEndpoint": "https://example.com/blips/webhooks"
                     *     }
                     */
                    "application/json": components["schemas"]["PlatformConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    simulateIncomingPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["OpenObject"];
            };
        };
        responses: {
            /** @description Simulated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getLightningExecutionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateLightningExecutionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["OpenObject"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    blipsEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenObject"];
            };
        };
        responses: {
            /** @description Delivery acknowledged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
export const permissionValues: readonly ("VIEW" | "TRANSACT" | "MANAGE")[] = ["VIEW", "TRANSACT", "MANAGE"];
export const customerPaymentAddressStatusValues: readonly ("ACTIVE")[] = ["ACTIVE"];
export const lockedCurrencySideValues: readonly ("SENDING" | "RECEIVING")[] = ["SENDING", "RECEIVING"];
export const quoteStatusValues: readonly ("PENDING" | "PROCESSING" | "COMPLETED" | "FAILED" | "EXPIRED")[] = ["PENDING", "PROCESSING", "COMPLETED", "FAILED", "EXPIRED"];
