package io.jisr.research.service;

import io.jisr.common.editing.RecordEditor;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.source.Source;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What one import has seen: sources by URL and quote, those it created, and the counts by outcome. */
final class ResearchRun {

    final boolean dryRun;
    final Map<String, Source> sources = new HashMap<>();
    final Set<Source> createdSources = new HashSet<>();
    final int[] counts = new int[Outcome.values().length];
    private final EntityManager em;
    private final RecordEditor editor;

    ResearchRun(boolean dryRun, EntityManager em, RecordEditor editor) {
        this.dryRun = dryRun;
        this.em = em;
        this.editor = editor;
    }

    /** How the report shows a source: its id, or its URL where a dry run created it (the id will not exist). */
    String shown(Source source) {
        return source == null ? null : dryRun && createdSources.contains(source) ? source.url : source.getId();
    }

    FieldDiff count(FieldDiff diff) {
        counts[diff.outcome().ordinal()]++;
        return diff;
    }

    /** The source an entry was seen in: an existing one with its URL and quote, else a new one. */
    Source source(ResearchEntry entry) {
        String key = entry.url() + "\n" + entry.quote();
        Source source = sources.get(key);
        if (source != null) {
            return source;
        }
        source = (entry.quote() == null
                        ? em.createQuery(
                                "from Source s where s.url = :url and s.quote is null order by s.pk", Source.class)
                        : em.createQuery(
                                        "from Source s where s.url = :url and s.quote = :quote order by s.pk",
                                        Source.class)
                                .setParameter("quote", entry.quote()))
                .setParameter("url", entry.url())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (source == null) {
            source = new Source();
            source.url = entry.url();
            source.publisher = entry.publisher();
            source.publishedOn = entry.publishedOn();
            source.language = entry.language();
            source.quote = entry.quote();
            source.note = entry.note();
            editor.create(source);
            createdSources.add(source);
        }
        sources.put(key, source);
        return source;
    }
}
