package io.jisr.platform.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The class-data archive ({@value #FILE} beside {@code quarkus-run.jar}) that a start maps instead of reading, parsing
 * and verifying classes from jars. About 14,000 classes are loaded before the service is ready; Quarkus's own archive
 * ({@code quarkus.package.jar.appcds.enabled}) is recorded by a run that stops after static initialisation and holds
 * about 6,500 of them, few of those Hibernate ORM, H2, Jackson and Flyway load at runtime initialisation. This one is
 * recorded by the build's {@link DataTemplatePreparation} run once it is fully started and, with every class it loaded
 * linked first, provides about 11,400 of the 14,700: ready 1 to 3 s sooner on two cores (docs/performance.md).
 *
 * <p>The JVM records the jar's path as the preparation run was given it; the build gives it absolutely, so the
 * application starts with the archive from any working directory ({@code -XX:SharedArchiveFile=}) but not after its
 * directory moved or its jars changed: the JVM then says so in one line and starts without it. The image's build gives
 * {@code quarkus-run.jar} ({@code jisr.archive.jar}), which the image starts from the application's directory.
 */
public final class ClassArchive {

    static final String FILE = "app-cds.jsa";

    private static final ObjectName DIAGNOSTIC_COMMAND = diagnosticCommand();

    /** A line of {@code VM.class_hierarchy}: the class's binary name after the tree's indentation, then its loader. */
    private static final Pattern HIERARCHY_LINE = Pattern.compile("(?m)^[|\\s-]*([\\w$.]+)/");

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
        Object answer = command("vmCds", "dynamic_dump", archive.toString());
        if (!Files.isRegularFile(archive)) {
            throw new IOException("The JVM wrote no class-data archive: " + answer);
        }
    }

    /**
     * Links every class {@code loader} can find among those this JVM has loaded, and what linking them loads in turn,
     * without initialising any; returns how many. JDK 17 archives linked classes only, and about 2,800 of those a start
     * loads are loaded but not yet linked when the preparation run is started (types named in the signatures that
     * Hibernate and Hibernate Validator read by reflection): without this a start reads them from the jars again.
     * The JVM links a class before it lists its fields; linking verifies and prepares, static initialisers do not run.
     */
    public static int linkLoadedClasses(ClassLoader loader) throws IOException {
        Set<String> seen = new HashSet<>();
        int linked = 0;
        for (List<String> fresh = loadedClasses(seen); !fresh.isEmpty(); fresh = loadedClasses(seen)) {
            for (String name : fresh) {
                try {
                    Class.forName(name, false, loader).getDeclaredFields();
                    linked++;
                } catch (LinkageError | ClassNotFoundException | SecurityException e) {
                    // Not visible to this loader (another loader's class) or not linkable: archived as before, or not.
                }
            }
        }
        return linked;
    }

    /** The classes this JVM has loaded that are not in {@code seen}, added to it; hidden classes left out. */
    private static List<String> loadedClasses(Set<String> seen) throws IOException {
        List<String> fresh = new ArrayList<>();
        for (String name : classNames((String) command("vmClassHierarchy"))) {
            if (seen.add(name)) {
                fresh.add(name);
            }
        }
        return fresh;
    }

    /**
     * The class names in the text of the JVM's {@code VM.class_hierarchy} command: one class a line, indented with
     * {@code |--}, its name followed by {@code /} and its loader. Hidden classes (lambdas) cannot be found by name.
     */
    static List<String> classNames(String hierarchy) {
        List<String> names = new ArrayList<>();
        Matcher line = HIERARCHY_LINE.matcher(hierarchy);
        while (line.find()) {
            if (!line.group(1).contains("$$Lambda")) {
                names.add(line.group(1));
            }
        }
        return names;
    }

    /** Runs a JVM diagnostic command ({@code jcmd}'s, by its MBean operation name) with its arguments. */
    private static Object command(String operation, String... arguments) throws IOException {
        try {
            return ManagementFactory.getPlatformMBeanServer()
                    .invoke(DIAGNOSTIC_COMMAND, operation, new Object[] {arguments}, new String[] {
                        String[].class.getName()
                    });
        } catch (JMException | RuntimeException e) {
            throw new IOException("The JVM cannot write a class-data archive: " + e.getMessage(), e);
        }
    }

    private static ObjectName diagnosticCommand() {
        try {
            return new ObjectName("com.sun.management:type=DiagnosticCommand");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
