package io.jisr.research.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.Text;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException.FieldError;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreRelationKind;
import io.jisr.datacentre.RelatedDataCentre;
import io.jisr.datacentre.service.DataCentreRelations;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.organisation.Organisation;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourceCopyKind;
import io.jisr.source.SourcedTexts;
import io.jisr.source.service.TextSources;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The corrections a research file makes beyond translations and field updates, each checked against what the research
 * saw, so an editor's newer change is reported CONFLICTING and kept:
 * <ul>
 * <li>{@code corrections}: {@code {kind, id, lang, current, text}} replaces a shown text ({@code current}, usually
 * sourced) by an editorial correction; the source and what it printed stay as evidence ({@code correctionOf}).
 * <li>{@code sources}: {@code {url, copyKind?, originalPublisher?, tagged?, language?}} marks every source at that
 * address as a copy, and re-tags its quote's language where it is still {@code tagged}.
 * <li>{@code relations}: {@code {id, relation, related, evidence, source?}} relates two data centres (never a merge);
 * the source is cited on both.
 * <li>{@code partners}: {@code {id, organisation}} links a catalogue organisation as a data centre's partner.
 * </ul>
 */
@ApplicationScoped
public class ResearchCorrections {

    record TextCorrection(String kind, String slug, Language language, String current, String text) {}

    record SourceFix(
            String url,
            String quote,
            SourceCopyKind copyKind,
            String originalPublisher,
            String tagged,
            String language) {}

    record Relation(String slug, DataCentreRelationKind kind, String related, String evidence, ResearchEntry source) {}

    record Partner(String slug, String organisation) {}

