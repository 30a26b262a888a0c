/**
 * The GraphQL engine: how a request becomes an answer. Features see only {@link io.jisr.graphql.DirectField}, on the
 * resolvers that fetch directly (with, on list fields, where the cost model measures their size). A request's state,
 * from the edge to the answer, is one {@link io.jisr.graphql.engine.Exchange}. Inside, in the order a request meets
 * them:
 * <ul>
 * <li>{@code edge}: the HTTP and WebSocket routes and the checks that need no document (token, rate limit, URI,
 * shape, persisted queries);</li>
 * <li>{@code cache}: repeated anonymous reads answered from memory, and HTTP caching;</li>
 * <li>{@code cost}: the checks on the parsed document (estimated cost from measured list sizes, aliases, repeats);</li>
 * <li>{@code engine}: parsing once, running the operation with graphql-java on SmallRye's schema, writing the answer,
 * shaping errors; the only package that touches Quarkus's or SmallRye's implementation classes.</li>
 * </ul>
 *
 * <h2>What the engine does instead of the libraries</h2>
 * Each row replaces a library behaviour on the read path, measured with JFR on a distinct read (CPU samples) and with
 * {@code src/bench/ab.py} (throughput and CPU time per request of the build without the bypass against the build with
 * it, in alternating rounds of one run); each is guarded by the tests named, and {@code LibraryAssumptionsTest} fails,
 * naming the assumption, when graphql-java (24.3.0) or SmallRye GraphQL (2.17.0, with Quarkus 3.33.2) changes under
 * it. A bypass that gains less than 3 % and leans on a library's internals is retired. Bypasses that share state are
 * measured together: removed one at a time they each read 0.90–1.03× here, yet removed together 0.88× and 0.76×.
 * <table>
 * <caption>Bypasses</caption>
 * <tr><th>Library behaviour</th><th>Instead</th><th>Why (measured)</th><th>Guarded by</th></tr>
 * <tr><td>SmallRye's property fetchers build a {@code DataFetchingEnvironment} and fire CDI events per field</td>
 * <td>{@code PropertyFields}: a method handle per property</td><td>a sixth of a distinct read's CPU</td>
 * <td>{@code PropertyFieldsTest}</td></tr>
 * <tr><td>SmallRye's resolvers and batch loaders per field (events, context propagation; its batches ran every alias
 * with the first alias's arguments)</td><td>{@code DirectFields}: plain fetchers and data loaders for
 * {@code @DirectField} methods, one loader per set of arguments</td><td>a fifth of a read's CPU; a wrong answer
 * fixed</td><td>{@code DirectFieldsTest}, {@code StatementCountTest}</td></tr>
 * <tr><td>SmallRye lists the selected fields into JSON before each of its fetches</td><td>{@code SelectionFreeFields}:
 * its fetchers (recognised by package) get no selection set</td><td>5 % of a distinct read's CPU</td>
 * <td>{@code SchemaTest}, {@code LibraryAssumptionsTest}, {@code ArchitectureTest}</td></tr>
 * <tr><td>graphql-java's per-level loader dispatch counts every field of every level</td><td>{@code LoaderDispatch}
 * dispatches when the operation is idle; graphql-java is handed its empty registry so it picks its no-op strategy
 * (graphql-java 25 has a documented switch for this). It relies on {@code SelectionFreeFields} to see SmallRye's
 * pending fetches and on {@code UsedDataLoaders} over WebSocket, so the three are measured as one</td><td>6 % of CPU
 * samples; the three together {@code ab.py} 1.03× requests/s, 1.03× less CPU per request (8 rounds): at the
 * threshold, kept</td><td>{@code LoaderDispatchTest}, {@code LibraryAssumptionsTest}</td></tr>
 * <tr><td>SmallRye's instrumentation chain wraps every field</td><td>{@code OperationInstrumentation}: the depth limit
 * and the loaders an operation uses; SmallRye settings it would defeat are refused at start ({@code
 * EngineSettings})</td><td>loader dispatch 2.5 % → 0.8 % of CPU</td><td>{@code OperationInstrumentationTest},
 * {@code LibraryAssumptionsTest}</td></tr>
 * <tr><td>SmallRye parses and validates each new document twice more (its document cache)</td><td>{@code Documents}:
 * the edge's parse runs, validated once</td><td>part of 19 % less CPU per distinct read</td><td>{@code
 * DocumentsTest}</td></tr>
 * <tr><td>SmallRye parses the query once more to list its operation types</td><td>{@code HttpExecution} hands it a
 * stand-in with the same types</td><td>3 % of CPU; with {@code SharedDataFetchers} {@code ab.py} 1.10× requests/s,
 * 1.11× less CPU per request (8 rounds)</td><td>{@code HttpExecutionTest}, {@code LibraryAssumptionsTest} (its
 * payload log is refused)</td></tr>
 * <tr><td>SmallRye writes answers through a JSON-P tree and a string</td><td>{@code ResultJson} writes once into the
 * buffer the read cache keeps</td><td>a tenth of a read's CPU</td><td>{@code ResultJsonTest}</td></tr>
 * <tr><td>Quarkus rebuilds SmallRye's data fetchers on every request</td><td>{@code SharedDataFetchers}, once per
 * operation</td><td>with the stand-in, above</td><td>{@code StatementCountTest}</td></tr>
 * </table>
 */
package io.jisr.graphql;
