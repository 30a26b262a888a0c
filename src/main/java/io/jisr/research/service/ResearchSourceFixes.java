package io.jisr.research.service;

import io.jisr.common.editing.RecordEditor;
import io.jisr.research.service.ResearchCorrectionSections.Sections;
import io.jisr.research.service.ResearchCorrectionSections.SourceFix;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.research.service.ResearchReport.RecordDiff;
import io.jisr.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A research file's {@code sources}: addresses marked as copies, quotes' language tags corrected. */
@ApplicationScoped
class ResearchSourceFixes {

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    /**
     * Marks the sources at each address as copies and corrects their language tags: a tag is changed only while it
     * is still the one the research saw ({@code tagged}), else reported CONFLICTING. One diff per source changed.
     */
    List<RecordDiff> apply(Sections sections, int[] counts) {
        List<RecordDiff> diffs = new ArrayList<>();
        for (SourceFix fix : sections.sources()) {
            List<Source> found = em.createQuery("from Source s where s.url = :url order by s.pk", Source.class)
                    .setParameter("url", fix.url())
                    .getResultStream()
                    .filter(s -> fix.quote() == null || fix.quote().equals(s.quote))
                    .toList();
            if (found.isEmpty()) {
                FieldDiff missing = new FieldDiff("url", null, fix.url(), Outcome.CONFLICTING);
                counts[Outcome.CONFLICTING.ordinal()]++;
                diffs.add(new RecordDiff("source", fix.url(), null, Outcome.CONFLICTING, List.of(missing)));
                continue;
            }
            for (Source source : found) {
                var before = editor.snapshot(source);
                List<FieldDiff> fields = new ArrayList<>();
                if (fix.copyKind() != null) {
                    Outcome outcome = fix.copyKind() == source.copyKind
                                    && Objects.equals(fix.originalPublisher(), source.originalPublisher)
                            ? Outcome.UNCHANGED
                            : source.copyKind == null ? Outcome.CREATED : Outcome.UPDATED;
                    fields.add(new FieldDiff(
                            "copyKind", name(source.copyKind), fix.copyKind().name(), outcome));
                    source.copyKind = fix.copyKind();
                    source.originalPublisher = fix.originalPublisher();
                }
                if (fix.language() != null) {
                    Outcome outcome = fix.language().equals(source.language)
                            ? Outcome.UNCHANGED
                            : fix.tagged() == null || fix.tagged().equals(source.language)
                                    ? Outcome.UPDATED
                                    : Outcome.CONFLICTING;
                    fields.add(new FieldDiff("language", source.language, fix.language(), outcome));
                    if (outcome == Outcome.UPDATED) {
                        source.language = fix.language();
                    }
                }
                editor.update(source, before);
                fields.forEach(f -> counts[f.outcome().ordinal()]++);
                Outcome outcome = fields.stream().anyMatch(f -> f.outcome() == Outcome.CONFLICTING)
                        ? Outcome.CONFLICTING
                        : fields.stream().allMatch(f -> f.outcome() == Outcome.UNCHANGED)
                                ? Outcome.UNCHANGED
                                : Outcome.UPDATED;
                diffs.add(new RecordDiff("source", source.url, source.getId(), outcome, fields));
            }
        }
        return diffs;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
