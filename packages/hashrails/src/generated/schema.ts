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
    "/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a transaction by ID or reference
         * @description Retrieve a specific transaction by its unique ID or reference. Returns detailed information about the transaction including status, amounts, recipient details, and account details.
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
    "/v1/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new recipient (crypto or fiat)
         * @description Create a payout and settlement destination: a crypto recipient (USDC or USDT to a wallet address) or a fiat recipient (a local bank account; bank codes come from Get Banks).
         */
        post: operations["createRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recipients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recipient by ID
         * @description Retrieve a specific recipient by its unique ID. Returns detailed information about the recipient including type, details, and status.
         */
        get: operations["getRecipient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a transfer request (on-ramp or off-ramp)
         * @description Create a new transfer request to move funds between fiat and crypto. On-ramp (fiat → crypto): you pay in fiat (e.g. NGN) and your recipient receives crypto. Off-ramp (crypto → fiat): you send crypto (e.g. USDT) over a specified network and your recipient receives fiat in their bank account. The rate arrives by the `transfer_request.rate.received` webhook.
         */
        post: operations["createTransferRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-requests/{id}/confirm-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the quoted exchange rate
         * @description Accept the quoted exchange rate for a transfer request. Once confirmed, the rate is locked and payment instructions are generated. A rate is typically valid for up to 30 minutes (`rate.expires_at`).
         */
        post: operations["confirmTransferRequestRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-requests/{id}/confirm-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge that payment has been sent by the integrator
         * @description Notify Hashrails that you have initiated payment for a transfer request, in full or in part. This is a payment notification: settlement is triggered when the payment is detected via bank or blockchain confirmation (`transfer_request.payment.received` / `.payment.completed` webhooks).
         */
        post: operations["confirmTransferRequestPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a transfer request
         * @description Cancel a transfer request instead of confirming its rate.
         */
        post: operations["cancelTransferRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    transferRequestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transfer request event
         * @description Sent to the webhook URL configured in the dashboard whenever a transfer request's status changes. Verify `x-webhook-signature` (see `x-webhook-signature` at the root) before trusting the body. Acknowledge with a 2xx.
         */
        post: operations["transferRequestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Error body, the same `{success, message}` shape as the 401 and 429 responses of POST /v1/auth/token/issue; the rules page says every error follows it. */
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
        /** @description A transaction (PublicTransactionResponseDto of the reference page). Fields beyond those listed may be present. */
        Transaction: {
            /** @description Transfer request ID */
            id: string;
            /** @description Transfer request reference */
            reference: string;
            /** @description Amount to transfer */
            amount_sent: number;
            /** @description Currency code */
            source_currency: string;
            /** @description Amount that will be received */
            amount_received: number;
            /** @description Destination currency code */
            destination_currency: string;
            /** @description Exchange rate used */
            rate: string;
            /** @description Transaction fee */
            fee?: string;
            /**
             * @description Transaction status.
             * @enum {string}
             */
            status?: "awaiting_payment" | "expired" | "payment_confirmed" | "transaction_completed" | "cancelled" | "refunded" | "failed";
            /** Format: date-time */
            created_at?: string;
            recipient?: components["schemas"]["Recipient"];
            /** @description The account the payment is made to. */
            payment_account?: {
                account_number?: string;
                account_name?: string;
                bank_name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description On-chain transaction hash, for crypto settlement. */
            transaction_hash?: string;
            failure_reason?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A crypto recipient or a fiat recipient, told apart by `type`. */
        CreateRecipientRequest: components["schemas"]["CreateCryptoRecipientRequest"] | components["schemas"]["CreateFiatRecipientRequest"];
        /**
         * Crypto Recipient
         * @description Create a crypto recipient to receive settlement in USDC or USDT.
         */
        CreateCryptoRecipientRequest: {
            /**
             * @description Recipient type.
             * @enum {string}
             */
            type: "crypto";
            /**
             * @description A label for this recipient.
             * @example My USDT Wallet
             */
            name: string;
            /**
             * @description The destination wallet address.
             * @example 0x3fA91D6b84bE2c0BFD7647a92E5B1A2Ec6F8C91e
             */
            wallet_address: string;
            /**
             * @description Blockchain network for settlement.
             * @enum {string}
             */
            network: "Polygon" | "Ethereum" | "BSC" | "Arbitrum" | "TRC20";
            /**
             * @description Cryptocurrency to settle in.
             * @enum {string}
             */
            symbol: "USDC" | "USDT";
        };
        /**
         * Fiat Recipient
         * @description Create a fiat recipient to settle to a local bank account.
         */
        CreateFiatRecipientRequest: {
            /**
             * @description Recipient type.
             * @enum {string}
             */
            type: "fiat";
            /** @description Recipient name. */
            name: string;
            /** @description Bank account number (10 digits). */
            account_number: string;
            /** @description Bank code (available codes from Get Banks). */
            bank_code: string;
            /** @description Fiat currency (e.g. NGN, USD, EUR). */
            currency: string;
        };
        /** @description A recipient. For crypto recipients `details` holds network, wallet_address and symbol; the fiat `details` shape is not documented and is kept open. */
        Recipient: {
            /** @example rec_01J8V9ZP3A7 */
            id?: string;
            /** @enum {string} */
            type?: "crypto" | "fiat";
            name?: string;
            active?: boolean;
            details?: {
                network?: string;
                wallet_address?: string;
                symbol?: string;
            } & {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `{ success, message, data }` envelope around a recipient. */
        RecipientResponse: {
            success?: boolean;
            message?: string;
            data?: components["schemas"]["Recipient"];
        };
        /** @description An on-ramp or an off-ramp transfer request, told apart by `type`. */
        CreateTransferRequestRequest: components["schemas"]["CreateOnrampRequest"] | components["schemas"]["CreateOfframpRequest"];
        /**
         * On-ramp (Fiat → Crypto)
         * @description Convert fiat currency to crypto. You pay in fiat and your recipient receives crypto.
         */
        CreateOnrampRequest: {
            /**
             * @description Transfer direction.
             * @enum {string}
             */
            type: "onramp";
            /**
             * @description Amount to send in the source currency.
             * @example 10000
             */
            amount: number;
            /**
             * @description Source fiat currency.
             * @enum {string}
             */
            from_currency: "NGN" | "KES" | "UGX" | "GHS" | "ZAR";
            /**
             * @description Destination crypto currency.
             * @enum {string}
             */
            to_currency: "USDC" | "USDT";
            /**
             * @description Crypto recipient ID where settlement will be sent.
             * @example rec_01J8V9ZP3A7
             */
            recipient_id: string;
        };
        /**
         * Off-ramp (Crypto → Fiat)
         * @description Convert crypto to fiat: you send crypto (e.g. USDT) over a specified network and your recipient receives fiat in their bank account. Only `type` is in the stored pages; the other fields are not, so the object is kept open.
         */
        CreateOfframpRequest: {
            /**
             * @description Transfer direction.
             * @enum {string}
             */
            type: "offramp";
        } & {
            [key: string]: unknown;
        };
        /** @description Full or partial payment. `payment_type` is `full` or `split` (quick-start guide; the reference page calls the second one "Partial Payment"); with `split`, give the amount paid. Other fields are not documented, so the object is kept open. */
        ConfirmPaymentRequest: {
            /** @enum {string} */
            payment_type: "full" | "split";
            /** @description The amount paid (split payments). */
            amount?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A transfer request, as the reference pages' examples show it. */
        TransferRequest: {
            id?: string;
            /** @example TXN-2Z82FVYO6BW22RC7 */
            reference?: string;
            /** @enum {string} */
            type?: "onramp" | "offramp";
            /** @description E.g. fetching_rates. */
            status?: string;
            source?: components["schemas"]["Amount"];
            destination?: components["schemas"]["Amount"];
            events?: ({
                status?: string;
                /** Format: date-time */
                timestamp?: string;
                /** Format: date-time */
                completed_at?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Payments received (split payments). */
            payments?: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            created_at?: string;
            rate?: {
                value?: number;
                /** Format: date-time */
                expires_at?: string | null;
            } & {
                [key: string]: unknown;
            };
            recipient?: components["schemas"]["Recipient"];
            /** @description Populated once the rate is confirmed; its shape is not documented. */
            payment_instructions?: {
                [key: string]: unknown;
            };
            /** @description Included for crypto settlement once completed. */
            transaction_hash?: string;
        } & {
            [key: string]: unknown;
        };
        Amount: {
            amount?: number;
            currency?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `{ success, message, data }` envelope around a transfer request. */
        TransferRequestResponse: {
            success?: boolean;
            message?: string;
            data?: components["schemas"]["TransferRequest"];
        };
        /** @enum {string} */
        WebhookEventType: "transfer_request.rate.fetching" | "transfer_request.rate.received" | "transfer_request.rate.expired" | "transfer_request.payment.awaiting" | "transfer_request.payment.received" | "transfer_request.payment.completed" | "transfer_request.completed";
        /** @description Webhook body: the event name and the full transfer request object. Only `event` is named in the stored pages, so the rest is kept open. */
        WebhookPayload: {
            event?: components["schemas"]["WebhookEventType"];
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid request: for example 400 MISSING_IDEMPOTENCY_KEY (no X-Idempotency-Key on a POST) or 400 INVALID_IDEMPOTENCY_KEY (not a valid UUID). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description 401 EMPTY_AUTH_KEY — authentication token is required. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description 403 INVALID_AUTH_TOKEN — authentication token is invalid or expired. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
        IdempotencyKey: string;
        /** @description Unique transfer request ID */
        TransferRequestId: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this response is a replay of an earlier request with the same X-Idempotency-Key. */
        "X-Idempotency-Replayed": "true";
    };
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
                /** @description Only return transactions in this status. `pending` returns transactions with status awaiting_payment; `completed` returns all other statuses (expired, payment_confirmed, transaction_completed, cancelled, refunded, failed). */
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
            403: components["responses"]["Forbidden"];
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
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction ID or reference */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transaction retrieved. The reference block returns the transaction itself, without the `{ success, message, data }` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createRecipient: {
        parameters: {
            query?: never;
            header?: {
                /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecipientRequest"];
            };
        };
        responses: {
            /** @description Recipient created successfully */
            201: {
                headers: {
                    "X-Idempotency-Replayed": components["headers"]["X-Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recipient ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recipient retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createTransferRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransferRequestRequest"];
            };
        };
        responses: {
            /** @description Transfer created successfully */
            201: {
                headers: {
                    "X-Idempotency-Replayed": components["headers"]["X-Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    confirmTransferRequestRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Unique transfer request ID */
                id: components["parameters"]["TransferRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The transfer amount to confirm the rate for.
                     * @example 10000
                     */
                    amount: number;
                };
            };
        };
        responses: {
            /** @description Rate confirmed and payment instructions generated */
            200: {
                headers: {
                    "X-Idempotency-Replayed": components["headers"]["X-Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    confirmTransferRequestPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Unique transfer request ID */
                id: components["parameters"]["TransferRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaymentRequest"];
            };
        };
        responses: {
            /** @description Payment confirmation received */
            200: {
                headers: {
                    "X-Idempotency-Replayed": components["headers"]["X-Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    cancelTransferRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description UUID v4 that makes this POST safe to retry (rules page). A repeated key replays the original response, marked `X-Idempotency-Replayed: true`, without executing the operation again; keys are scoped per client and expire after 24 hours; only 2xx responses are cached, so a failed request can be retried with the same key. Missing: 400 MISSING_IDEMPOTENCY_KEY; not a UUID: 400 INVALID_IDEMPOTENCY_KEY. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Unique transfer request ID */
                id: components["parameters"]["TransferRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Reason for cancellation
                     * @example User requested cancellation
                     */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Transfer cancelled successfully */
            200: {
                headers: {
                    "X-Idempotency-Replayed": components["headers"]["X-Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    transferRequestEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The event type. */
                "x-webhook-event": components["schemas"]["WebhookEventType"];
                /** @description Unix timestamp of the delivery. */
                "x-webhook-timestamp": string;
                /** @description HMAC-SHA256 of the raw JSON body with the webhook secret from the dashboard, hex (compare case-insensitively). */
                "x-webhook-signature": string;
                /** @description Webhook client identifier. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
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
export const pathsV1TransactionsGetParametersQueryStatusValues: readonly ("pending" | "completed")[] = ["pending", "completed"];
export const transactionStatusValues: readonly ("awaiting_payment" | "expired" | "payment_confirmed" | "transaction_completed" | "cancelled" | "refunded" | "failed")[] = ["awaiting_payment", "expired", "payment_confirmed", "transaction_completed", "cancelled", "refunded", "failed"];
export const createCryptoRecipientRequestTypeValues: readonly ("crypto")[] = ["crypto"];
export const createCryptoRecipientRequestNetworkValues: readonly ("Polygon" | "Ethereum" | "BSC" | "Arbitrum" | "TRC20")[] = ["Polygon", "Ethereum", "BSC", "Arbitrum", "TRC20"];
export const createCryptoRecipientRequestSymbolValues: readonly ("USDC" | "USDT")[] = ["USDC", "USDT"];
export const createFiatRecipientRequestTypeValues: readonly ("fiat")[] = ["fiat"];
export const recipientTypeValues: readonly ("crypto" | "fiat")[] = ["crypto", "fiat"];
export const createOnrampRequestTypeValues: readonly ("onramp")[] = ["onramp"];
export const createOnrampRequestFrom_currencyValues: readonly ("NGN" | "KES" | "UGX" | "GHS" | "ZAR")[] = ["NGN", "KES", "UGX", "GHS", "ZAR"];
export const createOnrampRequestTo_currencyValues: readonly ("USDC" | "USDT")[] = ["USDC", "USDT"];
export const createOfframpRequestTypeValues: readonly ("offramp")[] = ["offramp"];
export const confirmPaymentRequestPayment_typeValues: readonly ("full" | "split")[] = ["full", "split"];
export const transferRequestTypeValues: readonly ("onramp" | "offramp")[] = ["onramp", "offramp"];
export const webhookEventTypeValues: readonly ("transfer_request.rate.fetching" | "transfer_request.rate.received" | "transfer_request.rate.expired" | "transfer_request.payment.awaiting" | "transfer_request.payment.received" | "transfer_request.payment.completed" | "transfer_request.completed")[] = ["transfer_request.rate.fetching", "transfer_request.rate.received", "transfer_request.rate.expired", "transfer_request.payment.awaiting", "transfer_request.payment.received", "transfer_request.payment.completed", "transfer_request.completed"];
export const componentsHeadersXIdempotencyReplayedValues: readonly ("true")[] = ["true"];
