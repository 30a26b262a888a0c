/**
 * Every place the service relies on Quarkus or SmallRye GraphQL beyond their public API, fenced in one package so an
 * upgrade has one place to look ({@code ArchitectureTest} keeps such imports out of every other package).
 * <ul>
 * <li>{@link io.jisr.graphql.engine.SubscriptionSocket} extends Quarkus's WebSocket handler (a {@code runtime}
 * class) to add connection rules and pass every operation through the edge's checks before SmallRye's protocol
 * handler sees it; guarded by {@code SubscriptionSocketTest}, {@code OneEdgeTest} and the subscription tests of
 * {@code SecurityTest}.</li>
 * <li>{@link io.jisr.graphql.engine.ExecutionResults} replaces the result SmallRye will write, which its public
 * {@code Context} can only read; guarded by {@code ErrorShaperTest} and every test that checks an error code.</li>
 * <li>{@link io.jisr.graphql.engine.CurrentHttpRequest} reads the HTTP request of the running operation from
 * Quarkus's {@code CurrentVertxRequest}; guarded by {@code LocalizationTest} (Accept-Language) and
 * {@code ReadCacheTest}.</li>
 * <li>{@link io.jisr.graphql.engine.HttpExecution} extends Quarkus's GraphQL handler base class (a {@code runtime}
 * class) to run checked requests through SmallRye's {@code ExecutionService} and write their answers. It hands
 * SmallRye a stand-in query with the same operation types (SmallRye 2.17 parses the query only to list them) and
 * graphql-java the real one; guarded by {@code HttpExecutionTest}, {@code OperationInstrumentationTest},
 * {@code GraphQLRoutesTest}, {@code ReadCacheTest} and the {@code graphql-http} audit in {@code .ci/run}.</li>
 * <li>{@link io.jisr.graphql.engine.SharedDataFetchers} hands out Quarkus's data fetchers (a {@code runtime} class)
 * through SmallRye's public {@code DataFetcherService} SPI, once per operation; guarded by every test of a batched
 * field ({@code StatementCountTest}) and the benchmark's response checks.</li>
 * </ul>
 */
package io.jisr.graphql.engine;
