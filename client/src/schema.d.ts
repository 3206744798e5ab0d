/**
 * Inkwell's API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the route schemas in src/ and run `npm run client:generate`.
 */

export interface paths {
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List posts, newest first
         * @description Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this user's posts. */
                    author_id?: number;
                    /** @description The previous page's `next_cursor`; omit it for the first page. */
                    cursor?: string;
                    /** @description Items per page, 1–100. */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of posts, newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            next_cursor: string | null;
                            posts: {
                                author: {
                                    id: number;
                                    username: string;
                                };
                                body: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601, UTC.
                                 */
                                created_at: string;
                                id: number;
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601, UTC.
                                 */
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a post */
        post: {
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
                         * @description Up to 100,000 characters.
                         * @example First post.
                         */
                        body: string;
                        /**
                         * @description 1–200 characters, not all blank.
                         * @example Hello, Inkwell
                         */
                        title: string;
                    };
                };
            };
            responses: {
                /** @description A post. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                id: number;
                                username: string;
                            };
                            body: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            id: number;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a post
         * @description Sends an `ETag`; send it back in `If-None-Match` to get 304 while the post is unchanged.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you hold; when it is still current the answer is 304 with no body. */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A post. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                id: number;
                                username: string;
                            };
                            body: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            id: number;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        /**
         * Replace your post
         * @description Both fields are required. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes. */
                    "if-match"?: string;
                    /** @description Rarely useful on a write: 412 if the current ETag is one of these (or `*`). */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Up to 100,000 characters.
                         * @example First post.
                         */
                        body: string;
                        /**
                         * @description 1–200 characters, not all blank.
                         * @example Hello, Inkwell
                         */
                        title: string;
                    };
                };
            };
            responses: {
                /** @description A post. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                id: number;
                                username: string;
                            };
                            body: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            id: number;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Authenticated, but this resource is not yours. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete your post
         * @description Only the author may. With `If-Match`, only if it is still the version you read.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes. */
                    "if-match"?: string;
                    /** @description Rarely useful on a write: 412 if the current ETag is one of these (or `*`). */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Authenticated, but this resource is not yours. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change your post
         * @description Any of the fields. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes. */
                    "if-match"?: string;
                    /** @description Rarely useful on a write: 412 if the current ETag is one of these (or `*`). */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Up to 100,000 characters.
                         * @example First post.
                         */
                        body?: string;
                        /**
                         * @description 1–200 characters, not all blank.
                         * @example Hello, Inkwell
                         */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description A post. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                id: number;
                                username: string;
                            };
                            body: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            id: number;
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Authenticated, but this resource is not yours. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller themself
         * @description Sends the same `ETag` as `GET /api/users/{id}` does for you.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you hold; when it is still current the answer is 304 with no body. */
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A user as they see themself: with their email. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            email: string;
                            id: number;
                            username: string;
                        };
                    };
                };
                /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: exchange a username or email and password for a bearer token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Either this or `username`; any case. */
                        email?: string;
                        password: string;
                        /** @description Either this or `email`; any case. */
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description A new bearer token, and whose it is. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expires_at: string;
                            /** @description Send as `Authorization: Bearer <token>`. Shown once; keep it secret. */
                            token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /** @description A user as they see themself: with their email. */
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601, UTC.
                                 */
                                created_at: string;
                                email: string;
                                id: number;
                                username: string;
                            };
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Log out: revoke the token this request carries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked; the token never works again. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description The previous page's `next_cursor`; omit it for the first page. */
                    cursor?: string;
                    /** @description Items per page, 1–100. */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of users, newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            next_cursor: string | null;
                            users: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601, UTC.
                                 */
                                created_at: string;
                                id: number;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign up */
        post: {
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
                         * Format: email
                         * @description Unique, ignoring case. Shown only to its owner.
                         * @example ada@example.com
                         */
                        email: string;
                        /** @description 8–128 characters. */
                        password: string;
                        /**
                         * @description 3–32 of letters, digits, `_`, `.` and `-`; unique, ignoring case.
                         * @example ada_lovelace
                         */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description A user as they see themself: with their email. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            email: string;
                            id: number;
                            username: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description A unique field is already taken. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Includes `email` only when the caller is this user. Sends an `ETag` for `If-None-Match` and `If-Match`.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you hold; when it is still current the answer is 304 with no body. */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A user; `email` is included only for the user themself. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            /** @description Present only when the caller is this user. */
                            email?: string;
                            id: number;
                            username: string;
                        };
                    };
                };
                /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete your account
         * @description Only your own. Your posts and tokens are deleted with it. `If-Match` makes it conditional.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes. */
                    "if-match"?: string;
                    /** @description Rarely useful on a write: 412 if the current ETag is one of these (or `*`). */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Authenticated, but this resource is not yours. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change your account
         * @description Only your own. Changing `password` needs `current_password` and signs out your other tokens. `If-Match` makes it conditional.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes. */
                    "if-match"?: string;
                    /** @description Rarely useful on a write: 412 if the current ETag is one of these (or `*`). */
                    "if-none-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required with `password`: the password being replaced. */
                        current_password?: string;
                        /**
                         * Format: email
                         * @description Unique, ignoring case. Shown only to its owner.
                         * @example ada@example.com
                         */
                        email?: string;
                        /** @description 8–128 characters. */
                        password?: string;
                        /**
                         * @description 3–32 of letters, digits, `_`, `.` and `-`; unique, ignoring case.
                         * @example ada_lovelace
                         */
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description A user as they see themself: with their email. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601, UTC.
                             */
                            created_at: string;
                            email: string;
                            id: number;
                            username: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation; `details` names each field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description Authenticated, but this resource is not yours. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description A unique field is already taken. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is larger than the limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All is well. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All is well. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
                /** @description A dependency is down; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Stable, machine-readable; branch on this, not on `error`.
                             * @enum {unknown}
                             */
                            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
                            details?: {
                                /** @description The input the message is about, e.g. `title` or `limit`. */
                                field: string;
                                message: string;
                            }[];
                            /** @description What went wrong, in words for people. */
                            error: string;
                            /** @description Quote it when reporting a problem; it is in the log line. */
                            request_id: string;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
