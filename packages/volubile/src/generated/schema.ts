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
         * @description Lists calls, one page at a time, newest filters first. Needs the calls:read scope.
         */
        get: operations["listCalls"];
        put?: never;
        /**
         * Create a call
         * @description Starts an outbound call with an OUTBOUND agent. Needs the calls:write scope.
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
    "/v1/calls/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the recording of a call
         * @description Returns the recording of a call. Listed in the scope table (calls:read); its reference page and response format were not found, so no body is declared.
         */
        get: operations["getCallRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transcript of a call
         * @description Returns the transcript of a call. Needs the calls:read scope.
         */
        get: operations["getCallTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create calls in bulk
         * @description Starts several calls at once. Listed in the scope table (calls:write); its reference page was not found, so body and response are kept open.
         */
        post: operations["createBulkCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Lists the agents of the account. Needs the agents:read scope. The response shape is not documented on the stored page, so it is kept open.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Returns one agent. Needs the agents:read scope.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Updates an agent: its name, and whether it is active, recordable or archived. Needs the agents:write scope.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a campaign
         * @description Creates an outbound call campaign with an OUTBOUND agent. Needs the campaigns:write scope; accepts the API key or a Bearer token.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign
         * @description Returns one campaign. Listed in the scope table (campaigns:read); its reference page was not found, and the campaign resource that create and status return is assumed.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update campaign status
         * @description Activates, pauses or cancels a campaign. The body is a bare JSON string. Needs the campaigns:write scope.
         */
        post: operations["updateCampaignStatus"];
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
            rejectedValue?: Record<string, unknown>;
            /** @description Description of the failed validation */
            message?: string;
        };
        /** @description A JSON object whose shape is not documented. */
        OpenObject: {
            [key: string]: unknown;
        };
        /**
         * @description Status of the call.
         * @enum {string}
         */
        CallStatus: "IN_PROGRESS" | "CANCELED" | "COMPLETED" | "NO_ANSWER" | "VOICE_BOX" | "UNREACHABLE" | "FAILED" | "TRANSFERRED" | "REJECTED" | "FAILOVER";
        /** @description A call, as GET /v1/calls/{id} returns it (also the webhook payload). Fields beyond those listed are passed through as is. */
        Call: {
            /** @description Unique identifier of the call. */
            id?: string;
            /** @description Unique identifier of the agent. */
            agentId?: string;
            /** @description Phone number of the other party, in the E.164 international standard format. */
            phone?: string;
            /**
             * @description Type of the call.
             * @enum {string}
             */
            type?: "INBOUND" | "OUTBOUND";
            /** @description Duration of the call in seconds. */
            duration?: number;
            /** @description Start time of the call. Format: UTC time - yyyy-MM-dd'T'HH:mm:ss'Z' */
            startTime?: string;
            /** @description End time of the call. Format: UTC time - yyyy-MM-dd'T'HH:mm:ss'Z' */
            endTime?: string;
            /** @description If the call was anonymous. */
            anonymous?: boolean;
            status?: components["schemas"]["CallStatus"];
            /** @description Result of the extractors: objects with `name` and `value`, where `value` is a list of strings or a nested list of extractors. */
            extractors?: components["schemas"]["OpenObject"][];
            extractedData?: components["schemas"]["OpenObject"];
            /** @description Result of the classifiers, objects with `name` and `value` (and `type` on newer pages). */
            classifiers?: components["schemas"]["OpenObject"][];
            classificationData?: components["schemas"]["OpenObject"];
            context?: components["schemas"]["OpenObject"];
            /** @description If the call was recorded. */
            recorded?: boolean;
            /** @description Summary of what happened during the call. */
            summary?: string;
            /** @description Timestamp when the call record was created. Format: UTC time - yyyy-MM-dd'T'HH:mm:ss'Z' */
            created?: string;
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
        /** @description Body of POST /v1/calls. */
        CreateCallRequest: {
            /** @description Unique identifier of the OUTBOUND agent to use for the call. */
            agentId: string;
            recipient: components["schemas"]["Recipient"];
        };
        /** @description Recipient to call. */
        Recipient: {
            /**
             * @description Phone number to call, in the E.164 international standard format.
             * @example +33612345678
             */
            phone: string;
            /** @description Custom object for dynamic content injection into the agent prompt: keys are placeholders of the prompt template (e.g. {{ firstName }}). Variables not found in the agent prompt are ignored. */
            context?: {
                [key: string]: unknown;
            };
        };
        /** @description A transcript entry of a call. */
        TranscriptResponse: {
            /**
             * @description Action type of the transcript.
             * @enum {string}
             */
            action?: "RING" | "ANSWER" | "HUMAN_SPEAK" | "AGENT_SPEAK" | "ANSWERING_MACHINE_BEEP" | "HANG_UP" | "TRANSFER_CALL";
            /** @description Timestamp of the transcript action. Format: UTC time - yyyy-MM-dd'T'HH:mm:ss'Z' */
            time?: string;
            /**
             * @description Actor of the transcript.
             * @enum {string}
             */
            actor?: "UNKNOWN" | "HUMAN" | "AGENT" | "ANSWERING_MACHINE";
            /** @description Message content of the transcript. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An agent. `configuration` (extractors, classifiers, …) is kept open. */
        Agent: {
            id?: string;
            telephonyConfiguration?: {
                sipConnection?: {
                    did?: string;
                } & {
                    [key: string]: unknown;
                };
                phoneNumbers?: string[];
            } & {
                [key: string]: unknown;
            };
            name?: string;
            /** @enum {string} */
            type?: "INBOUND" | "OUTBOUND";
            active?: boolean;
            recordable?: boolean;
            archived?: boolean;
            configuration?: components["schemas"]["OpenObject"];
        } & {
            [key: string]: unknown;
        };
        /** @description Fields to change; absent fields stay as they are. */
        UpdateAgentRequest: {
            name?: string;
            active?: boolean;
            recordable?: boolean;
            archived?: boolean;
        };
        /** @enum {string} */
        Day: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
        TimeSlot: {
            /** @example 10:30 */
            startTime?: string;
            /** @example 12:30 */
            endTime?: string;
        };
        /** @description Retry parameters when the contact cannot be reached. */
        CampaignRetry: {
            max?: number;
            delay?: number;
            retryOn?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Status of the campaign.
         * @enum {string}
         */
        CampaignStatus: "ACTIVE" | "PAUSED" | "CANCELLED";
        CreateCampaignRequest: {
            /** @description Name of the campaign. */
            name: string;
            /** @description Unique identifier of the OUTBOUND agent to perform the campaign with. */
            agentId: string;
            /**
             * Format: date
             * @description Start date of the campaign.
             */
            startDate: string;
            /** @description When the calls are performed during the day. At most 2 timeslots. */
            timeSlots: components["schemas"]["TimeSlot"][];
            /** @description The number of calls per day, minimum 1, maximum 1000. */
            batchSize: number;
            retry?: components["schemas"]["CampaignRetry"];
            /** @description Days of the campaign. */
            days: components["schemas"]["Day"][];
            /** @description Recipients to call, minimum 1, maximum 1000. Their shape is not documented. */
            recipients?: components["schemas"]["OpenObject"][];
        };
        CampaignResponse: {
            /** @description Unique identifier of the campaign. */
            id?: string;
            name?: string;
            agentId?: string;
            /** Format: date */
            startDate?: string;
            timeSlots?: components["schemas"]["TimeSlot"][];
            batchSize?: number;
            retry?: components["schemas"]["CampaignRetry"];
            days?: components["schemas"]["Day"][];
            status?: components["schemas"]["CampaignStatus"];
            /** @example Europe/Paris */
            timezone?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters or payload */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing or invalid Bearer token or API key (or a disabled key or customer account) */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The Bearer token lacks the scope this operation needs */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No resource with this id */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too Many Requests: more than 100 requests in 15 s for this account. Retry-After says how many seconds to wait. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                "*/*": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Unique identifier of the resource. */
        Id: string;
    };
    requestBodies: never;
    headers: {
        /** @description Maximum number of requests the account can make within the rate-limit window (100 per 15 s). */
        "X-RateLimit-Limit": number;
        /** @description Number of requests remaining in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds to wait before making another request. */
        "Retry-After": number;
    };
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
                /** @description Sort order, as `property,ASC` or `property,DESC`. */
                sort?: string;
                /** @description Only calls handled by this agent. */
                agentId?: string;
                /** @description Only calls with this phone number (E.164). */
                phone?: string;
                /** @description Only calls of this campaign. */
                campaign?: string;
                /** @description Only calls from this date, as YYYY-MM-DD. */
                from?: string;
                /** @description Only calls up to this date, as YYYY-MM-DD. */
                to?: string;
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                /**
                 * @example {
                 *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                 *       "recipient": {
                 *         "phone": "+33612345678",
                 *         "context": {
                 *           "firstName": "firstname",
                 *           "lastName": "lastname",
                 *           "orderNumber": "5HZ99FRT"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCallRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "phone": "+33612345678",
                     *       "type": "INBOUND",
                     *       "duration": 360,
                     *       "startTime": "2024-07-30T14:35:00Z",
                     *       "endTime": "2024-07-30T14:41:00Z",
                     *       "anonymous": true,
                     *       "status": "COMPLETED",
                     *       "extractors": [
                     *         {
                     *           "name": "example",
                     *           "value": [
                     *             "example1"
                     *           ]
                     *         }
                     *       ],
                     *       "extractedData": {
                     *         "example": "example1"
                     *       },
                     *       "classifiers": [
                     *         {
                     *           "name": "Sentiment",
                     *           "value": "Positive",
                     *           "type": "SECONDARY"
                     *         }
                     *       ],
                     *       "classificationData": {
                     *         "Sentiment": "Positive"
                     *       },
                     *       "context": {
                     *         "firstName": "firstname",
                     *         "system": {
                     *           "phone": "+33612345678"
                     *         }
                     *       },
                     *       "recorded": true,
                     *       "summary": "Discussed project requirements and next steps.",
                     *       "created": "2024-07-30T14:45:00Z"
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
    getCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The recording; its media type is not documented. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCallTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "action": "AGENT_SPEAK",
                     *       "time": "2024-07-30T14:35:00Z",
                     *       "actor": "AGENT",
                     *       "message": "Hello, how can I help you?"
                     *     }
                     */
                    "application/json": components["schemas"]["TranscriptResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBulkCalls: {
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
            /** @description OK. The response shape is not documented. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "telephonyConfiguration": {
                     *         "sipConnection": {
                     *           "did": "2566458"
                     *         },
                     *         "phoneNumbers": [
                     *           "+33612345678"
                     *         ]
                     *       },
                     *       "name": "Support agent",
                     *       "type": "INBOUND",
                     *       "active": true,
                     *       "recordable": true,
                     *       "archived": false,
                     *       "configuration": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAgentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "telephonyConfiguration": {
                     *         "sipConnection": {
                     *           "did": "2566458"
                     *         },
                     *         "phoneNumbers": [
                     *           "+33612345678"
                     *         ]
                     *       },
                     *       "name": "Support agent",
                     *       "type": "INBOUND",
                     *       "active": true,
                     *       "recordable": true,
                     *       "archived": false,
                     *       "configuration": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCampaign: {
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
                 *       "name": "Summer follow-up",
                 *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                 *       "startDate": "2024-07-30",
                 *       "timeSlots": [
                 *         {
                 *           "startTime": "10:30",
                 *           "endTime": "12:30"
                 *         }
                 *       ],
                 *       "batchSize": 100,
                 *       "days": [
                 *         "MONDAY"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "name": "Summer follow-up",
                     *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "startDate": "2024-07-30",
                     *       "timeSlots": [
                     *         {
                     *           "startTime": "10:30",
                     *           "endTime": "12:30"
                     *         }
                     *       ],
                     *       "batchSize": 100,
                     *       "retry": {
                     *         "max": 1,
                     *         "delay": 60,
                     *         "retryOn": [
                     *           "NO_ANSWER"
                     *         ]
                     *       },
                     *       "days": [
                     *         "MONDAY"
                     *       ],
                     *       "status": "ACTIVE",
                     *       "timezone": "Europe/Paris"
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "name": "Summer follow-up",
                     *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "startDate": "2024-07-30",
                     *       "timeSlots": [
                     *         {
                     *           "startTime": "10:30",
                     *           "endTime": "12:30"
                     *         }
                     *       ],
                     *       "batchSize": 100,
                     *       "retry": {
                     *         "max": 1,
                     *         "delay": 60,
                     *         "retryOn": [
                     *           "NO_ANSWER"
                     *         ]
                     *       },
                     *       "days": [
                     *         "MONDAY"
                     *       ],
                     *       "status": "ACTIVE",
                     *       "timezone": "Europe/Paris"
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCampaignStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the resource. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example PAUSED */
                "application/json": components["schemas"]["CampaignStatus"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "name": "Summer follow-up",
                     *       "agentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *       "startDate": "2024-07-30",
                     *       "timeSlots": [
                     *         {
                     *           "startTime": "10:30",
                     *           "endTime": "12:30"
                     *         }
                     *       ],
                     *       "batchSize": 100,
                     *       "retry": {
                     *         "max": 1,
                     *         "delay": 60,
                     *         "retryOn": [
                     *           "NO_ANSWER"
                     *         ]
                     *       },
                     *       "days": [
                     *         "MONDAY"
                     *       ],
                     *       "status": "ACTIVE",
                     *       "timezone": "Europe/Paris"
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
export const authTokenRequestScopeValues: readonly ("calls:read" | "calls:write" | "campaigns:read" | "campaigns:write" | "agents:read" | "agents:write" | "integrations:read" | "integrations:write")[] = ["calls:read", "calls:write", "campaigns:read", "campaigns:write", "agents:read", "agents:write", "integrations:read", "integrations:write"];
export const callStatusValues: readonly ("IN_PROGRESS" | "CANCELED" | "COMPLETED" | "NO_ANSWER" | "VOICE_BOX" | "UNREACHABLE" | "FAILED" | "TRANSFERRED" | "REJECTED" | "FAILOVER")[] = ["IN_PROGRESS", "CANCELED", "COMPLETED", "NO_ANSWER", "VOICE_BOX", "UNREACHABLE", "FAILED", "TRANSFERRED", "REJECTED", "FAILOVER"];
export const callTypeValues: readonly ("INBOUND" | "OUTBOUND")[] = ["INBOUND", "OUTBOUND"];
export const transcriptResponseActionValues: readonly ("RING" | "ANSWER" | "HUMAN_SPEAK" | "AGENT_SPEAK" | "ANSWERING_MACHINE_BEEP" | "HANG_UP" | "TRANSFER_CALL")[] = ["RING", "ANSWER", "HUMAN_SPEAK", "AGENT_SPEAK", "ANSWERING_MACHINE_BEEP", "HANG_UP", "TRANSFER_CALL"];
export const transcriptResponseActorValues: readonly ("UNKNOWN" | "HUMAN" | "AGENT" | "ANSWERING_MACHINE")[] = ["UNKNOWN", "HUMAN", "AGENT", "ANSWERING_MACHINE"];
export const agentTypeValues: readonly ("INBOUND" | "OUTBOUND")[] = ["INBOUND", "OUTBOUND"];
export const dayValues: readonly ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
export const campaignStatusValues: readonly ("ACTIVE" | "PAUSED" | "CANCELLED")[] = ["ACTIVE", "PAUSED", "CANCELLED"];
