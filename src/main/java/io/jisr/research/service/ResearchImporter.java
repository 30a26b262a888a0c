package io.jisr.research.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentre;
import io.jisr.history.service.Actor;
import io.jisr.initiative.DatePrecision;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.PartialDate;
import io.jisr.organisation.Organisation;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.research.service.ResearchReport.RecordDiff;
import io.jisr.sector.Sector;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;

/**
 * Imports the translations and updates of a research file. Translations: for each record and language the file gives, a short display title
 * (editorial) is preferred, then a text seen in a source, then an editorial translation, as the research README says.
 * A sourced text gets its source as provenance, and the record cites that source; a display title is editorial, and
 * the record cites the source of the phrase it replaces, so that stays reachable. Sources are matched by URL and quote.
 * A text that differs from a sourced text already in the catalogue is reported as conflicting and left alone. Updates
 * change a field from the value the research saw to a new one, citing their source ({@link #update}).
 *
 * <p>One transaction: every change goes through the write path (history, with the import as actor, and live events
 * after commit); an invalid entry anywhere writes nothing. A second run changes nothing.
 */
@ApplicationScoped
public class ResearchImporter {

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    @Inject
    Actor actor;

    /** The chosen text for one record and language, and the sources the record should cite for it. */
    private record Choice(ResearchEntry text, ResearchEntry evidence) {
    }

    @Transactional
    public ResearchReport run(String name, String json, boolean dryRun) {
        ResearchFile file = ResearchFile.parse(name, json);
        Map<String, SluggedEntity> records = records(file);
        Map<SluggedEntity, Map<Language, Choice>> choices = choose(file, records);
        Map<SluggedEntity, List<ResearchUpdate>> updates = new LinkedHashMap<>();
        file.updates().forEach(update -> {
            SluggedEntity record = records.get(update.kind() + " " + update.slug());
            choices.putIfAbsent(record, new LinkedHashMap<>());
            updates.computeIfAbsent(record, r -> new ArrayList<>()).add(update);
        });
        if (!dryRun) {
            actor.importing(name);
        }
        Map<String, Source> sources = new HashMap<>();
        List<RecordDiff> diffs = new ArrayList<>();
        int[] counts = new int[Outcome.values().length];
        for (Map.Entry<SluggedEntity, Map<Language, Choice>> entry : choices.entrySet()) {
            SluggedEntity record = entry.getKey();
            Map<String, String> before = dryRun ? null : editor.snapshot(record);
            List<FieldDiff> fields = new ArrayList<>();
            java.util.Set<Source> toCite = new java.util.LinkedHashSet<>();
            for (Map.Entry<Language, Choice> choice : entry.getValue().entrySet()) {
                fields.addAll(apply(record, choice.getKey(), choice.getValue(), sources, dryRun, toCite, counts));
            }
            for (ResearchUpdate update : updates.getOrDefault(record, List.of())) {
                fields.add(update(record, update, dryRun, counts));
                toCite.add(source(update.source(), sources, dryRun));
            }
            for (Source source : toCite) {
                CitesSources citing = (CitesSources) record;
                if (source.pk == null || !citing.citedSources().contains(source)) {
                    fields.add(new FieldDiff("sources", null, source.pk == null ? source.url : source.getId(),
                            Outcome.CREATED));
                }
            }
            if (!dryRun) {
                editor.update(record, before);
                for (Source source : toCite) {
                    if (((CitesSources) record).citedSources().add(source)) {
                        editor.relinked(record, ChangeOperation.LINK, "sources", source.getId());
                    }
                }
            }
            Outcome outcome = fields.stream().anyMatch(f -> f.outcome() == Outcome.CONFLICTING) ? Outcome.CONFLICTING
                    : fields.stream().anyMatch(f -> f.outcome() != Outcome.UNCHANGED) ? Outcome.UPDATED
                            : Outcome.UNCHANGED;
            diffs.add(new RecordDiff(kind(record), record.slug, record.getId(), outcome, fields));
        }
        return new ResearchReport(name, dryRun, counts[Outcome.CREATED.ordinal()], counts[Outcome.UPDATED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.CONFLICTING.ordinal()], diffs);
    }

