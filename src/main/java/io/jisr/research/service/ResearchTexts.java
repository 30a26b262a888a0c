package io.jisr.research.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.i18n.Language;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.source.Source;
import io.jisr.source.SourcedTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A research file's names and titles: per record and language, a short display title (editorial) is preferred, then
 * a text seen in a source, then an editorial translation. A text that differs from a sourced one is conflicting.
 */
final class ResearchTexts {

    private ResearchTexts() {}

    /** The chosen text for one record and language, and the sources the record should cite for it. */
    record Choice(ResearchEntry text, ResearchEntry evidence) {}

    /** The diff of one text and its provenance, and the change. */
    static List<FieldDiff> apply(
            SluggedEntity record, Language language, Choice choice, ResearchRun run, Set<Source> toCite) {
        String field = ((SourcedTexts) record).field(language);
        String oldText = ((SourcedTexts) record).text(language);
        Source oldSource = ((SourcedTexts) record).textSource(language);
        ResearchEntry wanted = choice.text();
        Source newSource = wanted.sourced() ? run.source(wanted) : null;
        if (choice.evidence() != null) {
            toCite.add(run.source(choice.evidence()));
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
            ((SourcedTexts) record).setText(language, wanted.text());
            ((SourcedTexts) record).setTextSource(language, newSource);
        }
        run.counts[outcome.ordinal()]++;
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(new FieldDiff(
                field, oldText, wanted.text(), Objects.equals(oldText, wanted.text()) ? Outcome.UNCHANGED : outcome));
        fields.add(new FieldDiff(
                field + "Source",
                oldSourceId,
                run.shown(newSource),
                Objects.equals(oldSourceId, newSourceId)
                        ? Outcome.UNCHANGED
                        : outcome == Outcome.CONFLICTING
                                ? Outcome.CONFLICTING
                                : oldSourceId == null ? Outcome.CREATED : Outcome.UPDATED));
        return fields;
    }

    /** Per record and language: a display title, else a sourced text, else an editorial one. */
    static Map<SluggedEntity, Map<Language, Choice>> choose(ResearchFile file, Map<String, SluggedEntity> records) {
        Map<SluggedEntity, Map<Language, List<ResearchEntry>>> grouped = new LinkedHashMap<>();
        file.entries().stream()
                .sorted(Comparator.comparing(ResearchEntry::kind).thenComparing(ResearchEntry::slug))
                .forEach(entry -> grouped.computeIfAbsent(
                                records.get(entry.kind() + " " + entry.slug()), r -> new LinkedHashMap<>())
                        .computeIfAbsent(Language.valueOf(entry.language().toUpperCase()), l -> new ArrayList<>())
                        .add(entry));
        Map<SluggedEntity, Map<Language, Choice>> choices = new LinkedHashMap<>();
        grouped.forEach((record, languages) -> {
            Map<Language, Choice> chosen = new LinkedHashMap<>();
            languages.forEach((language, entries) -> {
                ResearchEntry display = entries.stream()
                        .filter(ResearchEntry::displayTitle)
                        .findFirst()
                        .orElse(null);
                ResearchEntry sourced = entries.stream()
                        .filter(ResearchEntry::sourced)
                        .findFirst()
                        .orElse(null);
                ResearchEntry editorial = entries.stream()
                        .filter(e -> !e.sourced() && !e.displayTitle())
                        .findFirst()
                        .orElse(null);
                chosen.put(
                        language,
                        display != null
                                ? new Choice(display, sourced)
                                : sourced != null ? new Choice(sourced, null) : new Choice(editorial, null));
            });
            choices.put(record, chosen);
        });
        return choices;
    }
}
