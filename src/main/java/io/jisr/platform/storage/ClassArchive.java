package io.jisr.platform.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The class-data archive ({@value #FILE} beside {@code quarkus-run.jar}) that a start maps instead of reading, parsing
 * and verifying classes from jars. About 14,000 classes are loaded before the service is ready; Quarkus's own archive
 * ({@code quarkus.package.jar.appcds.enabled}) is recorded by a run that stops after static initialisation and holds
 * about 6,500 of them, few of those Hibernate ORM, H2, Jackson and Flyway load at runtime initialisation. This one is
 * recorded by the build's {@link DataTemplatePreparation} run once it is fully started and holds 9,000 to 10,000: ready
 * 1 to 3 s sooner on two cores, a fifth of the start (docs/performance.md).
 *
 * <p>The JVM records the jar's path as the preparation run was given it; the build gives it absolutely, so the
 * application starts with the archive from any working directory ({@code -XX:SharedArchiveFile=}) but not after its
 * directory moved or its jars changed: the JVM then says so in one line and starts without it.
 */
public final class ClassArchive {

    static final String FILE = "app-cds.jsa";

    private ClassArchive() {}

    /** The archive beside the packaged application started with this class path; empty for any other class path. */
    static Optional<Path> beside(String classPath) {
        return DataTemplate.applicationDirectory(classPath).map(directory -> directory.resolve(FILE));
    }

    /** The archive beside the running application; empty when it does not run from its packaged jar. */
    public static Optional<Path> ofThisApplication() {
        return beside(System.getProperty("java.class.path"));
    }

    /**
     * Writes the classes this JVM has loaded to {@code archive}, replacing any archive there. Needs a JVM started with
     * {@code -XX:+RecordDynamicDumpInfo} (JDK 17's {@code VM.cds dynamic_dump} command); without it nothing is written
     * and the exception says why.
     */
    public static void write(Path archive) throws IOException {
        Files.deleteIfExists(archive);
        Object answer;
        try {
            answer = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "vmCds",
                            new Object[] {new String[] {"dynamic_dump", archive.toString()}},
                            new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            throw new IOException("The JVM cannot write a class-data archive: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IOException("The JVM wrote no class-data archive: " + answer);
        }
    }
}