    /** The diff of one text and its provenance; outside a dry run, also the change. */
    private List<FieldDiff> apply(SluggedEntity record, Language language, Choice choice, Map<String, Source> sources,
            boolean dryRun, java.util.Set<Source> toCite, int[] counts) {
        String field = (record instanceof Initiative ? "title" : "name") + language.name().charAt(0)
                + language.name().substring(1).toLowerCase();
        String oldText = text(record, language);
        Source oldSource = source(record, language);
        ResearchEntry wanted = choice.text();
        Source newSource = wanted.sourced() ? source(wanted, sources, dryRun) : null;
        if (choice.evidence() != null) {
            toCite.add(source(choice.evidence(), sources, dryRun));
        }
        if (newSource != null) {
            toCite.add(newSource);
        }
        String oldSourceId = oldSource == null ? null : oldSource.getId();
        String newSourceId = newSource == null ? null : newSource.pk == null ? newSource.url : newSource.getId();
        Outcome outcome;
        if (Objects.equals(oldText, wanted.text()) && Objects.equals(oldSourceId, newSourceId)) {
            outcome = Outcome.UNCHANGED;
        } else if (oldText != null && !oldText.equals(wanted.text()) && oldSource != null) {
            outcome = Outcome.CONFLICTING;
        } else {
            outcome = oldText == null ? Outcome.CREATED : Outcome.UPDATED;
            if (!dryRun) {
                set(record, language, wanted.text(), newSource);
            }
        }
        counts[outcome.ordinal()]++;
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(new FieldDiff(field, oldText, wanted.text(), Objects.equals(oldText, wanted.text())
                ? Outcome.UNCHANGED : outcome));
        fields.add(new FieldDiff(field + "Source", oldSourceId, newSourceId, Objects.equals(oldSourceId, newSourceId)
                ? Outcome.UNCHANGED : outcome == Outcome.CONFLICTING ? Outcome.CONFLICTING
                        : oldSourceId == null ? Outcome.CREATED : Outcome.UPDATED));
        return fields;
    }

    /**
     * One proposed change to a field: applied when the record still holds the value the research saw ({@code old}),
     * unchanged when it already holds the new one, conflicting (and kept) when an editor changed it meanwhile.
     */
    private static FieldDiff update(SluggedEntity record, ResearchUpdate update, boolean dryRun, int[] counts) {
        String current = switch (update.field()) {
            case "date" -> {
                PartialDate date = ((Initiative) record).getDate();
                yield date == null ? null : date.text();
            }
            case "dateNote" -> ((Initiative) record).dateNote;
            case "city" -> ((DataCentre) record).city;
            default -> record instanceof Initiative initiative ? initiative.conflictNote
                    : ((DataCentre) record).conflictNote;
        };
        Outcome outcome = Objects.equals(current, update.value()) ? Outcome.UNCHANGED
                : Objects.equals(current, update.old()) ? (current == null ? Outcome.CREATED : Outcome.UPDATED)
                        : Outcome.CONFLICTING;
        counts[outcome.ordinal()]++;
        if (!dryRun && (outcome == Outcome.CREATED || outcome == Outcome.UPDATED)) {
            switch (update.field()) {
                case "date" -> {
                    String value = update.value();
                    DatePrecision precision = value.length() == 4 ? DatePrecision.YEAR
                            : value.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
                    String day = precision == DatePrecision.YEAR ? value + "-01-01"
                            : precision == DatePrecision.MONTH ? value + "-01" : value;
                    ((Initiative) record).changeDate(LocalDate.parse(day), precision);
                }
                case "dateNote" -> ((Initiative) record).dateNote = update.value();
                case "city" -> ((DataCentre) record).city = update.value();
                default -> {
                    if (record instanceof Initiative initiative) {
                        initiative.conflictNote = update.value();
                    } else {
                        ((DataCentre) record).conflictNote = update.value();
                    }
                }
            }
        }
        return new FieldDiff(update.apiField(), current, update.value(), outcome);
    }

