package io.jisr.research.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreInput;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.history.service.Actor;
import io.jisr.initiative.Initiative;
import io.jisr.common.PartialDate;
import io.jisr.initiative.service.InitiativeInput;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.service.OrganisationService;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.research.service.ResearchReport.RecordDiff;
import io.jisr.sector.Sector;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;
import io.jisr.source.SourcedTexts;

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
    OrganisationService organisations;

    @Inject
    DataCentreService dataCentres;

    @Inject
    InitiativeService initiatives;

    @Inject
    ResearchCorrections corrections;

    /** The chosen text for one record and language, and the sources the record should cite for it. */
    private record Choice(ResearchEntry text, ResearchEntry evidence) {
    }

    /** What one run has seen: sources by URL and quote, those it created, and the counts by outcome. */
    private static final class Run {
        final boolean dryRun;
        final Map<String, Source> sources = new HashMap<>();
        final Set<Source> createdSources = new HashSet<>();
        final int[] counts = new int[Outcome.values().length];

        Run(boolean dryRun) {
            this.dryRun = dryRun;
        }

        /** How the report shows a source: its id, or its URL where a dry run created it (the id will not exist). */
        String shown(Source source) {
            return source == null ? null : dryRun && createdSources.contains(source) ? source.url : source.getId();
        }

        FieldDiff count(FieldDiff diff) {
            counts[diff.outcome().ordinal()]++;
            return diff;
        }
    }

    @Transactional
    public ResearchReport run(String name, String json, boolean dryRun) {
        ResearchFile file = ResearchFile.parse(name, json);
        actor.importing(name);
        Run run = new Run(dryRun);
        List<ValidationException.FieldError> problems = new ArrayList<>();
        // Every record the file names, by kind and slug: its new records first (found or created), then the rest.
        Map<String, SluggedEntity> records = new HashMap<>();
        Map<SluggedEntity, List<FieldDiff>> created = create(file.records(), records, problems);
        resolve(file, records, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<SluggedEntity, Map<Language, Choice>> choices = new LinkedHashMap<>();
        Map<SluggedEntity, Set<Source>> toCite = new LinkedHashMap<>();
        for (ResearchRecord record : file.records()) {
            SluggedEntity entity = records.get(record.kind() + " " + record.slug());
            choices.put(entity, new LinkedHashMap<>());
            Set<Source> cited = toCite.computeIfAbsent(entity, e -> new LinkedHashSet<>());
            record.sources().forEach(source -> cited.add(source(source, run)));
        }
        choose(file, records).forEach((record, chosen) -> choices.computeIfAbsent(record, r -> new LinkedHashMap<>())
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
        List<RecordDiff> diffs = new ArrayList<>(corrections.applySources(file.corrections(), run.counts));
        for (Map.Entry<SluggedEntity, Map<Language, Choice>> entry : choices.entrySet()) {
            SluggedEntity record = entry.getKey();
            Map<String, String> before = editor.snapshot(record);
            List<FieldDiff> fields = new ArrayList<>(created.getOrDefault(record, List.of()));
            Set<Source> cite = toCite.computeIfAbsent(record, r -> new LinkedHashSet<>());
            for (Map.Entry<Language, Choice> choice : entry.getValue().entrySet()) {
                fields.addAll(apply(record, choice.getKey(), choice.getValue(), run, cite));
            }
            for (ResearchUpdate update : updates.getOrDefault(record, List.of())) {
                Source source = update.source() == null ? null : source(update.source(), run);
                fields.add(run.count(update(record, update, source)));
                if (source != null) {
                    cite.add(source);
                }
            }
            for (FieldDiff diff : corrections.apply(record, file.corrections(), cited -> source(cited, run))) {
                fields.add(run.count(diff));
            }
            editor.update(record, before);
            for (Source source : cite) {
                if (((CitesSources) record).citedSources().add(source)) {
                    fields.add(new FieldDiff("sources", null, run.shown(source), Outcome.CREATED));
                    editor.relinked(record, ChangeOperation.LINK, "sources", source.getId());
                }
            }
            Outcome outcome = created.containsKey(record) ? Outcome.CREATED
                    : fields.stream().anyMatch(f -> f.outcome() == Outcome.CONFLICTING) ? Outcome.CONFLICTING
                            : fields.stream().anyMatch(f -> f.outcome() != Outcome.UNCHANGED) ? Outcome.UPDATED
                                    : Outcome.UNCHANGED;
            diffs.add(new RecordDiff(kind(record), record.slug,
                    dryRun && created.containsKey(record) ? null : record.getId(), outcome, fields));
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        int[] counts = run.counts;
        return new ResearchReport(name, dryRun, created.size(), counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.CONFLICTING.ordinal()], diffs);
    }

    /**
     * Creates the file's new records through their services, with their links, reporting each field as created; a
     * record whose slug the catalogue already holds is left as it is. Each goes into {@code records} under its kind
     * and slug. Every record that cannot be created (an unknown organisation or sector, a value out of bounds) is
     * added to {@code problems}, and into {@code records} as null so that it is not reported a second time as unknown.
     */
    private Map<SluggedEntity, List<FieldDiff>> create(List<ResearchRecord> file, Map<String, SluggedEntity> records,
            List<ValidationException.FieldError> problems) {
        Map<SluggedEntity, List<FieldDiff>> created = new LinkedHashMap<>();
        for (ResearchRecord record : file) {
            String key = record.kind() + " " + record.slug();
            Optional<? extends SluggedEntity> existing = find(record.kind(), record.slug());
            if (existing.isPresent()) {
                records.put(key, existing.get());
                continue;
            }
            List<FieldDiff> fields = new ArrayList<>();
            try {
                SluggedEntity entity = create(record, fields);
                created.put(entity, fields);
                records.put(key, entity);
            } catch (ValidationException e) {
                records.put(key, null);
                e.fields().forEach(f -> problems.add(new ValidationException.FieldError(key + ": " + f.field(),
                        f.message())));
            }
        }
        return created;
    }

    private SluggedEntity create(ResearchRecord record, List<FieldDiff> fields) {
        Set<String> sent = new LinkedHashSet<>(record.provided());
        SluggedEntity entity;
        List<Sector> sectors = new ArrayList<>();
        for (String slug : record.sectors()) {
            sectors.add(Sector.findBySlug(slug)
                    .orElseThrow(() -> ValidationException.of("sectors", slug + " is not in the catalogue")));
        }
        switch (record.kind()) {
            case "organisation" -> entity = organisations.create(new Patch(record.input(), sent));
            case "dataCentre" -> {
                DataCentreInput input = (DataCentreInput) record.input();
                input.operatorId = organisation(record.operator(), "operator").getId();
                sent.add("operatorId");
                // As the starting catalogue does: partners the catalogue knows are linked; the research's wording,
                // where it says more than a name or names someone unknown, stays in the partners note.
                List<Organisation> partners = new ArrayList<>();
                List<String> asReported = new ArrayList<>();
                for (ResearchRecord.Party party : record.parties()) {
                    Optional<Organisation> partner = Organisation.findBySlug(party.organisation());
                    partner.ifPresent(partners::add);
                    if (partner.isEmpty() || party.wording() != null) {
                        asReported.add(party.wording() == null ? party.organisation() : party.wording());
                    }
                }
                if (!asReported.isEmpty()) {
                    input.partnersNote = "As reported: " + String.join(", ", asReported);
                    sent.add("partnersNote");
                }
                DataCentre dataCentre = dataCentres.create(new Patch(input, sent));
                for (Organisation partner : partners) {
                    dataCentres.linkPartner(dataCentre.getId(), partner.getId(), true);
                    fields.add(new FieldDiff("partners", null, partner.slug, Outcome.CREATED));
                }
                for (Sector sector : sectors) {
                    dataCentres.linkSector(dataCentre.getId(), sector.getId(), true);
                }
                entity = dataCentre;
            }
            default -> {
                Initiative initiative = initiatives.create(new Patch(record.input(), sent));
                for (Sector sector : sectors) {
                    initiatives.linkSector(initiative.getId(), sector.getId(), true);
                }
                for (ResearchRecord.Party party : record.parties()) {
                    initiatives.linkOrganisation(initiative.getId(), organisation(party.organisation(), "parties")
                            .getId(), party.actingFor(), party.role());
                    fields.add(new FieldDiff("parties", null, party.organisation(), Outcome.CREATED));
                }
                entity = initiative;
            }
        }
        for (Sector sector : sectors) {
            fields.add(new FieldDiff("sectors", null, sector.slug, Outcome.CREATED));
        }
        Patch patch = new Patch(record.input(), sent);
        List<FieldDiff> values = new ArrayList<>();
        for (String field : sent) {
            values.add(new FieldDiff(field, null, shown(patch.value(field)), Outcome.CREATED));
        }
        fields.addAll(0, values);
        return entity;
    }

    private static Organisation organisation(String slug, String field) {
        return Organisation.findBySlug(slug).orElseThrow(() -> ValidationException.of(field,
                slug + " is neither in the catalogue nor among the file's organisations"));
    }

    private static String shown(Object value) {
        if (value instanceof io.jisr.common.PartialDateInput date) {
            return date.value;
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(String::valueOf).toList());
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    /** The diff of one text and its provenance, and the change. */
    private List<FieldDiff> apply(SluggedEntity record, Language language, Choice choice, Run run, Set<Source> toCite) {
        String field = (record instanceof Initiative ? "title" : "name") + language.name().charAt(0)
                + language.name().substring(1).toLowerCase();
        String oldText = text(record, language);
        Source oldSource = source(record, language);
        ResearchEntry wanted = choice.text();
        Source newSource = wanted.sourced() ? source(wanted, run) : null;
        if (choice.evidence() != null) {
            toCite.add(source(choice.evidence(), run));
        }
        if (newSource != null) {
            toCite.add(newSource);
        }
        String oldSourceId = oldSource == null ? null : oldSource.getId();
        String newSourceId = newSource == null ? null : newSource.getId();
        Outcome outcome;
        if (Objects.equals(oldText, wanted.text()) && Objects.equals(oldSourceId, newSourceId)) {
            outcome = Outcome.UNCHANGED;
        } else if (oldText != null && !oldText.equals(wanted.text()) && oldSource != null) {
            outcome = Outcome.CONFLICTING;
        } else {
            outcome = oldText == null ? Outcome.CREATED : Outcome.UPDATED;
            set(record, language, wanted.text(), newSource);
        }
        run.counts[outcome.ordinal()]++;
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(new FieldDiff(field, oldText, wanted.text(), Objects.equals(oldText, wanted.text())
                ? Outcome.UNCHANGED : outcome));
        fields.add(new FieldDiff(field + "Source", oldSourceId, run.shown(newSource),
                Objects.equals(oldSourceId, newSourceId) ? Outcome.UNCHANGED
                        : outcome == Outcome.CONFLICTING ? Outcome.CONFLICTING
                                : oldSourceId == null ? Outcome.CREATED : Outcome.UPDATED));
        return fields;
    }

    /**
     * One proposed change to a field: applied when the record still holds the value the research saw ({@code old}),
     * unchanged when it already holds the new one, conflicting (and kept) when an editor changed it meanwhile.
     */
    private static FieldDiff update(SluggedEntity record, ResearchUpdate update, Source source) {
        String current = current(record, update.field());
        Outcome outcome = Objects.equals(current, update.value()) ? Outcome.UNCHANGED
                : Objects.equals(current, update.old()) ? (current == null ? Outcome.CREATED : Outcome.UPDATED)
                        : Outcome.CONFLICTING;
        if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
            String value = update.value();
            switch (update.field()) {
                case "date" -> {
                    PartialDate date = PartialDate.parse(value);
                    ((Initiative) record).changeDate(date.earliest(), date.precision());
                }
                case "dateNote" -> ((Initiative) record).dateNote = value;
                case "city" -> ((DataCentre) record).city = value;
                case "capacityNote" -> ((DataCentre) record).capacityNote = value;
                case "partnersNote" -> ((DataCentre) record).partnersNote = value;
                case "note" -> ((Organisation) record).note = value;
                case "statusNote" -> {
                    if (record instanceof Initiative initiative) {
                        initiative.statusNote = value;
                    } else {
                        ((DataCentre) record).statusNote = value;
                    }
                }
                case "announced", "expectedOpening", "opened" -> {
                    DataCentre dataCentre = (DataCentre) record;
                    DataCentre.DateField field = DataCentre.DateField.valueOf(
                            update.field().replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT));
                    dataCentre.changeDate(field, PartialDate.parse(value));
                    if (field == DataCentre.DateField.EXPECTED_OPENING) {
                        dataCentre.expectedOpeningSource = value == null ? null : source;
                    }
                }
                default -> {
                    if (record instanceof Initiative initiative) {
                        initiative.conflictNote = value;
                    } else {
                        ((DataCentre) record).conflictNote = value;
                    }
                }
            }
        }
        return new FieldDiff(update.apiField(), current, update.value(), outcome);
    }

    /** The value of a field an update may change, as text. */
    private static String current(SluggedEntity record, String field) {
        if (record instanceof Initiative initiative) {
            return switch (field) {
                case "date" -> initiative.getDate() == null ? null : initiative.getDate().text();
                case "dateNote" -> initiative.dateNote;
                case "statusNote" -> initiative.statusNote;
                default -> initiative.conflictNote;
            };
        }
        if (record instanceof Organisation organisation) {
            return organisation.note;
        }
        DataCentre dataCentre = (DataCentre) record;
        PartialDate date = switch (field) {
            case "announced" -> dataCentre.getAnnounced();
            case "expectedOpening" -> dataCentre.getExpectedOpening();
            case "opened" -> dataCentre.getOpened();
            default -> null;
        };
        return switch (field) {
            case "city" -> dataCentre.city;
            case "capacityNote" -> dataCentre.capacityNote;
            case "partnersNote" -> dataCentre.partnersNote;
            case "statusNote" -> dataCentre.statusNote;
            case "announced", "expectedOpening", "opened" -> date == null ? null : date.text();
            default -> dataCentre.conflictNote;
        };
    }

    /**
     * Adds to {@code records} the records the file's entries and updates name, by kind and slug; every unknown one is
     * an invalid entry, added to {@code problems}.
     */
    private static void resolve(ResearchFile file, Map<String, SluggedEntity> records,
            List<ValidationException.FieldError> problems) {
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

    private static Optional<? extends SluggedEntity> find(String kind, String slug) {
        return switch (kind) {
            case "initiative" -> Initiative.findBySlug(slug);
            case "dataCentre" -> DataCentre.findBySlug(slug);
            case "organisation" -> Organisation.findBySlug(slug);
            default -> Sector.findBySlug(slug);
        };
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

    /** The source an entry was seen in: an existing one with its URL and quote, else a new one. */
    private Source source(ResearchEntry entry, Run run) {
        String key = entry.url() + "\n" + entry.quote();
        Source source = run.sources.get(key);
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
            editor.create(source);
            run.createdSources.add(source);
        }
        run.sources.put(key, source);
        return source;
    }

    static String kind(SluggedEntity record) {
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
