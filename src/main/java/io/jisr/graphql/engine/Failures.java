package io.jisr.graphql.engine;

import io.jisr.common.error.ErrorCodes;

/** How a failure reads to a client: what kind it is (security, database, conflict) and its message in schema words. */
final class Failures {

    private Failures() {}

    /** UNAUTHENTICATED for a missing, malformed, expired or untrusted token; FORBIDDEN for a missing role. */
    static String securityCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.quarkus.security.ForbiddenException) {
                return ErrorCodes.FORBIDDEN;
            }
            if (t instanceof io.quarkus.security.UnauthorizedException
                    || t instanceof io.quarkus.security.AuthenticationFailedException) {
                return ErrorCodes.UNAUTHENTICATED;
            }
        }
        return null;
    }

    /** {@code failure} and its causes, innermost last. */
    static java.util.stream.Stream<Throwable> causes(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, java.util.Objects::nonNull, Throwable::getCause);
    }

    static final java.util.regex.Pattern NOT_VALID = java.util.regex.Pattern.compile(
            "(?s).*argument '(\\w+)' with value '.*' is not a valid '(?:Unknown Scalar Type \\[)?(?:[\\w$]+\\.)*([\\w$]+)\\]?'.*");
    static final java.util.regex.Pattern MUST_BE =
            java.util.regex.Pattern.compile("(?s).*argument '(\\w+)' with value '.*' (must [\\w ]+)$");
    static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("\\b(?:java|jakarta|io|org|graphql)\\.[\\w.$]+|\\b\\w+Value\\{");

    /**
     * graphql-java and SmallRye word some validation errors with Java: a syntax-tree dump of the value and, for an
     * input object given as a scalar, the Java class. The client gets the same fact in the schema's words.
     */
    static String inSchemaWords(String message) {
        if (message == null || !JAVA_NAME.matcher(message).find()) {
            return message;
        }
        java.util.regex.Matcher wrong = NOT_VALID.matcher(message);
        if (wrong.matches()) {
            return "Argument '" + wrong.group(1) + "' has a value that is not a valid " + wrong.group(2) + ".";
        }
        java.util.regex.Matcher must = MUST_BE.matcher(message);
        if (must.matches()) {
            return "Argument '" + must.group(1) + "' has a value of the wrong type: it " + must.group(2) + ".";
        }
        return "The request does not match the schema: a value has the wrong type or shape.";
    }

    /** A failure to reach the database at all (SQL state class 08, or no connection within the pool's timeout). */
    static boolean isDatabaseUnreachable(Throwable failure) {
        return causes(failure)
                .anyMatch(t -> t instanceof org.hibernate.exception.JDBCConnectionException
                        || t instanceof java.sql.SQLTransientConnectionException
                        || t instanceof java.sql.SQLNonTransientConnectionException
                        || t instanceof java.sql.SQLException sql
                                && (sql.getSQLState() != null
                                                && sql.getSQLState().startsWith("08")
                                        || String.valueOf(sql.getMessage())
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .contains("acquisition timeout")));
    }

    static String rootMessage(Throwable failure) {
        return causes(failure)
                .reduce((outer, inner) -> inner)
                .map(Throwable::toString)
                .orElse("");
    }

    /**
     * The name (lower case) of the unique constraint a write broke, or null. The write path checks uniqueness first, but
     * two concurrent transactions can both pass that check; the database then refuses the second.
     */
    static String uniqueViolation(Throwable failure) {
        return causes(failure)
                .filter(org.hibernate.exception.ConstraintViolationException.class::isInstance)
                .map(org.hibernate.exception.ConstraintViolationException.class::cast)
                .filter(v -> v.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE)
                .map(v -> v.getConstraintName() == null
                        ? ""
                        : v.getConstraintName().toLowerCase(java.util.Locale.ROOT))
                .findFirst()
                .orElse(null);
    }

    /** A concurrent update detected when the transaction commits, after the service returned. */
    static boolean isOptimisticLockFailure(Throwable failure) {
        return causes(failure)
                .anyMatch(t -> t instanceof jakarta.persistence.OptimisticLockException
                        || t instanceof org.hibernate.StaleStateException);
    }
}
