package io.jisr.platform.storage;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run that writes the {@link DataTemplate}: the packaged application starts on an empty data directory of its
 * own (migrations, the bundled research, the first list sizes: what any first start does), stops as soon as it is
 * started, and its database file becomes the template; the classes it loaded until then become the {@link
 * ClassArchive}. The build runs it after packaging an H2 build (pom.xml, {@code java -XX:+RecordDynamicDumpInfo -jar
 * .../quarkus-run.jar prepare-data-template}). A PostgreSQL build's run writes no template; given a scratch database
 * ({@value #TRAINING_DATABASE}) it starts against it and writes the archive, otherwise it only removes an older
 * template.
 */
public class DataTemplatePreparation implements QuarkusApplication {

    /**
     * The environment variable naming the database a PostgreSQL build's run starts against to record its {@link
     * ClassArchive} (its user and password in {@code JISR_ARCHIVE_DB_USERNAME}, {@code JISR_ARCHIVE_DB_PASSWORD}): a
     * scratch database, which it migrates and loads. Never the service's own {@code JISR_DB_URL}, which a build host
     * may have set for something else.
     */
    static final String TRAINING_DATABASE = "JISR_ARCHIVE_DB_URL";

    /** Runs the preparation; the process's exit status. */
    public static int prepare() {
        Optional<Path> template = DataTemplate.ofThisApplication();
        if (template.isEmpty()) {
            System.err.println("The data template is prepared by the packaged application (java -jar quarkus-run.jar)");
            return 2;
        }
        Path directory = template.get().getParent();
        Path work = directory.resolveSibling(directory.getFileName() + ".work");
        DataTemplate.delete(work);
        DataTemplate.delete(directory);
        String kind = System.getProperty("jisr.db.kind", "h2");
        boolean embedded = "h2".equals(kind);
        if (embedded) {
            if (System.getenv("JISR_DB_URL") != null || System.getProperty("jisr.db.url") != null) {
                System.out.println("No data template: a database URL is set (JISR_DB_URL)");
                return 0;
            }
        } else {
            String trainingDatabase = System.getenv(TRAINING_DATABASE);
            if (trainingDatabase == null || trainingDatabase.isBlank()) {
                System.out.println("No data template: this build is for " + kind + ", not the embedded database; no"
                        + " class archive either: " + TRAINING_DATABASE + " names no database to start against");
                return 0;
            }
            // A scratch database: the start migrates it and imports the research, as a first replica would.
            System.setProperty("jisr.db.url", trainingDatabase);
            System.setProperty("jisr.db.username", System.getenv().getOrDefault("JISR_ARCHIVE_DB_USERNAME", "jisr"));
            System.setProperty("jisr.db.password", System.getenv().getOrDefault("JISR_ARCHIVE_DB_PASSWORD", ""));
        }
        System.setProperty("jisr.data-dir", work.toString());
        System.setProperty("quarkus.http.host", "127.0.0.1");
        System.setProperty("quarkus.http.port", "0");
        int[] status = {1};
        Quarkus.run(DataTemplatePreparation.class, (code, failure) -> {
            if (failure != null) {
                failure.printStackTrace();
            }
            status[0] = failure == null ? code : 1;
        });
        if (status[0] == 0 && embedded) {
            DataTemplate.keep(work, template.get());
            System.out.println("Data template written: " + template.get());
        }
        DataTemplate.delete(work);
        return status[0];
    }

    /**
     * Started means prepared: every start observer (migration, import, list sizes) has run. The classes loaded by now
     * are those of any start, so they become the {@link ClassArchive}, linked first so that the JVM archives them all;
     * an archive that cannot be written is reported and the template is kept (the application starts without the
     * archive, only slower).
     */
    @Override
    public int run(String... args) {
        ClassArchive.ofThisApplication().ifPresent(archive -> {
            try {
                int linked = ClassArchive.linkLoadedClasses(DataTemplatePreparation.class.getClassLoader());
                ClassArchive.write(archive);
                System.out.println("Class-data archive written: " + archive + " (" + linked + " classes linked)");
            } catch (IOException e) {
                System.err.println("No class-data archive: " + e.getMessage());
            }
        });
        return 0;
    }
}
