package io.jisr.common.error;

/** The stable `extensions.code` values clients can switch on. */
public final class ErrorCodes {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String VALIDATION = "VALIDATION";
    public static final String CONFLICT = "CONFLICT";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String TIMEOUT = "TIMEOUT";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String INTERNAL = "INTERNAL";
    /** Automatic persisted queries: the hash is not known (yet); the client sends the document with it. */
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** Automatic persisted queries: the document sent does not have the hash sent with it. */
    public static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    /** Automatic persisted queries are switched off; the client sends documents. */
    public static final String PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
    /** Trusted documents: the document sent is not one an administrator registered. */
    public static final String PERSISTED_QUERY_NOT_TRUSTED = "PERSISTED_QUERY_NOT_TRUSTED";

    private ErrorCodes() {}
}
