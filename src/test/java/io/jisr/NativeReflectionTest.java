package io.jisr;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import io.jisr.common.error.ApiException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.Type;
import org.junit.jupiter.api.Test;

/** Guards the native image's reflection list against classes added later and forgotten there. */
class NativeReflectionTest {

    private static final List<DotName> REFLECTED_ANNOTATIONS = Stream.of(
                    "org.eclipse.microprofile.graphql.Type", "org.eclipse.microprofile.graphql.Input",
                    "org.eclipse.microprofile.graphql.Interface", "jakarta.persistence.Entity",
                    "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Embeddable")
            .map(DotName::createSimple)
            .toList();

    @Test
    void shouldRegisterEveryGraphQLTypeEnumErrorAndEntity() throws Exception {
        Index index = indexOfMainClasses();
        Set<String> needed = new TreeSet<>();
        for (ClassInfo type : index.getKnownClasses()) {
            boolean annotated = REFLECTED_ANNOTATIONS.stream().anyMatch(a -> type.declaredAnnotation(a) != null);
            // Private enums are implementation details, never exposed in the schema.
            if (annotated || type.isEnum() && !java.lang.reflect.Modifier.isPrivate(type.flags())) {
                needed.add(type.name().toString());
            }
        }
        DotName apiException = DotName.createSimple(ApiException.class.getName());
        needed.add(apiException.toString());
        index.getAllKnownSubclasses(apiException)
                .forEach(c -> needed.add(c.name().toString()));

        AnnotationInstance registration = index.getClassByName(NativeReflection.class)
                .declaredAnnotation(DotName.createSimple(RegisterForReflection.class.getName()));
        Set<String> registered = Stream.of(registration.value("targets").asClassArray())
                .map(Type::name)
                .map(DotName::toString)
                .collect(Collectors.toSet());
        needed.removeAll(registered);
        assertThat("classes missing from NativeReflection", needed, empty());
    }

    private static Index indexOfMainClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(NativeReflection.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }
}
