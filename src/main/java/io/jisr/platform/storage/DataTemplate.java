package io.jisr.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded database a new data directory starts from. A fresh H2 file would otherwise be migrated and loaded
 * with the bundled research at its first start, which takes several seconds of code the JVM runs once (migrations,
 * the import, the first list sizes); the packaged build does that once, with the same code, into
 * {@code quarkus-app/data-template/jisr.mv.db} (the {@link #PREPARE} run, see pom.xml), and a start that finds no
 * database file in its data directory copies it there before Flyway looks. Flyway and the research import then find
 * the database current, as on any existing one, and still bring it forward if it is not. PostgreSQL and in-memory
 * databases are left alone. The template holds no key: the development key pair stays per data directory.
 */
public final class DataTemplate {

    /** The argument that makes the packaged application write its template and stop. */
    public static final String PREPARE = "prepare-data-template";

    static final String DIRECTORY = "data-template";
    static final String FILE = "jisr.mv.db";
    private static final String H2_FILE_URL = "jdbc:h2:file:";

    private DataTemplate() {}

    /**
     * The directory of the packaged application ({@code quarkus-app}, the one of {@code quarkus-run.jar}) started with
     * this class path; empty when the application does not run from its packaged jar (tests, dev mode).
     */
    static Optional<Path> applicationDirectory(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(classPath).toAbsolutePath().getParent());
    }

    /** The template beside the packaged application started with this class path; empty for any other class path. */
    public static Optional<Path> beside(String classPath) {
        return applicationDirectory(classPath)
                .map(directory -> directory.resolve(DIRECTORY).resolve(FILE));
    }

    /** The template beside the running application; empty when it does not run from its packaged jar. */
    public static Optional<Path> ofThisApplication() {
        return beside(System.getProperty("java.class.path"));
    }

    /** The template's path inside the packaged application's directory, for messages. */
    static Path relative() {
        return Path.of(DIRECTORY, FILE);
    }

    /** The database file an embedded H2 file URL opens; empty for any other database. */
    public static Optional<Path> databaseFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(H2_FILE_URL)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(H2_FILE_URL.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name + ".mv.db"));
    }

    /**
     * Copies {@code template} to {@code database} when there is no database yet and the template exists; true when it
     * did. The copy is written beside the database and linked into place, which fails if a database appeared in the
     * meantime (another process starting on the same directory): one never replaces a database another has opened, and
     * a start that dies half-way leaves no partial database behind.
     */
    public static boolean copyIfFresh(Path template, Path database) {
        if (Files.exists(database) || !Files.isRegularFile(template)) {
            return false;
        }
        try {
            Path directory = database.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, FILE, ".partial");
            try {
                Files.copy(template, partial, StandardCopyOption.REPLACE_EXISTING);
                return place(partial, database);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the data template " + template + " to " + database, e);
        }
    }

    /** Puts {@code file} in place as {@code database} unless a database is there already; false then. */
    static boolean place(Path file, Path database) throws IOException {
        try {
            Files.createLink(database, file);
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            // A file system without hard links: a plain move, which also refuses an existing target.
            try {
                Files.move(file, database);
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (IOException moveFailed) {
                moveFailed.addSuppressed(noLinks);
                throw moveFailed;
            }
        }
        return true;
    }

    /**
     * Keeps what a preparing run left in {@code work}: its database becomes the template (replacing an older one), the
     * rest of the work directory (the development key pair among it) is deleted.
     */
    public static void keep(Path work, Path template) {
        try {
            Files.createDirectories(template.getParent());
            Files.move(work.resolve(FILE), template, StandardCopyOption.REPLACE_EXISTING);
            delete(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the data template " + template, e);
        }
    }

    /** Deletes a directory and what it holds, if it exists. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
