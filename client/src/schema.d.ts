/**
 * Inkwell's API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the route schemas in src/ and run `npm run client:generate`.
 */

export interface paths {
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a comment
         * @description With a token, the author says whether you follow them. Sends an `ETag`; send it back in `If-None-Match` to get 304 while the comment is unchanged.
         */
        get: operations["getComment"];
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Its author may, and so may the author of the post it is on.
         */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your feed
         * @description Posts by the users you follow, newest first. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List posts, newest first
         * @description Everybody's posts, or those matching every filter given: by one author, with one tag, favorited by one user. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["listPosts"];
        put?: never;
        /**
         * Write a post
         * @description You are its author. Answers with the post, its `Location` and its `ETag`.
         */
        post: operations["createPost"];
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
        get: operations["getPost"];
        /**
         * Replace your post
         * @description Title and body are required; description and tags are replaced when sent and kept when not. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.
         */
        put: operations["replacePost"];
        post?: never;
        /**
         * Delete your post
         * @description Only the author may. With `If-Match`, only if it is still the version you read.
         */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        /**
         * Change your post
         * @description Any of the fields; `tags`, when sent, replaces them all. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.
         */
        patch: operations["updatePost"];
        trace?: never;
    };
    "/api/posts/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a post's comments, oldest first
         * @description With a token, each author says whether you follow them. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["listComments"];
        put?: never;
        /**
         * Comment on a post
         * @description You are its author. Answers with the comment, its `Location` and its `ETag`.
         */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}/favorite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Favorite a post
         * @description Adds you to its fans; doing it again changes nothing. Answers with the post as you see it.
         */
        put: operations["favoritePost"];
        post?: never;
        /**
         * Unfavorite a post
         * @description Takes you off its fans; doing it again changes nothing. Answers with the post as you see it.
         */
        delete: operations["unfavoritePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/by-slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a post by its slug
         * @description The post a slug names, as `GET /api/posts/{id}` answers it, with its `ETag`.
         */
        get: operations["getPostBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the most used tags
         * @description Each tag with how many posts have it, most used first; ties go to the tag on the newest post.
         */
        get: operations["listTags"];
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
        /**
         * Log in: exchange a username or email and password for a bearer token
         * @description Send `username` or `email`, and `password`. A wrong one answers 401 `invalid_credentials`. Rate-limited more strictly than other routes.
         */
        post: operations["issueToken"];
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
        /**
         * Log out: revoke the token this request carries
         * @description Other tokens of the same user keep working.
         */
        delete: operations["revokeToken"];
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
        /**
         * List users, newest first
         * @description Public profiles, without emails, each saying whether the caller follows them. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Sign up
         * @description Creates an account; log in with `POST /api/tokens` afterwards. Answers with the account, its `Location` and its `ETag`.
         */
        post: operations["createUser"];
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
         * @description Includes `email` only when the caller is this user, and `following` only when it is somebody else. Sends an `ETag` for `If-None-Match` and `If-Match`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete your account
         * @description Only your own. Your posts, tokens and follows (both ways) are deleted with it. `If-Match` makes it conditional.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Change your account
         * @description Only your own. Changing `password` needs `current_password` and signs out your other tokens. `bio` or `image` set to null clears it. `If-Match` makes it conditional.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Follow a user
         * @description Answers with their profile, `following: true`. Following somebody you already follow changes nothing. Not yourself (400).
         */
        put: operations["followUser"];
        post?: never;
        /**
         * Stop following a user
         * @description Answers with their profile, `following: false`. Unfollowing somebody you do not follow changes nothing. Not yourself (400).
         */
        delete: operations["unfollowUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's followers
         * @description Newest user first, each saying whether the caller follows them. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["listFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users a user follows
         * @description Newest user first, each saying whether the caller follows them. Also sends `Link: <…>; rel="next"` when there is a next page.
         */
        get: operations["listFollowing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles, newest first (RealWorld) */
        get: operations["conduitListArticles"];
        put?: never;
        /** Write an article (RealWorld) */
        post: operations["conduitCreateArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article (RealWorld) */
        get: operations["conduitGetArticle"];
        /**
         * Change your article (RealWorld)
         * @description The fields given; `tagList` replaces the tags, and leaving it out keeps them. The slug stays.
         */
        put: operations["conduitUpdateArticle"];
        post?: never;
        /** Delete your article (RealWorld) */
        delete: operations["conduitDeleteArticle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles/{slug}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's comments, oldest first (RealWorld) */
        get: operations["conduitListComments"];
        put?: never;
        /** Comment on an article (RealWorld) */
        post: operations["conduitAddComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles/{slug}/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment: yours, or one on your article (RealWorld) */
        delete: operations["conduitDeleteComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles/{slug}/favorite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Favorite an article (RealWorld) */
        post: operations["conduitFavorite"];
        /** Unfavorite an article (RealWorld) */
        delete: operations["conduitUnfavorite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/articles/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles by the users you follow, newest first (RealWorld) */
        get: operations["conduitFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/profiles/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile (RealWorld) */
        get: operations["conduitGetProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/profiles/{username}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a user (RealWorld) */
        post: operations["conduitFollow"];
        /** Unfollow a user (RealWorld) */
        delete: operations["conduitUnfollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags in use, most used first (RealWorld) */
        get: operations["conduitListTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user (RealWorld) */
        get: operations["conduitGetUser"];
        /**
         * Change the signed-in user (RealWorld)
         * @description An empty `bio` or `image` clears it. A new password needs no current one here, as RealWorld has it; the token sent keeps working, every other one of the user is revoked.
         */
        put: operations["conduitUpdateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up (RealWorld) */
        post: operations["conduitRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conduit/api/users/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in (RealWorld) */
        post: operations["conduitLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Answers without touching the database: for a liveness probe. Never rate-limited.
         */
        get: operations["checkLiveness"];
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
        /**
         * The database answers
         * @description Pings the database: for a readiness probe. Never rate-limited.
         */
        get: operations["checkReadiness"];
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
        /** @description A comment on a post. */
        Comment: {
            author: {
                bio: string | null;
                /** @description Whether you follow the author; false when you sent no token. */
                following: boolean;
                id: number;
                image: string | null;
                username: string;
            };
            body: string;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            created_at: string;
            id: number;
            post_id: number;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            updated_at: string;
        };
        /** @description A page of a post's comments, oldest first. */
        CommentList: {
            comments: components["schemas"]["Comment"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description An article. */
        ConduitArticle: {
            article: {
                author: {
                    bio: string | null;
                    /** @description Whether the caller follows them; false without a token. */
                    following: boolean;
                    image: string | null;
                    username: string;
                };
                body: string;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                createdAt: string;
                description: string;
                /** @description Whether the caller favorited it; false without a token. */
                favorited: boolean;
                favoritesCount: number;
                slug: string;
                tagList: string[];
                title: string;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                updatedAt: string;
            };
        };
        /** @description A page of articles, newest first. */
        ConduitArticleList: {
            articles: {
                author: {
                    bio: string | null;
                    /** @description Whether the caller follows them; false without a token. */
                    following: boolean;
                    image: string | null;
                    username: string;
                };
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                createdAt: string;
                description: string;
                /** @description Whether the caller favorited it; false without a token. */
                favorited: boolean;
                favoritesCount: number;
                slug: string;
                tagList: string[];
                title: string;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                updatedAt: string;
            }[];
            /** @description How many articles match, on every page. */
            articlesCount: number;
        };
        /** @description A comment. */
        ConduitComment: {
            comment: {
                author: {
                    bio: string | null;
                    /** @description Whether the caller follows them; false without a token. */
                    following: boolean;
                    image: string | null;
                    username: string;
                };
                body: string;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                createdAt: string;
                id: number;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                updatedAt: string;
            };
        };
        /** @description An article's comments, oldest first. */
        ConduitCommentList: {
            comments: {
                author: {
                    bio: string | null;
                    /** @description Whether the caller follows them; false without a token. */
                    following: boolean;
                    image: string | null;
                    username: string;
                };
                body: string;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                createdAt: string;
                id: number;
                /**
                 * Format: date-time
                 * @description ISO-8601, UTC.
                 */
                updatedAt: string;
            }[];
        };
        /** @description A RealWorld error: messages keyed by what they are about. */
        ConduitErrors: {
            /** @description What each message is about (a field, `token`, `credentials`, `article`, …) and the messages. */
            errors: {
                [key: string]: string[];
            };
        };
        /** @description A user as everybody sees them. */
        ConduitProfile: {
            profile: {
                bio: string | null;
                /** @description Whether the caller follows them; false without a token. */
                following: boolean;
                image: string | null;
                username: string;
            };
        };
        /** @description Tags in use, most used first. */
        ConduitTags: {
            tags: string[];
        };
        /** @description The signed-in user, with their token. */
        ConduitUser: {
            user: {
                bio: string | null;
                email: string;
                image: string | null;
                /** @description Send it as `Authorization: Token <token>`. */
                token: string;
                username: string;
            };
        };
        /** @description An RFC 9457 problem, with Inkwell's own members beside the standard ones. */
        Error: {
            /**
             * @description Stable, machine-readable; branch on this, not on `error`.
             * @enum {unknown}
             */
            code: "invalid_json" | "validation_failed" | "bad_request" | "invalid_credentials" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "service_unavailable";
            /** @description What went wrong this time, in words for people (the same as `error`). */
            detail: string;
            details?: components["schemas"]["FieldError"][];
            /** @description What went wrong, in words for people. */
            error: string;
            /**
             * Format: uri-reference
             * @description The request path the problem occurred at.
             */
            instance: string;
            /** @description Quote it when reporting a problem; it is in the log line. */
            request_id: string;
            /** @description The HTTP status code, repeated for convenience. */
            status: number;
            /** @description A short summary of the problem type; the same for every occurrence. */
            title: string;
            /**
             * Format: uri
             * @description The problem type: a stable URI per `code` (RFC 9457).
             */
            type: string;
        };
        /** @description One input and what is wrong with it. */
        FieldError: {
            /** @description The input the message is about, e.g. `title` or `limit`. */
            field: string;
            message: string;
        };
        /** @description All is well. */
        HealthStatus: {
            status: string;
        };
        /** @description A new bearer token, and whose it is. */
        IssuedToken: {
            /** Format: date-time */
            expires_at: string;
            /** @description Send as `Authorization: Bearer <token>`. Shown once; keep it secret. */
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            user: components["schemas"]["OwnUser"];
        };
        /** @description A user as they see themself: with their email. */
        OwnUser: {
            /**
             * @description About the user, up to 1000 characters; null when they wrote none.
             * @example Wrote the first program.
             */
            bio: string | null;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            created_at: string;
            email: string;
            id: number;
            /**
             * @description An absolute `http` or `https` URL of their picture, up to 2048 characters; null when none.
             * @example https://example.com/ada.jpg
             */
            image: string | null;
            username: string;
        };
        /** @description A post. `favorited` and `author.following` are as the caller sees them. */
        Post: {
            author: {
                bio: string | null;
                /** @description Whether you follow the author; false without a token. */
                following: boolean;
                id: number;
                image: string | null;
                username: string;
            };
            body: string;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            created_at: string;
            description: string;
            /** @description Whether you favorited it; false without a token. */
            favorited: boolean;
            favorites_count: number;
            id: number;
            /** @description Chosen from the title when the post is written, and never changed. */
            slug: string;
            /** @description In the author's order. */
            tags: string[];
            title: string;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            updated_at: string;
        };
        /** @description A page of posts, newest first. */
        PostList: {
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            posts: components["schemas"]["Post"][];
        };
        /** @description A user as everybody sees them, and whether the caller follows them. */
        PublicUser: {
            /**
             * @description About the user, up to 1000 characters; null when they wrote none.
             * @example Wrote the first program.
             */
            bio: string | null;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            created_at: string;
            /** @description Whether the caller follows this user; false for an anonymous caller. */
            following: boolean;
            id: number;
            /**
             * @description An absolute `http` or `https` URL of their picture, up to 2048 characters; null when none.
             * @example https://example.com/ada.jpg
             */
            image: string | null;
            username: string;
        };
        /** @description The most used tags, most used first; ties go to the tag on the newest post. */
        TagList: {
            tags: {
                name: string;
                /** @description How many posts have it. */
                posts_count: number;
            }[];
        };
        /** @description A user; the user themself sees their `email`, anybody else whether they follow them (`following`). */
        User: {
            /**
             * @description About the user, up to 1000 characters; null when they wrote none.
             * @example Wrote the first program.
             */
            bio: string | null;
            /**
             * Format: date-time
             * @description ISO-8601, UTC.
             */
            created_at: string;
            /** @description Present only when the caller is this user. */
            email?: string;
            /** @description Whether the caller follows this user (false when anonymous); absent when the caller is this user. */
            following?: boolean;
            id: number;
            /**
             * @description An absolute `http` or `https` URL of their picture, up to 2048 characters; null when none.
             * @example https://example.com/ada.jpg
             */
            image: string | null;
            username: string;
        };
        /** @description A page of users, newest first, each with whether the caller follows them. */
        UserList: {
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            users: components["schemas"]["PublicUser"][];
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
    getComment: {
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
            /** @description A comment on a post. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
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
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/comments/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/comments/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/comments/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/comments/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/comments/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/comments/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/comments/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/comments/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeed: {
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
            /** @description A page of posts, newest first. */
            200: {
                headers: {
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/feed",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/feed",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/feed",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/feed",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/feed",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/feed",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/feed",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/feed",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/feed",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/feed",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /** @description Only this user's posts. */
                author_id?: number;
                /** @description The previous page's `next_cursor`; omit it for the first page. */
                cursor?: string;
                /** @description Only posts this user favorited. */
                favorited_by?: number;
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description Only posts with this tag (normalized as tags are). */
                tag?: string;
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
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPost: {
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
                     * @description A one-line summary shown in lists; up to 1,000 characters. Empty when not given.
                     * @example What this post is about.
                     */
                    description?: string;
                    /**
                     * @description Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.
                     * @example [
                     *       "typescript",
                     *       "api design"
                     *     ]
                     */
                    tags?: string[];
                    /**
                     * @description 1–200 characters, not all blank.
                     * @example Hello, Inkwell
                     */
                    title: string;
                };
            };
        };
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            201: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Where the new resource lives. */
                    Location?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPost: {
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
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    replacePost: {
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
                     * @description A one-line summary shown in lists; up to 1,000 characters. Empty when not given.
                     * @example What this post is about.
                     */
                    description?: string;
                    /**
                     * @description Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.
                     * @example [
                     *       "typescript",
                     *       "api design"
                     *     ]
                     */
                    tags?: string[];
                    /**
                     * @description 1–200 characters, not all blank.
                     * @example Hello, Inkwell
                     */
                    title: string;
                };
            };
        };
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
            412: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePost: {
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
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
            412: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePost: {
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
                     * @description A one-line summary shown in lists; up to 1,000 characters. Empty when not given.
                     * @example What this post is about.
                     */
                    description?: string;
                    /**
                     * @description Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.
                     * @example [
                     *       "typescript",
                     *       "api design"
                     *     ]
                     */
                    tags?: string[];
                    /**
                     * @description 1–200 characters, not all blank.
                     * @example Hello, Inkwell
                     */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/posts/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
            412: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/posts/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description The previous page's `next_cursor`; omit it for the first page. */
                cursor?: string;
                /** @description Items per page, 1–100. */
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of a post's comments, oldest first. */
            200: {
                headers: {
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 1–10,000 characters, not all blank.
                     * @example Thanks for writing this.
                     */
                    body: string;
                };
            };
        };
        responses: {
            /** @description A comment on a post. */
            201: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Where the new resource lives. */
                    Location?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    favoritePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    unfavoritePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/7/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPostBySlug: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you hold; when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A post. `favorited` and `author.following` are as the caller sees them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/posts/by-slug/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProfile: {
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
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnUser"];
                };
            };
            /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/profile",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/profile",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/profile",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/profile",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/profile",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/profile",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/profile",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/profile",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description How many tags, 1–100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most used tags, most used first; ties go to the tag on the newest post. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tags",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tags",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tags",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tags",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tags",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tags",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tags",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tags",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tags",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tags",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueToken: {
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
                    /** @description `no-store`: the answer holds a secret. */
                    "Cache-Control"?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedToken"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tokens",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tokens",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tokens",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tokens",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/tokens",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/tokens",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/tokens",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/tokens",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tokens",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tokens",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tokens",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tokens",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tokens",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tokens",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
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
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/tokens/current",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
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
            /** @description A page of users, newest first, each with whether the caller follows them. */
            200: {
                headers: {
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
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
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Where the new resource lives. */
                    Location?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnUser"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A unique field is already taken. */
            409: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/api/users",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/api/users",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
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
            /** @description A user; the user themself sees their `email`, anybody else whether they follow them (`following`). */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not Modified: the ETag you sent in If-None-Match is still current. */
            304: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
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
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/users/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/users/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
            412: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/users/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/users/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
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
                     * @description About the user, up to 1000 characters; null when they wrote none.
                     * @example Wrote the first program.
                     */
                    bio?: string | null;
                    /** @description Required with `password`: the password being replaced. */
                    current_password?: string;
                    /**
                     * Format: email
                     * @description Unique, ignoring case. Shown only to its owner.
                     * @example ada@example.com
                     */
                    email?: string;
                    /**
                     * @description An absolute `http` or `https` URL of their picture, up to 2048 characters; null when none.
                     * @example https://example.com/ada.jpg
                     */
                    image?: string | null;
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
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnUser"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this resource is not yours. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/users/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/api/users/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A unique field is already taken. */
            409: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/api/users/7",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/api/users/7",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry. */
            412: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/users/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource has changed since you read it; GET it again and retry",
                     *       "instance": "/api/users/7",
                     *       "error": "The resource has changed since you read it; GET it again and retry",
                     *       "code": "precondition_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    followUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user as everybody sees them, and whether the caller follows them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicUser"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    unfollowUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user as everybody sees them, and whether the caller follows them. */
            200: {
                headers: {
                    /** @description The version of what you got; send it in `If-None-Match` or `If-Match`. */
                    ETag?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicUser"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFollowers: {
        parameters: {
            query?: {
                /** @description The previous page's `next_cursor`; omit it for the first page. */
                cursor?: string;
                /** @description Items per page, 1–100. */
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, newest first, each with whether the caller follows them. */
            200: {
                headers: {
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/followers",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFollowing: {
        parameters: {
            query?: {
                /** @description The previous page's `next_cursor`; omit it for the first page. */
                cursor?: string;
                /** @description Items per page, 1–100. */
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, newest first, each with whether the caller follows them. */
            200: {
                headers: {
                    /** @description The next page, as `<…>; rel="next"`, when there is one (RFC 8288). */
                    Link?: string;
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description The request is malformed or fails validation; `details` names each field. */
            400: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "Request validation failed",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Request validation failed",
                     *       "code": "validation_failed",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "title",
                     *           "message": "must not be blank"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/api/users/7/following",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    conduitListArticles: {
        parameters: {
            query?: {
                /** @description A username. */
                author?: string;
                /** @description A username: the articles they favorited. */
                favorited?: string;
                limit?: number;
                offset?: number;
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles, newest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticleList"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitCreateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    article: {
                        body: string;
                        description: string;
                        /**
                         * @description Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.
                         * @example [
                         *       "typescript",
                         *       "api design"
                         *     ]
                         */
                        tagList?: string[];
                        /**
                         * @description 1–200 characters, not all blank.
                         * @example Hello, Inkwell
                         */
                        title: string;
                    };
                };
            };
        };
        responses: {
            /** @description An article. */
            201: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticle"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitGetArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An article. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticle"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitUpdateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    article: {
                        body?: string;
                        description?: string;
                        /**
                         * @description Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.
                         * @example [
                         *       "typescript",
                         *       "api design"
                         *     ]
                         */
                        tagList?: string[];
                        /**
                         * @description 1–200 characters, not all blank.
                         * @example Hello, Inkwell
                         */
                        title?: string;
                    };
                };
            };
        };
        responses: {
            /** @description An article. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticle"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitDeleteArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitListComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An article's comments, oldest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitCommentList"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitAddComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: {
                        body: string;
                    };
                };
            };
        };
        responses: {
            /** @description A comment. */
            201: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitComment"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitDeleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            403: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Forbidden",
                     *       "code": "forbidden",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/comments/7",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An article. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticle"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitUnfavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An article. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticle"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/example/favorite",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitFeed: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles, newest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitArticleList"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/articles/feed",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitGetProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user as everybody sees them. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitProfile"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user as everybody sees them. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitProfile"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitUnfollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user as everybody sees them. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitProfile"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            404: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Post not found",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Post not found",
                     *       "code": "not_found",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/profiles/example/follow",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitListTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tags in use, most used first. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitTags"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/tags",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user, with their token. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitUser"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        bio?: ((string | null) | "") | null;
                        /**
                         * Format: email
                         * @description Unique, ignoring case. Shown only to its owner.
                         * @example ada@example.com
                         */
                        email?: string;
                        image?: ((string | null) | "") | null;
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
        };
        responses: {
            /** @description The signed-in user, with their token. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitUser"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            409: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/conduit/api/user",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/conduit/api/user",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/user",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
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
        };
        responses: {
            /** @description The signed-in user, with their token. */
            201: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitUser"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            409: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/conduit/api/users",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That username is already taken",
                     *       "instance": "/conduit/api/users",
                     *       "error": "That username is already taken",
                     *       "code": "conflict",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a",
                     *       "details": [
                     *         {
                     *           "field": "username",
                     *           "message": "is already taken"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/users",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    conduitLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        email: string;
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description The signed-in user, with their token. */
            200: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConduitUser"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            401: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            413: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Request body is too large",
                     *       "code": "payload_too_large",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            415: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type must be application/json",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Content-Type must be application/json",
                     *       "code": "unsupported_media_type",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            422: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "errors": {
                     *         "title": [
                     *           "can't be blank"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            429: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests; retry in 1 minute",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Too many requests; retry in 1 minute",
                     *       "code": "rate_limited",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            500: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
            /** @description A RealWorld error: messages keyed by what they are about. */
            503: {
                headers: {
                    /** @description Requests allowed in the window (when rate limits are on). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["ConduitErrors"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/conduit/api/users/login",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ConduitErrors"];
                };
            };
        };
    };
    checkLiveness: {
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
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/healthz",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/healthz",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/healthz",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/healthz",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/healthz",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/healthz",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkReadiness: {
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
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    /** @description The bearer challenge of RFC 6750. */
                    "WWW-Authenticate"?: string;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/readyz",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:invalid-token",
                     *       "title": "Invalid token",
                     *       "status": 401,
                     *       "detail": "Invalid token",
                     *       "instance": "/readyz",
                     *       "error": "Invalid token",
                     *       "code": "invalid_token",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A bug: the log has the rest, under `request_id`. */
            500: {
                headers: {
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/readyz",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Internal server error",
                     *       "instance": "/readyz",
                     *       "error": "Internal server error",
                     *       "code": "internal_error",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description This request's id, also in the log line and in an error's `request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/readyz",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                    /**
                     * @example {
                     *       "type": "urn:inkwell:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "instance": "/readyz",
                     *       "error": "Service unavailable",
                     *       "code": "service_unavailable",
                     *       "request_id": "8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
}
