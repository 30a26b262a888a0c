package io.jisr.graphql.engine;

import java.util.Locale;

/** Reads the request media types the GraphQL endpoint accepts; pure logic, tested without the server. */
public final class MediaTypes {

    public static final String JSON = "application/json";
    public static final String GRAPHQL = "application/graphql";

    private MediaTypes() {}

    /**
     * The media type of a POST body: {@code application/json} or {@code application/graphql}, ignoring parameters,
     * case and a value repeated by the client (GraphiQL and the page embedding it both set the header, which the
     * browser joins as {@code application/json, application/json}). Anything else, including form and
     * {@code text/plain} posts that a foreign page can send without CORS, is null.
     */
    public static String requestMediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String found = null;
        for (String part : header.split(",")) {
            String type = part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!type.equals(JSON) && !type.equals(GRAPHQL) || found != null && !found.equals(type)) {
                return null;
            }
            found = type;
        }
        return found;
    }
}
