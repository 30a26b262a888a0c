package io.jisr.research.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentre;
import io.jisr.history.service.Actor;
import io.jisr.initiative.Initiative;
import io.jisr.organisation.Organisation;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.research.service.ResearchReport.RecordDiff;
import io.jisr.sector.Sector;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedTexts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a research file. New records (organisations, then data centres, then initiatives) are created through their
 * services, with their links and sources; a record already in the catalogue under that slug is not created again.
 * Translations: for each record and language the file gives, a short display title (editorial) is preferred, then a
 * text seen in a source, then an editorial translation, as the research README says. A sourced text gets its source as
 * provenance, and the record cites that source; a display title is editorial, and the record cites the source of the
 * phrase it replaces, so that stays reachable. Sources are matched by URL and quote. A text that differs from a
 * sourced text already in the catalogue is reported as conflicting and left alone. Updates change a field from the
 * value the research saw to a new one, citing their source ({@link #update}).
 *
 * <p>One transaction: every change goes through the write path (history, with the import as actor, and live events
 * after commit); an invalid entry anywhere writes nothing. A dry run does exactly the same and rolls back, so it
 * reports what an apply would do, validation included. A second run changes nothing.
 */
@ApplicationScoped
public class ResearchImporter {

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    @Inject
    Actor actor;

    @Inject
    ResearchRecords newRecords;

    @Inject
    ResearchCorrections corrections;

    @Inject
    ResearchSourceFixes sourceFixes;

    @Transactional
    public ResearchReport run(String name, String json, boolean dryRun) {
        ResearchFile file = ResearchFile.parse(name, json);
        actor.importing(name);
        editor.deferFlushes();
        ResearchRun run = new ResearchRun(dryRun, em, editor);
        List<ValidationException.FieldError> problems = new ArrayList<>();
        // Every record the file names, by kind and slug: its new records first (found or created), then the rest.
        Map<String, SluggedEntity> records = new HashMap<>();
        Map<SluggedEntity, List<FieldDiff>> created = newRecords.create(file.records(), records, problems);
        resolve(file, records, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<SluggedEntity, Map<Language, ResearchTexts.Choice>> choices = new LinkedHashMap<>();
        Map<SluggedEntity, Set<Source>> toCite = new LinkedHashMap<>();
        for (ResearchRecord record : file.records()) {
            SluggedEntity entity = records.get(record.kind() + " " + record.slug());
            choices.put(entity, new LinkedHashMap<>());
            Set<Source> cited = toCite.computeIfAbsent(entity, e -> new LinkedHashSet<>());
            record.sources().forEach(source -> cited.add(run.source(source)));
        }
        ResearchTexts.choose(file, records)
                .forEach((record, chosen) -> choices.computeIfAbsent(record, r -> new LinkedHashMap<>())
                        .putAll(chosen));
        Map<SluggedEntity, List<ResearchUpdate>> updates = new LinkedHashMap<>();
        file.updates().forEach(update -> {
            SluggedEntity record = records.get(update.kind() + " " + update.slug());
            choices.putIfAbsent(record, new LinkedHashMap<>());
            updates.computeIfAbsent(record, r -> new ArrayList<>()).add(update);
        });
        for (String[] named : file.corrections().named()) {
            SluggedEntity record = records.get(named[0] + " " + named[1]);
            if (!"organisation".equals(named[0]) || record instanceof SourcedTexts) {
                choices.putIfAbsent(record, new LinkedHashMap<>());
            }
        }
        List<RecordDiff> diffs = new ArrayList<>(sourceFixes.apply(file.corrections(), run.counts));
        for (Map.Entry<SluggedEntity, Map<Language, ResearchTexts.Choice>> entry : choices.entrySet()) {
            SluggedEntity record = entry.getKey();
            Map<String, String> before = editor.snapshot(record);
            List<FieldDiff> fields = new ArrayList<>(created.getOrDefault(record, List.of()));
            Set<Source> cite = toCite.computeIfAbsent(record, r -> new LinkedHashSet<>());
            for (Map.Entry<Language, ResearchTexts.Choice> choice :
                    entry.getValue().entrySet()) {
                fields.addAll(ResearchTexts.apply(record, choice.getKey(), choice.getValue(), run, cite));
            }
            for (ResearchUpdate update : updates.getOrDefault(record, List.of())) {
                Source source = update.source() == null ? null : run.source(update.source());
                fields.add(run.count(ResearchUpdates.apply(record, update, source)));
                if (source != null) {
                    cite.add(source);
                }
            }
            for (FieldDiff diff : corrections.apply(record, file.corrections(), cited -> run.source(cited))) {
                fields.add(run.count(diff));
            }
            editor.update(record, before);
            for (Source source : cite) {
                if (((CitesSources) record).citedSources().add(source)) {
                    fields.add(new FieldDiff("sources", null, run.shown(source), Outcome.CREATED));
                    editor.relinked(record, ChangeOperation.LINK, "sources", source.getId());
                }
            }
            Outcome outcome = created.containsKey(record)
                    ? Outcome.CREATED
                    : fields.stream().anyMatch(f -> f.outcome() == Outcome.CONFLICTING)
                            ? Outcome.CONFLICTING
                            : fields.stream().anyMatch(f -> f.outcome() != Outcome.UNCHANGED)
                                    ? Outcome.UPDATED
                                    : Outcome.UNCHANGED;
            diffs.add(new RecordDiff(
                    kind(record),
                    record.slug,
                    dryRun && created.containsKey(record) ? null : record.getId(),
                    outcome,
                    fields));
        }
        editor.flushDeferred();
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        int[] counts = run.counts;
        return new ResearchReport(
                name,
                dryRun,
                created.size(),
                counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.CONFLICTING.ordinal()],
                diffs);
    }

    /**
     * Adds to {@code records} the records the file's entries and updates name, by kind and slug; every unknown one is
     * an invalid entry, added to {@code problems}.
     */
    private static void resolve(
            ResearchFile file, Map<String, SluggedEntity> records, List<ValidationException.FieldError> problems) {
        List<String[]> named = new ArrayList<>();
        file.entries().forEach(entry -> named.add(new String[] {entry.kind(), entry.slug()}));
        file.updates().forEach(update -> named.add(new String[] {update.kind(), update.slug()}));
        named.addAll(file.corrections().named());
        for (String[] kindAndSlug : named) {
            String key = kindAndSlug[0] + " " + kindAndSlug[1];
            if (records.containsKey(key)) {
                continue;
            }
            SluggedEntity found = find(kindAndSlug[0], kindAndSlug[1]).orElse(null);
            records.put(key, found);
            if (found == null) {
                problems.add(new ValidationException.FieldError(key, "is not in the catalogue"));
            }
        }
    }

    static Optional<? extends SluggedEntity> find(String kind, String slug) {
        return switch (kind) {
            case "initiative" -> Initiative.findBySlug(slug);
            case "dataCentre" -> DataCentre.findBySlug(slug);
            case "organisation" -> Organisation.findBySlug(slug);
            default -> Sector.findBySlug(slug);
        };
    }

    static String kind(SluggedEntity record) {
        return record instanceof Initiative
                ? "initiative"
                : record instanceof DataCentre
                        ? "dataCentre"
                        : record instanceof Organisation ? "organisation" : "sector";
    }
}
