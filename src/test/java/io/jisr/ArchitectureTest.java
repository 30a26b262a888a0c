package io.jisr;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import graphql.GraphQLContext;
import io.jisr.graphql.engine.Exchange;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules, checked without booting anything: shared code knows no feature, each feature depends only on the
 * features below it in the data model (initiative → data centre → organisation, sector → source; every feature may
 * show its change history), shared packages form no cycle, and only {@code graphql.engine} touches Quarkus's and
 * SmallRye GraphQL's implementation classes. The compiled classes are checked with ArchUnit; the source imports are
 * checked as well, because a constant ({@code ErrorCodes.RATE_LIMITED}) is copied into the class that uses it and
 * leaves no trace in its bytecode.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jisr");

    /**
     * Each layer with the layers it may use, lowest last. The application root may use everything. {@code graphql} is
     * the engine's public surface ({@code @DirectField}), the only part features see;
     * {@code engine} its inside ({@code io.jisr.graphql.*}: edge, cost, cache, engine); {@code platform} security,
     * telemetry, metrics and health.
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put(
                "research",
                List.of(
                        "initiative",
                        "datacentre",
                        "organisation",
                        "sector",
                        "source",
                        "history",
                        "graphql",
                        "common"));
        MAY_USE.put(
                "initiative",
                List.of("datacentre", "organisation", "sector", "source", "history", "graphql", "common"));
        MAY_USE.put("datacentre", List.of("organisation", "sector", "source", "history", "graphql", "common"));
        MAY_USE.put("organisation", List.of("source", "history", "graphql", "common"));
        MAY_USE.put("sector", List.of("source", "history", "graphql", "common"));
        MAY_USE.put("source", List.of("history", "graphql", "common"));
        // Live events travel over the engine's subscriptions, and a change empties its read cache.
        MAY_USE.put("history", List.of("engine", "graphql", "common"));
        MAY_USE.put("engine", List.of("graphql", "platform", "common"));
        MAY_USE.put("graphql", List.of("common"));
        MAY_USE.put("platform", List.of("common"));
        MAY_USE.put("common", List.of());
    }

    /** The layer of a package below io.jisr ("graphql.edge" is engine, "graphql" alone the public surface). */
    private static String layerOf(String jisrPackage) {
        String[] parts = jisrPackage.split("\\.");
        return parts[0].equals("graphql") && parts.length > 1 ? "engine" : parts[0];
    }

    @Test
    void shouldKeepFeaturesPointingDownTheDataModel() {
        LayeredArchitecture layers = com.tngtech.archunit.library.Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("application")
                .definedBy("io.jisr");
        for (String layer : MAY_USE.keySet()) {
            layers = switch (layer) {
                case "graphql" -> layers.layer(layer).definedBy("io.jisr.graphql");
                case "engine" -> layers.layer(layer).definedBy("io.jisr.graphql.*..");
                default -> layers.layer(layer).definedBy("io.jisr." + layer + "..");
            };
        }
        for (Map.Entry<String, List<String>> layer : MAY_USE.entrySet()) {
            layers = layer.getValue().isEmpty()
                    ? layers.whereLayer(layer.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(layer.getKey())
                            .mayOnlyAccessLayers(layer.getValue().toArray(String[]::new));
        }
        layers.check(MAIN);
    }

    @Test
    void shouldKeepSharedPackagesFreeOfCycles() {
        slices().matching("io.jisr.common.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("io.jisr.graphql.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shouldFenceFrameworkInternalsInOnePackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.jisr.graphql.engine..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.quarkus..runtime..").and(resideOutsideOfPackages("io.quarkus.runtime..")))
                .orShould()
                .dependOnClassesThat(resideInAPackage("io.smallrye.graphql..")
                        .and(resideOutsideOfPackages("io.smallrye.graphql.api..", "io.smallrye.graphql.spi..")))
                .check(MAIN);
    }

    @Test
    void shouldNotReadSmallRyesSelectedFields() {
        // SelectionFreeFields hands SmallRye's fetchers no selection set, so these lists are always empty.
        noClasses()
                .should()
                .callMethod(io.smallrye.graphql.api.Context.class, "getSelectedFields")
                .orShould()
                .callMethod(io.smallrye.graphql.api.Context.class, "getSelectedAndSourceFields")
                .check(MAIN);
    }

    @Test
    void shouldKeepARequestsStateInOneTypedObject() {
        // Per-request state under string keys in maps is unchecked by the compiler; it all lives in the Exchange.
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Exchange.class.getName())
                .should()
                .callMethod(RoutingContext.class, "put", String.class, Object.class)
                .orShould()
                .callMethod(RoutingContext.class, "get", String.class)
                .orShould()
                .callMethod(RoutingContext.class, "get", String.class, Object.class)
                .orShould()
                .callMethod(RoutingContext.class, "remove", String.class)
                .orShould()
                .callMethod(GraphQLContext.class, "put", Object.class, Object.class)
                .orShould()
                .callMethod(GraphQLContext.class, "get", Object.class)
                .orShould()
                .callMethod(GraphQLContext.class, "hasKey", Object.class)
                .check(MAIN);
    }

    @Test
    void shouldFollowTheSameRulesInSourceImports() throws IOException {
        Map<String, Set<String>> imports = sourceImports();
        Set<String> violations = new TreeSet<>();
        imports.forEach((from, targets) -> targets.forEach(to -> {
            String fromLayer = layerOf(from);
            String toLayer = layerOf(to);
            if (MAY_USE.containsKey(fromLayer)
                    && !fromLayer.equals(toLayer)
                    && !MAY_USE.get(fromLayer).contains(toLayer)) {
                violations.add(from + " imports " + to);
            }
            if (from.startsWith("common.")
                    && to.startsWith("common.")
                    && !topOf(from).equals(topOf(to))
                    && imports.getOrDefault(to, Set.of()).stream()
                            .anyMatch(back -> topOf(back).equals(topOf(from)))) {
                violations.add(from + " and " + to + " import each other");
            }
        }));
        assertThat(violations, empty());
    }

    /** "common.web" for "common.web.x": the slice a shared package belongs to. */
    private static String topOf(String commonPackage) {
        String[] parts = commonPackage.split("\\.");
        return parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
    }

    /** Package (below io.jisr) to the io.jisr packages its source files import. */
    private static Map<String, Set<String>> sourceImports() throws IOException {
        Pattern packageLine = Pattern.compile("^package io\\.jisr\\.?([\\w.]*);", Pattern.MULTILINE);
        Pattern importLine = Pattern.compile("^import (?:static )?io\\.jisr\\.([\\w.]+?)\\.[A-Z]", Pattern.MULTILINE);
        Map<String, Set<String>> imports = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/jisr"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                Matcher pkg = packageLine.matcher(text);
                if (!pkg.find() || pkg.group(1).isEmpty()) {
                    continue;
                }
                Set<String> targets = imports.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher imported = importLine.matcher(text);
                while (imported.find()) {
                    targets.add(imported.group(1));
                }
            }
        }
        return imports;
    }

    @Test
    void shouldKeepEveryMainClassShortEnoughToRead() throws IOException {
        Set<String> tooLong = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                long lines = Files.readAllLines(file).size();
                if (lines > 250) {
                    tooLong.add(file + " has " + lines + " lines");
                }
            }
        }
        assertThat("split a class before it passes 250 lines", tooLong, empty());
    }

    @Test
    void shouldNotNameAHigherFeaturesEntitiesInQueries() throws IOException {
        // Imports are not the only coupling: a query string naming a higher feature's entity is one too.
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        for (JavaClass type : MAIN) {
            if (type.isAnnotatedWith(jakarta.persistence.Entity.class)) {
                String layer = layerOf(type.getPackageName().replace("io.jisr.", ""));
                entities.computeIfAbsent(layer, k -> new TreeSet<>()).add(type.getSimpleName());
            }
        }
        Set<String> violations = new TreeSet<>();
        forEachStringLiteral((layer, file, literal) -> {
            if (!MAY_USE.containsKey(layer) || !QUERY.matcher(literal).find()) {
                return;
            }
            entities.forEach((owner, names) -> {
                if (!owner.equals(layer) && !MAY_USE.get(layer).contains(owner)) {
                    for (String name : names) {
                        if (Pattern.compile("\\b" + name + "\\b")
                                .matcher(literal)
                                .find()) {
                            violations.add(file + " names " + owner + "'s " + name + " in \"" + literal.strip() + "\"");
                        }
                    }
                }
            });
        });
        assertThat(violations, empty());
    }

    @Test
    void shouldNameLibraryClassesInStringsOnlyInTheFrameworkPackage() throws IOException {
        // Recognising a library's classes by name is an assumption about its internals: one package holds them all.
        Set<String> violations = new TreeSet<>();
        forEachStringLiteral((layer, file, literal) -> {
            if (LIBRARY_CLASS.matcher(literal).find() && !file.startsWith("graphql/engine/")) {
                violations.add(file + ": \"" + literal + "\"");
            }
        });
        assertThat(violations, empty());
    }

    private static final Pattern QUERY =
            Pattern.compile("\\b(select|from|join|update|delete)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIBRARY_CLASS =
            Pattern.compile("^(io\\.smallrye|io\\.quarkus|graphql|org\\.dataloader)\\.([a-z0-9_]+\\.)*([A-Z]|$)");
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** Calls {@code check} with each string literal of the main sources, with its layer and file below io/jisr. */
    private static void forEachStringLiteral(LiteralCheck check) throws IOException {
        Path root = Path.of("src/main/java/io/jisr");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String layer = relative.contains("/")
                        ? layerOf(
                                relative.substring(0, relative.lastIndexOf('/')).replace('/', '.'))
                        : "";
                // A query split over several literals joined by + is read as one.
                String text = Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
                Matcher literal = LITERAL.matcher(text);
                while (literal.find()) {
                    check.accept(layer, relative, literal.group(1) != null ? literal.group(1) : literal.group(2));
                }
            }
        }
    }

    @FunctionalInterface
    private interface LiteralCheck {
        void accept(String layer, String file, String literal);
    }
}
