package io.jisr.research.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings the research files shipped with the service ({@code src/main/resources/research/<name>.json}) into the
 * database once, through the same importer editors use: a fresh database and an existing one end up alike, and the
 * change history shows {@code import <name>}. The {@code research_import} row is written first, in the same
 * transaction, so a replica starting at the same moment waits for it and then finds the research applied.
 */
@ApplicationScoped
public class ResearchBootstrap {

    private static final Logger LOG = Logger.getLogger(ResearchBootstrap.class);

    @ConfigProperty(name = "jisr.research.bundled")
    List<String> bundled;

    @Inject
    ResearchImporter importer;

    @Inject
    EntityManager em;

    /** Before the start observers of default priority: what they read (the list sizes) should include the research. */
    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent start) {
        for (String name : bundled) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(name));
            } catch (PersistenceException e) {
                // Another replica claimed it in the meantime (its row now exists); nothing left to do here.
                LOG.infof("Research %s is being applied by another instance: %s", name, e.getMessage());
            }
        }
    }

    private void applyOnce(String name) {
        Number applied = (Number) em.createNativeQuery("select count(*) from research_import where name = ?1")
                .setParameter(1, name)
                .getSingleResult();
        if (applied.intValue() > 0) {
            return;
        }
        em.createNativeQuery("insert into research_import (name, applied_at) values (?1, current_timestamp)")
                .setParameter(1, name)
                .executeUpdate();
        ResearchReport report = importer.run(name, read(name), false);
        LOG.infof(
                "Imported research %s: %d records added; %d values added, %d changed, %d unchanged, %d conflicting",
                name,
                report.recordsCreated(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.conflicting());
    }

    private static String read(String name) {
        try (InputStream in = ResearchBootstrap.class.getResourceAsStream("/research/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No bundled research file research/" + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
