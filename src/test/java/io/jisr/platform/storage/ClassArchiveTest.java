package io.jisr.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
    void shouldRemoveAStaleArchiveAndSayWhyNoneIsWrittenWithoutTheJvmsRecording() throws IOException {
        // This JVM was not started with -XX:+RecordDynamicDumpInfo, as the build's preparation run is.
        Path archive = Files.writeString(dir.resolve("app-cds.jsa"), "an archive of older jars");
        IOException refused = assertThrows(IOException.class, () -> ClassArchive.write(archive));
        assertTrue(refused.getMessage().contains("RecordDynamicDumpInfo"), refused.getMessage());
        assertFalse(Files.exists(archive));
    }
}
