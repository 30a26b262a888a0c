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
 * Each row replaces a library behaviour on the read path. "Why" is the share of a distinct read's CPU samples the
 * library behaviour took (JFR), and, where re-measured alone, {@code src/bench/ab.py}: requests/s and CPU per request
 * of the build without the bypass against the build with it, alternating rounds. A bypass that gains less than 3 %
 * and leans on a library's internals is not kept. {@code LibraryAssumptionsTest} fails, naming the assumption, when
 * graphql-java (24.3.0) or SmallRye GraphQL (2.17.0, with Quarkus 3.33.2) changes under it.
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
 * its fetchers (recognised by package) get no selection set</td><td>5 % of CPU samples; SELECTION_FREE</td>
 * <td>{@code SchemaTest}, {@code LibraryAssumptionsTest}, {@code ArchitectureTest}</td></tr>
 * <tr><td>SmallRye gives every operation a loader for each batch field of the schema, and graphql-java dispatches
 * every loader at every level</td><td>{@code OperationInstrumentation.UsedDataLoaders}: graphql-java sees the
 * loaders the operation used</td><td>USED_LOADERS</td><td>{@code OperationInstrumentationTest}, {@code
 * LibraryAssumptionsTest} (the registry's protected map)</td></tr>
 * <tr><td>SmallRye's instrumentation chain wraps every field</td><td>{@code OperationInstrumentation}: the depth limit
 * only; SmallRye settings it would defeat are refused at start ({@code EngineSettings})</td><td>part of the fifth
 * above (its wrappers ran per field)</td><td>{@code OperationInstrumentationTest}, {@code LibraryAssumptionsTest}</td>
 * </tr>
 * <tr><td>SmallRye parses and validates each new document twice more (its document cache)</td><td>{@code Documents}:
 * the edge's parse runs, validated once</td><td>part of 19 % less CPU per distinct read</td><td>{@code
 * DocumentsTest}</td></tr>
 * <tr><td>SmallRye writes answers through a JSON-P tree and a string</td><td>{@code ResultJson} writes once into the
 * buffer the read cache keeps</td><td>a tenth of a read's CPU</td><td>{@code ResultJsonTest}</td></tr>
 * </table>
 * Not kept, measured with {@code ab.py} (8–10 rounds of 20 s): dispatching the data loaders once the operation is idle
 * instead of graphql-java's per-level dispatch (1.03× and 1.01× in two runs; it relied on graphql-java skipping its
 * own dispatch for its built-in empty registry), handing SmallRye a stand-in query so it would not parse the real one
 * again (0.95×: slower), and sharing Quarkus's data fetchers across requests through a runtime class (0.97×).
 */
package io.jisr.graphql;
