package io.jisr.research.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.Text;
import io.jisr.common.error.ValidationException.FieldError;
import io.jisr.common.i18n.Language;
import io.jisr.datacentre.DataCentreRelationKind;
import io.jisr.source.SourceCopyKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The correction sections of a research file ({@link ResearchCorrections}), parsed and checked. */
final class ResearchCorrectionSections {

    private ResearchCorrectionSections() {}

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
}
