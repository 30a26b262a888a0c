package io.jisr.research.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.RelatedDataCentre;
import io.jisr.datacentre.service.DataCentreRelations;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.organisation.Organisation;
import io.jisr.research.service.ResearchCorrectionSections.Partner;
import io.jisr.research.service.ResearchCorrectionSections.Relation;
import io.jisr.research.service.ResearchCorrectionSections.Sections;
import io.jisr.research.service.ResearchCorrectionSections.TextCorrection;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedTexts;
import io.jisr.source.service.TextSources;
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
        String field = record.field(language);
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
