/**
 * Every place the service relies on Quarkus or SmallRye GraphQL beyond their public API, fenced in one package so an
 * upgrade has one place to look ({@code ArchitectureTest} keeps such imports out of every other package).
 * <ul>
 * <li>{@link io.jisr.graphql.engine.SubscriptionSocket} extends Quarkus's WebSocket handler (a {@code runtime}
 * class) to add connection rules; guarded by {@code SubscriptionSocketTest} and the subscription tests of
 * {@code SecurityTest}.</li>
 * <li>{@link io.jisr.graphql.engine.ExecutionResults} replaces the result SmallRye will write, which its public
 * {@code Context} can only read; guarded by {@code ErrorShaperTest} and every test that checks an error code.</li>
 * <li>{@link io.jisr.graphql.engine.CurrentHttpRequest} reads the HTTP request of the running operation from
 * Quarkus's {@code CurrentVertxRequest}; guarded by {@code LocalizationTest} (Accept-Language) and
 * {@code ReadCacheTest}.</li>
 * <li>{@link io.jisr.graphql.engine.HttpExecution} extends Quarkus's GraphQL handler base class (a {@code runtime}
 * class) to run checked requests through SmallRye's {@code ExecutionService} and write their answers; guarded by
 * {@code GraphQLRoutesTest}, {@code ReadCacheTest} and the {@code graphql-http} audit in {@code .ci/run}.</li>
 * </ul>
 */
package io.jisr.graphql.engine;