    /** The records the file names, by kind and slug; every unknown one is an invalid entry, reported together. */
    private Map<String, SluggedEntity> records(ResearchFile file) {
        Map<String, SluggedEntity> records = new HashMap<>();
        List<ValidationException.FieldError> unknown = new ArrayList<>();
        List<String[]> named = new ArrayList<>();
        file.entries().forEach(entry -> named.add(new String[] {entry.kind(), entry.slug()}));
        file.updates().forEach(update -> named.add(new String[] {update.kind(), update.slug()}));
        for (String[] kindAndSlug : named) {
            String key = kindAndSlug[0] + " " + kindAndSlug[1];
            if (records.containsKey(key)) {
                continue;
            }
            Optional<? extends SluggedEntity> found = switch (kindAndSlug[0]) {
                case "initiative" -> Initiative.findBySlug(kindAndSlug[1]);
                case "dataCentre" -> DataCentre.findBySlug(kindAndSlug[1]);
                case "organisation" -> Organisation.findBySlug(kindAndSlug[1]);
                default -> Sector.findBySlug(kindAndSlug[1]);
            };
            if (found.isPresent()) {
                records.put(key, found.get());
            } else if (unknown.stream().noneMatch(e -> e.field().equals(key))) {
                unknown.add(new ValidationException.FieldError(key, "is not in the catalogue"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        return records;
    }

    /** Per record and language: a display title, else a sourced text, else an editorial one. */
    private static Map<SluggedEntity, Map<Language, Choice>> choose(ResearchFile file, Map<String, SluggedEntity> records) {
        Map<SluggedEntity, Map<Language, List<ResearchEntry>>> grouped = new LinkedHashMap<>();
        file.entries().stream()
                .sorted(Comparator.comparing(ResearchEntry::kind).thenComparing(ResearchEntry::slug))
                .forEach(entry -> grouped.computeIfAbsent(records.get(entry.kind() + " " + entry.slug()),
                        r -> new LinkedHashMap<>())
                        .computeIfAbsent(Language.valueOf(entry.language().toUpperCase()), l -> new ArrayList<>())
                        .add(entry));
        Map<SluggedEntity, Map<Language, Choice>> choices = new LinkedHashMap<>();
        grouped.forEach((record, languages) -> {
            Map<Language, Choice> chosen = new LinkedHashMap<>();
            languages.forEach((language, entries) -> {
                ResearchEntry display = entries.stream().filter(ResearchEntry::displayTitle).findFirst().orElse(null);
                ResearchEntry sourced = entries.stream().filter(ResearchEntry::sourced).findFirst().orElse(null);
                ResearchEntry editorial = entries.stream().filter(e -> !e.sourced() && !e.displayTitle()).findFirst()
                        .orElse(null);
                chosen.put(language, display != null ? new Choice(display, sourced)
                        : sourced != null ? new Choice(sourced, null) : new Choice(editorial, null));
            });
            choices.put(record, chosen);
        });
        return choices;
    }

    /** The source an entry was seen in: an existing one with its URL and quote, else a new one (created unless dry). */
    private Source source(ResearchEntry entry, Map<String, Source> known, boolean dryRun) {
        String key = entry.url() + "\n" + entry.quote();
        Source source = known.get(key);
        if (source != null) {
            return source;
        }
        source = (entry.quote() == null
                ? em.createQuery("from Source s where s.url = :url and s.quote is null order by s.pk", Source.class)
                : em.createQuery("from Source s where s.url = :url and s.quote = :quote order by s.pk", Source.class)
                        .setParameter("quote", entry.quote()))
                .setParameter("url", entry.url()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (source == null) {
            source = new Source();
            source.url = entry.url();
            source.publisher = entry.publisher();
            source.publishedOn = entry.publishedOn();
            source.language = entry.language();
            source.quote = entry.quote();
            source.note = entry.note();
            if (!dryRun) {
                editor.create(source);
            }
        }
        known.put(key, source);
        return source;
    }

    private static String kind(SluggedEntity record) {
        return record instanceof Initiative ? "initiative" : record instanceof DataCentre ? "dataCentre"
                : record instanceof Organisation ? "organisation" : "sector";
    }

    private static String text(SluggedEntity record, Language language) {
        if (record instanceof Initiative initiative) {
            return initiative.title(language);
        }
        SourcedNamedEntity named = (SourcedNamedEntity) record;
        return switch (language) {
            case EN -> named.nameEn;
            case FR -> named.nameFr;
            case AR -> named.nameAr;
        };
    }

    private static Source source(SluggedEntity record, Language language) {
        if (record instanceof Initiative initiative) {
            return switch (language) {
                case EN -> initiative.titleEnSource;
                case FR -> initiative.titleFrSource;
                case AR -> initiative.titleArSource;
            };
        }
        SourcedNamedEntity named = (SourcedNamedEntity) record;
        return switch (language) {
            case EN -> named.nameEnSource;
            case FR -> named.nameFrSource;
            case AR -> named.nameArSource;
        };
    }

    private static void set(SluggedEntity record, Language language, String text, Source source) {
        if (record instanceof Initiative initiative) {
            switch (language) {
                case EN -> { initiative.titleEn = text; initiative.titleEnSource = source; }
                case FR -> { initiative.titleFr = text; initiative.titleFrSource = source; }
                case AR -> { initiative.titleAr = text; initiative.titleArSource = source; }
            }
            return;
        }
        SourcedNamedEntity named = (SourcedNamedEntity) record;
        switch (language) {
            case EN -> { named.nameEn = text; named.nameEnSource = source; }
            case FR -> { named.nameFr = text; named.nameFrSource = source; }
            case AR -> { named.nameAr = text; named.nameArSource = source; }
        }
    }
}
