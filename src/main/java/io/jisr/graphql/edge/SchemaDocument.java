package io.jisr.graphql.edge;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.jisr.graphql.cost.CostDirectives;
import io.jisr.graphql.cost.Limits;
import io.jisr.graphql.cost.ListSizes;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The SDL at {@code <root>/schema.graphql}, printed with SmallRye's options plus the cost directives
 * ({@link CostDirectives}): their list sizes are measured while the service runs, so the document is printed again
 * when a measurement changes them (SmallRye's own route would print the schema without them on every request).
 */
@ApplicationScoped
public class SchemaDocument {

    /** The printed document and the sizes it was printed with. */
    private record Printed(Map<String, Long> sizes, String text) {}

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    ListSizes listSizes;

    @Inject
    Limits limits;

    private volatile Printed printed;

    void serve(RoutingContext ctx) {
        Printed current = printed;
        if (current != null && current.sizes().equals(listSizes.snapshot())) {
            send(ctx, current.text());
            return;
        }
        // Printing the schema takes a while: not on the event loop.
        ctx.vertx().executeBlocking(this::text, false).onComplete(printed -> {
            if (printed.succeeded()) {
                send(ctx, printed.result());
            } else {
                ctx.fail(printed.cause());
            }
        });
    }

    private static void send(RoutingContext ctx, String text) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .end(text);
    }

    /** The SDL with the cost directives and the list sizes measured last. */
    public String text() {
        Map<String, Long> sizes = listSizes.snapshot();
        Printed current = printed;
        if (current == null || !current.sizes().equals(sizes)) {
            // Annotated on a copy read back from the SDL: rebuilding a schema re-points the types it shares with the
            // original, which would leave the running schema with two types of one name.
            SchemaPrinter printer = printer();
            GraphQLSchema copy = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(printer.print(schema.get())));
            GraphQLSchema annotated = CostDirectives.annotate(copy, listSizes, limits.listSizeEstimate());
            current = new Printed(sizes, printer.print(annotated));
            printed = current;
        }
        return current.text();
    }

    /** SmallRye's printer options (its SchemaPrinter), with the cost directives and their definitions printed. */
    private static SchemaPrinter printer() {
        Config config = Config.get();
        boolean all = config.isIncludeDirectivesInSchema();
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .descriptionsAsHashComments(false)
                .includeDirectives(
                        name -> all || CostDirectives.COST.equals(name) || CostDirectives.LIST_SIZE.equals(name))
                .includeIntrospectionTypes(config.isIncludeIntrospectionTypesInSchema())
                .includeScalarTypes(config.isIncludeScalarsInSchema())
                .includeSchemaDefinition(config.isIncludeSchemaDefinitionInSchema())
                .useAstDefinitions(false));
    }
}
