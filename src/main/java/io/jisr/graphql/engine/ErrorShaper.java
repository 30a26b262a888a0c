package io.jisr.graphql.engine;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.jisr.common.error.ApiException;
import io.jisr.common.error.ErrorCodes;
import io.jisr.platform.telemetry.Correlation;
import io.jisr.platform.telemetry.OperationSpans;
import io.smallrye.graphql.api.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Gives every error a stable {@code extensions.code} before the response is written, and marks request errors
 * (no data at all) in the request's {@link Exchange} so the HTTP layer can answer 400 under
 * {@code application/graphql-response+json}.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by GraphQLEvents, which SmallRye creates outside CDI
public class ErrorShaper {

    private static final Logger LOG = Logger.getLogger(ErrorShaper.class);
    private static final java.util.regex.Pattern SLUG_CONSTRAINT =
            java.util.regex.Pattern.compile("(?:.*\\.)?(\\w+)_slug_uk.*");

    /**
     * Called once per operation, by {@link io.jisr.graphql.engine.GraphQLEvents}, with the HTTP request it runs in, or null
     * when none is active any more.
     */
    public void afterExecute(Context context, RoutingContext routing) {
        ExecutionResult result = ExecutionResults.of(context);
        if (result == null || result.getErrors().isEmpty()) {
            return;
        }
        // A client that hung up mid-request makes the rest of its work fail (closed session, ended request); that is
        // not for an operator to act on, so it is logged at debug level only.
        // Over HTTP the request is gone once its client has hung up; subscriptions run without one.
        boolean clientGone = !"Subscription".equalsIgnoreCase(context.getOperationType())
                && (routing == null || routing.response().closed());
        List<GraphQLError> shaped = withoutEchoes(result.getErrors()).stream()
                .map(e -> shape(e, clientGone))
                .toList();
        ExecutionResults.replace(
                context,
                ExecutionResultImpl.newExecutionResult()
                        .from(result)
                        .errors(shaped)
                        .build());
        if (routing != null) {
            boolean unavailable = shaped.stream().anyMatch(e -> ErrorCodes.UNAVAILABLE.equals(code(e)));
            String authError = result.getData() != null
                    ? null
                    : shaped.stream()
                            .map(ErrorShaper::code)
                            .filter(code ->
                                    ErrorCodes.UNAUTHENTICATED.equals(code) || ErrorCodes.FORBIDDEN.equals(code))
                            .map(String.class::cast)
                            .findFirst()
                            .orElse(null);
            Exchange.of(routing).outcome(!result.isDataPresent(), unavailable, authError);
        }
    }

    private static Object code(GraphQLError error) {
        return error.getExtensions() == null ? null : error.getExtensions().get("code");
    }

    /**
     * A field that failed with an error of its own is null, and when it is non-null graphql-java reports that null once
     * more, as an error without cause; the client would see a second, INTERNAL error for one failure. (An error with no
     * path, such as an argument SmallRye found invalid, explains the null as well.)
     */
    static List<GraphQLError> withoutEchoes(List<GraphQLError> errors) {
        return errors.stream()
                .filter(error -> error.getErrorType() != graphql.ErrorType.NullValueInNonNullableField
                        || errors.stream()
                                .noneMatch(other -> other != error
                                        && other.getErrorType() != graphql.ErrorType.NullValueInNonNullableField
                                        && (other.getPath() == null || startsWith(other.getPath(), error.getPath()))))
                .toList();
    }

