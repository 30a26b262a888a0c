package io.jisr.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the class-data archive lies and what writing it needs; plain JUnit (the archive itself: the IT). */
class ClassArchiveTest {

    @TempDir
    Path dir;

    @Test
    void shouldLieBesideThePackagedJarOnly() {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        assertEquals(Optional.of(dir.resolve("quarkus-app/app-cds.jsa")), ClassArchive.beside(jar.toString()));
        assertEquals(Optional.empty(), ClassArchive.beside("target/classes"));
        assertEquals(Optional.empty(), ClassArchive.ofThisApplication());
    }

    @Test
    void shouldReadTheClassNamesOfTheJvmsClassHierarchyButNotItsHiddenClasses() {
        String hierarchy = """
                1234:
                java.lang.Object/null
                |--io.jisr.source.Source/0x00007ff8d4222830
                |  |--io.jisr.source.Source$Kind/0x00007ff8d4222830 (intf)
                |--org.h2.Driver/0x00007ff8d4130e10
                |  |--io.jisr.Main$$Lambda$135/0x00007f168c01b6b8/0x00007ff8d4222830
                |  |--java.lang.invoke.LambdaForm$MH/0x000000080108c400/null
                """;
        assertEquals(
                List.of(
                        "java.lang.Object",
                        "io.jisr.source.Source",
                        "io.jisr.source.Source$Kind",
                        "org.h2.Driver",
                        "java.lang.invoke.LambdaForm$MH"),
                ClassArchive.classNames(hierarchy));
    }

    @Test
    void shouldLinkTheLoadedClassesWithoutInitialisingThem() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        Class<?> loaded = Class.forName(getClass().getName() + "$NeverInitialised", false, loader);
        assertTrue(ClassArchive.linkLoadedClasses(loader) > 1_000);
        assertFalse(INITIALISED.get(), loaded + " was initialised");
    }

    private static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** Its initialiser says if linking ran it (reading a field of its own would run it). */
    static final class NeverInitialised {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void shouldRemoveAStaleArchiveAndSayWhyNoneIsWrittenWithoutTheJvmsRecording() throws IOException {
        // This JVM was not started with -XX:+RecordDynamicDumpInfo, as the build's preparation run is.
        Path archive = Files.writeString(dir.resolve("app-cds.jsa"), "an archive of older jars");
        IOException refused = assertThrows(IOException.class, () -> ClassArchive.write(archive));
        assertTrue(refused.getMessage().contains("RecordDynamicDumpInfo"), refused.getMessage());
        assertFalse(Files.exists(archive));
    }
}
