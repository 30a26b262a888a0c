package io.jisr.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data template lies and when a start copies it; plain JUnit. */
class DataTemplateTest {

    @TempDir
    Path dir;

    @Test
    void shouldFindTheTemplateOnlyBesideThePackagedJar() {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        assertEquals(
                Optional.of(dir.resolve("quarkus-app/data-template/jisr.mv.db")), DataTemplate.beside(jar.toString()));
        assertEquals(Optional.empty(), DataTemplate.beside("target/classes" + File.pathSeparator + jar));
        assertEquals(Optional.empty(), DataTemplate.beside("target/classes"));
        assertEquals(Optional.empty(), DataTemplate.beside(null));
    }

    @Test
    void shouldNameTheFileOfAnEmbeddedH2UrlAndNoOther() {
        assertEquals(
                Optional.of(Path.of("./data/jisr.mv.db")),
                DataTemplate.databaseFile("jdbc:h2:file:./data/jisr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
        assertEquals(Optional.of(Path.of("/srv/jisr.mv.db")), DataTemplate.databaseFile("jdbc:h2:file:/srv/jisr"));
        assertEquals(
                Optional.of(Path.of(System.getProperty("user.home"), "jisr/db.mv.db")),
                DataTemplate.databaseFile("jdbc:h2:file:~/jisr/db"));
        assertEquals(Optional.empty(), DataTemplate.databaseFile("jdbc:h2:mem:jisr;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), DataTemplate.databaseFile("jdbc:postgresql://db:5432/jisr"));
        assertEquals(Optional.empty(), DataTemplate.databaseFile("jdbc:h2:file:;MODE=PostgreSQL"));
        assertEquals(Optional.empty(), DataTemplate.databaseFile(null));
    }

    @Test
    void shouldCopyTheTemplateIntoANewDataDirectoryOnly() throws Exception {
        Path template = Files.writeString(dir.resolve("template.mv.db"), "prepared");
        Path database = dir.resolve("data/new/jisr.mv.db");

        assertTrue(DataTemplate.copyIfFresh(template, database));
        assertEquals("prepared", Files.readString(database));
        try (var left = Files.list(database.getParent())) {
            assertEquals(1, left.count(), "no partial copy is left beside the database");
        }

        Files.writeString(database, "edited since");
        assertFalse(DataTemplate.copyIfFresh(template, database), "an existing database is never replaced");
        assertEquals("edited since", Files.readString(database));

        assertFalse(DataTemplate.copyIfFresh(dir.resolve("missing.mv.db"), dir.resolve("other/jisr.mv.db")));
        assertFalse(Files.exists(dir.resolve("other/jisr.mv.db")), "without a template, Flyway builds the database");
    }

    @Test
    void shouldNeverReplaceADatabaseThatAppearedWhileCopying() throws Exception {
        // Another process starting on the same new directory got there first: its open database stays.
        Path copy = Files.writeString(dir.resolve("copy.partial"), "prepared");
        Path database = Files.writeString(dir.resolve("jisr.mv.db"), "opened by another process");

        assertFalse(DataTemplate.place(copy, database));
        assertEquals("opened by another process", Files.readString(database));

        Path fresh = dir.resolve("fresh.mv.db");
        assertTrue(DataTemplate.place(copy, fresh));
        assertEquals("prepared", Files.readString(fresh));
    }

    @Test
    void shouldSayWhyNeitherALinkNorAMovePutTheDatabaseInPlace() {
        Path missing = dir.resolve("copy-that-vanished");
        NoSuchFileException failed =
                assertThrows(NoSuchFileException.class, () -> DataTemplate.place(missing, dir.resolve("jisr.mv.db")));
        assertEquals(1, failed.getSuppressed().length, "the hard link's failure is kept beside the move's");
        assertFalse(Files.exists(dir.resolve("jisr.mv.db")));
    }

    @Test
    void shouldKeepOnlyTheDatabaseOfAPreparingRun() throws Exception {
        Path work = dir.resolve("data-template.work");
        Files.createDirectories(work.resolve("dev-jwt"));
        Files.writeString(work.resolve("jisr.mv.db"), "prepared");
        Files.writeString(work.resolve("dev-jwt/private.pem"), "a key no template may carry");
        Path template = dir.resolve("data-template/jisr.mv.db");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "older");

        DataTemplate.keep(work, template);

        assertEquals("prepared", Files.readString(template));
        assertFalse(Files.exists(work));
        try (var kept = Files.list(template.getParent())) {
            assertEquals(1, kept.count());
        }
    }
}
