package io.jisr;

import io.jisr.common.security.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.hamcrest.Matchers;

/** The GraphQL test client acting as an administrator (subject {@code test-admin}), for editing tests. */
public final class AdminGraphQL {

    public static final String SUBJECT = "test-admin";

    private AdminGraphQL() {}

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return GraphQL.postAs(TestTokens.admin(SUBJECT), query, variables);
    }

    public static ValidatableResponse ok(String query) {
        return ok(query, Map.of());
    }

    public static ValidatableResponse ok(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode(200).body("errors", Matchers.nullValue());
    }
}