    private static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path != null
                && prefix != null
                && path.size() >= prefix.size()
                && path.subList(0, prefix.size()).equals(prefix);
    }

    private static GraphQLError shape(GraphQLError error, boolean clientGone) {
        Map<String, Object> extensions =
                error.getExtensions() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(error.getExtensions());
        if (error instanceof ExceptionWhileDataFetching fetching
                && fetching.getException() instanceof ApiException api) {
            extensions.put("code", api.code());
            extensions.putAll(api.extensions());
            return rebuild(error, api.getMessage(), extensions);
        }
        if (error instanceof ExceptionWhileDataFetching fetching
                && Failures.securityCode(fetching.getException()) != null) {
            String code = Failures.securityCode(fetching.getException());
            extensions.put("code", code);
            return rebuild(
                    error,
                    ErrorCodes.FORBIDDEN.equals(code)
                            ? "Your token does not grant a role allowed to do this."
                            : "This operation needs a valid bearer token (Authorization: Bearer …).",
                    extensions);
        }
        if (error instanceof ExceptionWhileDataFetching fetching
                && Failures.isDatabaseUnreachable(fetching.getException())) {
            // The detail (address, driver message) stays in the log; clients learn only to retry.
            LOG.warnf("Database unavailable: %s", Failures.rootMessage(fetching.getException()));
            extensions.clear();
            extensions.put("code", ErrorCodes.UNAVAILABLE);
            return rebuild(error, "The catalogue's database cannot be reached right now; retry shortly.", extensions);
        }
        String constraint = error instanceof ExceptionWhileDataFetching fetching
                ? Failures.uniqueViolation(fetching.getException())
                : null;
        if (constraint != null) {
            extensions.put("code", ErrorCodes.CONFLICT);
            java.util.regex.Matcher slug = SLUG_CONSTRAINT.matcher(constraint);
            if (slug.matches()) {
                extensions.put("field", "slug");
                return rebuild(
                        error,
                        "The slug is already used by another " + slug.group(1).replace('_', ' ') + ".",
                        extensions);
            }
            return rebuild(
                    error,
                    "This record or relation already exists; someone may have created it at the same "
                            + "time. Reload and try again.",
                    extensions);
        }
        if (error instanceof ExceptionWhileDataFetching fetching
                && Failures.isOptimisticLockFailure(fetching.getException())) {
            extensions.put("code", ErrorCodes.CONFLICT);
            return rebuild(
                    error,
                    "The record was changed by someone else at the same time. Reload it and apply "
                            + "your change again.",
                    extensions);
        }
        if (extensions.get("code") != null) {
            return error;
        }
        ErrorClassification type = error.getErrorType();
        String message = error.getMessage();
        String code;
        if (extensions.get("violations") instanceof List<?> violations) {
            code = ErrorCodes.VALIDATION;
            extensions.remove("violations");
            extensions.put(
                    "fields", violations.stream().map(ErrorShaper::fieldError).toList());
        } else if (type == ErrorType.ExecutionAborted) {
            // Raised by the query depth limit before anything runs.
            code = ErrorCodes.QUERY_TOO_COMPLEX;
        } else if (type == ErrorType.InvalidSyntax) {
            code = ErrorCodes.GRAPHQL_PARSE_FAILED;
        } else if (type == ErrorType.ValidationError || error instanceof graphql.validation.ValidationError) {
            code = ErrorCodes.GRAPHQL_VALIDATION_FAILED;
            message = Failures.inSchemaWords(message);
        } else {
            // The client gets only a correlation id; the log pairs the same id with the real cause.
            String correlationId = Correlation.current();
            Throwable cause = error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
            OperationSpans.failed(correlationId, cause);
            if (clientGone) {
                LOG.debugf(cause, "Failure %s after the client disconnected: %s", correlationId, error.getMessage());
            } else {
                LOG.errorf(cause, "Internal error %s: %s", correlationId, error.getMessage());
            }
            code = ErrorCodes.INTERNAL;
            message = internalMessage(correlationId);
            extensions.clear();
            extensions.put("correlationId", correlationId);
        }
        extensions.put("code", code);
        extensions.putIfAbsent("classification", type == null ? null : type.toString());
        return rebuild(error, message, extensions);
    }

    /** What a client is told of an unexpected failure; the log line with the cause carries the same id. */
    public static String internalMessage(String correlationId) {
        return "Internal error. Quote correlation id " + correlationId + " when reporting it.";
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        extensions.remove("exception");
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .build();
    }

    /** A Bean Validation violation as {field, message}; the field is the input path below the argument. */
    private static Map<String, Object> fieldError(Object violation) {
        Map<?, ?> v = (Map<?, ?>) violation;
        List<?> path = v.get("propertyPath") instanceof List<?> p ? p : List.of();
        String field = path.stream()
                .skip(Math.min(1, path.size()))
                .map(String::valueOf)
                .filter(part -> !part.startsWith("<"))
                .collect(java.util.stream.Collectors.joining("."));
        return Map.of(
                "field",
                field.isEmpty()
                        ? path.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("."))
                        : field,
                "message",
                String.valueOf(v.get("message")));
    }
}
