package io.jisr.graphql.engine;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses each GraphQL document once per request and validates it once: the edge parses it ({@link CostGuard}) and,
 * as graphql-java's {@link PreparsedDocumentProvider} (installed by {@code GraphQLEvents}), this runs that same tree
 * instead of parsing it again. SmallRye's own document cache parsed and validated every new document a second time to
 * store it. A valid document asked for again (apps repeat a few dozen, with new variables) is kept, the last
 * {@value #KEPT} of them, and is then neither parsed nor validated; one-off documents are not kept, so a stream of
 * them does not fill the heap with syntax trees. Operations over WebSocket are checked at the edge like HTTP requests,
 * but the edge's tree is not handed on to them (they have no exchange): they take graphql-java's own way.
 */
@Singleton
public class Documents implements PreparsedDocumentProvider {

    static final int KEPT = 256;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
    int maxWhitespaceTokens;

    @Inject
    Instance<GraphQLSchema> schema;

    private final Recurrence recurrence = new Recurrence();
    private final Map<String, Document> valid = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > KEPT;
        }
    };

    /** The document of {@code query}, parsed now or kept from before; throws on a syntax error or over the limits. */
    public Document parse(String query) throws InvalidSyntaxException {
        Document kept = kept(query);
        if (kept != null) {
            return kept;
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(o -> o.maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens));
        return new Parser()
                .parseDocument(ParserEnvironment.newParserEnvironment()
                        .document(query)
                        .parserOptions(options)
                        .build());
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Exchange exchange = Exchange.of(input.getGraphQLContext());
        Document document = exchange == null ? null : exchange.document();
        if (document == null) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        String query = input.getQuery();
        if (kept(query) != document) {
            List<ValidationError> errors = ParseAndValidate.validate(schema(), document, input.getLocale());
            if (!errors.isEmpty()) {
                return CompletableFuture.completedFuture(new PreparsedDocumentEntry(errors));
            }
            if (recurrence.seenBefore(query)) {
                keep(query, document);
            }
        }
        return CompletableFuture.completedFuture(new PreparsedDocumentEntry(document));
    }

    /** SmallRye's schema, looked up when first needed: it is built after this bean can be created. */
    GraphQLSchema schema() {
        return schema.get();
    }

    private synchronized Document kept(String query) {
        return valid.get(query);
    }

    private synchronized void keep(String query, Document document) {
        valid.put(query, document);
    }
}
