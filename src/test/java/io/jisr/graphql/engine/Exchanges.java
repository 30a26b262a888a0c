package io.jisr.graphql.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The GraphQL context of an operation run over HTTP, for tests that hand graphql-java an input by hand. */
final class Exchanges {

    private Exchanges() {}

    /** A GraphQL context holding an exchange set up by {@code setUp}. */
    static Map<String, Object> with(Consumer<Exchange> setUp) {
        Exchange exchange = new Exchange();
        setUp.accept(exchange);
        Map<String, Object> context = new HashMap<>();
        exchange.attachTo(context);
        return context;
    }
}