    record Sections(
            List<TextCorrection> texts, List<SourceFix> sources, List<Relation> relations, List<Partner> partners) {

        boolean isEmpty() {
            return texts.isEmpty() && sources.isEmpty() && relations.isEmpty() && partners.isEmpty();
        }

        /** Kind and slug of every record the sections name. */
        List<String[]> named() {
            List<String[]> named = new ArrayList<>();
            texts.forEach(t -> named.add(new String[] {t.kind(), t.slug()}));
            relations.forEach(r -> {
                named.add(new String[] {"dataCentre", r.slug()});
                named.add(new String[] {"dataCentre", r.related()});
            });
            partners.forEach(p -> {
                named.add(new String[] {"dataCentre", p.slug()});
                named.add(new String[] {"organisation", p.organisation()});
            });
            return named;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    @Inject
    TextSources texts;

    @Inject
    DataCentreService dataCentres;

    @Inject
    DataCentreRelations relations;

    static Sections parse(JsonObject root, List<FieldError> problems) {
        List<TextCorrection> corrections = new ArrayList<>();
        List<SourceFix> sources = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        each(root, "corrections", problems, (where, item) -> {
            String kind = ResearchFile.string(item, "kind");
            String lang = ResearchFile.string(item, "lang");
            String text = ResearchFile.string(item, "text");
            String current = ResearchFile.string(item, "current");
            if (kind == null
                    || !ResearchFile.KINDS.contains(kind)
                    || !SluggedEntity.isSlug(ResearchFile.string(item, "id"))
                    || lang == null
                    || !List.of("en", "fr", "ar").contains(lang)
                    || current == null
                    || text == null
                    || text.isBlank()
                    || text.length() > 500
                    || !Text.isStorable(text)) {
                problems.add(new FieldError(
                        where,
                        "needs kind, id, lang (en, fr or ar), current (the text shown "
                                + "today) and text (1 to 500 characters)"));
                return;
            }
            corrections.add(new TextCorrection(
                    kind,
                    ResearchFile.string(item, "id"),
                    Language.valueOf(lang.toUpperCase(java.util.Locale.ROOT)),
                    current,
                    text.strip()));
        });
        each(root, "sources", problems, (where, item) -> {
            String url = ResearchFile.string(item, "url");
            String copy = ResearchFile.string(item, "copyKind");
            String language = ResearchFile.string(item, "language");
            SourceCopyKind kind = null;
            try {
                kind = copy == null ? null : SourceCopyKind.valueOf(copy);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError(where, "copyKind must be one of " + List.of(SourceCopyKind.values())));
                return;
            }
            if (url == null
                    || (kind == null && language == null)
                    || (language != null && !language.matches("[a-z]{2,3}"))) {
                problems.add(new FieldError(where, "needs url, and copyKind or language (an ISO 639-1 code)"));
                return;
            }
            sources.add(new SourceFix(
                    url,
                    ResearchFile.string(item, "quote"),
                    kind,
                    ResearchFile.string(item, "originalPublisher"),
                    ResearchFile.string(item, "tagged"),
                    language));
        });
        each(root, "relations", problems, (where, item) -> {
            String relation = ResearchFile.string(item, "relation");
            DataCentreRelationKind kind = "possible duplicate of".equals(relation)
                    ? DataCentreRelationKind.POSSIBLE_DUPLICATE
                    : "overlaps".equals(relation) ? DataCentreRelationKind.OVERLAPS : null;
            String slug = ResearchFile.string(item, "id");
            String related = ResearchFile.string(item, "related");
            if (kind == null || !SluggedEntity.isSlug(slug) || !SluggedEntity.isSlug(related)) {
                problems.add(new FieldError(
                        where,
                        "needs id, related (data-centre slugs) and relation "
                                + "(\"possible duplicate of\" or \"overlaps\")"));
                return;
            }
            ResearchEntry source = item.getValue("source") instanceof JsonObject cited
                    ? ResearchFile.source("dataCentre", slug, cited, where + " source", problems)
                    : null;
            relations.add(new Relation(slug, kind, related, ResearchFile.string(item, "evidence"), source));
        });
        each(root, "partners", problems, (where, item) -> {
            String slug = ResearchFile.string(item, "id");
            String organisation = ResearchFile.string(item, "organisation");
            if (!SluggedEntity.isSlug(slug) || !SluggedEntity.isSlug(organisation)) {
                problems.add(new FieldError(where, "needs id (a data centre) and organisation (slugs)"));
                return;
            }
            partners.add(new Partner(slug, organisation));
        });
        return new Sections(corrections, sources, relations, partners);
    }

    private static void each(
            JsonObject root,
            String list,
            List<FieldError> problems,
            java.util.function.BiConsumer<String, JsonObject> parse) {
        Object value = root.getValue(list);
        if (value == null) {
            return;
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(new FieldError(list, "must be a list"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getValue(i) instanceof JsonObject item) {
                parse.accept(list + "[" + i + "]", item);
            } else {
                problems.add(new FieldError(list + "[" + i + "]", "must be an object"));
            }
        }
    }

    /**
     * Applies to {@code record} the corrections, relations and partners the sections give for it (inside the
     * importer's snapshot of it, so the history records them); {@code sources} finds or creates a cited source.
     */
    List<FieldDiff> apply(SluggedEntity record, Sections sections, Function<ResearchEntry, Source> sources) {
        List<FieldDiff> fields = new ArrayList<>();
        String kind = ResearchImporter.kind(record);
        for (TextCorrection correction : sections.texts()) {
            if (correction.kind().equals(kind) && correction.slug().equals(record.slug)) {
                fields.add(correct((SourcedTexts) record, correction));
            }
        }
        if (record instanceof DataCentre dataCentre) {
            for (Relation relation : sections.relations()) {
                if (relation.slug().equals(record.slug)) {
                    DataCentre related =
                            DataCentre.findBySlug(relation.related()).orElseThrow();
                    fields.add(relate(dataCentre, related, relation, sources));
                }
            }
            for (Partner partner : sections.partners()) {
                if (partner.slug().equals(record.slug)) {
                    Organisation organisation =
                            Organisation.findBySlug(partner.organisation()).orElseThrow();
                    boolean linked = dataCentre.partners.contains(organisation);
                    if (!linked) {
                        dataCentres.linkPartner(dataCentre.getId(), organisation.getId(), true);
                    }
                    fields.add(new FieldDiff(
                            "partners", null, organisation.slug, linked ? Outcome.UNCHANGED : Outcome.CREATED));
                }
            }
        }
        return fields;
    }

    private FieldDiff correct(SourcedTexts record, TextCorrection correction) {
        Language language = correction.language();
        String field = record.textField()
                + language.name().charAt(0)
                + language.name().substring(1).toLowerCase();
        String shown = record.text(language);
        Outcome outcome;
        if (Objects.equals(shown, correction.text()) && record.textSource(language) == null) {
            outcome = Outcome.UNCHANGED;
        } else if (Objects.equals(shown, correction.current())) {
            texts.correct(record, language, correction.text());
            outcome = Outcome.UPDATED;
        } else {
            outcome = Outcome.CONFLICTING;
        }
        return new FieldDiff(field, shown, correction.text(), outcome);
    }

    private FieldDiff relate(
            DataCentre dataCentre, DataCentre related, Relation relation, Function<ResearchEntry, Source> sources) {
        RelatedDataCentre existing = relations.related(List.of(dataCentre)).get(0).stream()
                .filter(r -> r.dataCentre() == related)
                .findFirst()
                .orElse(null);
        Outcome outcome = existing == null
                ? Outcome.CREATED
                : existing.kind() == relation.kind() && Objects.equals(existing.evidence(), relation.evidence())
                        ? Outcome.UNCHANGED
                        : Outcome.UPDATED;
        if (outcome != Outcome.UNCHANGED) {
            relations.relate(dataCentre.getId(), related.getId(), relation.kind(), relation.evidence());
        }
        if (relation.source() != null) {
            Source source = sources.apply(relation.source());
            for (DataCentre record : List.of(dataCentre, related)) {
                if (((CitesSources) record).citedSources().add(source)) {
                    editor.relinked(record, ChangeOperation.LINK, "sources", source.getId());
                }
            }
        }
        return new FieldDiff(
                "related",
                existing == null ? null : existing.kind().name(),
                relation.kind().name() + " " + related.slug,
                outcome);
    }
}
