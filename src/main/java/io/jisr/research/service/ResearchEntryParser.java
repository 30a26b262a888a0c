package io.jisr.research.service;

import io.jisr.common.PartialDate;
import io.jisr.common.SluggedEntity;
import io.jisr.common.Text;
import io.jisr.common.error.ValidationException;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A research file's texts ({@code translations}, {@code editorial}, {@code displayTitles}) and {@code updates}. */
final class ResearchEntryParser {

    private ResearchEntryParser() {}

    static ResearchEntry entry(
            String list, int index, JsonObject entry, List<ValidationException.FieldError> problems) {
        String kind = ResearchFile.string(entry, "kind");
        String slug = ResearchFile.string(entry, "id");
        String language = ResearchFile.string(entry, "lang");
        String text = ResearchFile.string(entry, "text");
        String where = list + "[" + index + "] (" + kind + " " + slug + ", " + language + ")";
        int before = problems.size();
        if (!ResearchFile.KINDS.contains(kind)) {
            problems.add(new ValidationException.FieldError(where, "kind must be one of " + ResearchFile.KINDS));
        }
        if (!SluggedEntity.isSlug(slug)) {
            problems.add(new ValidationException.FieldError(where, "id must be a slug"));
        }
        if (!ResearchFile.LANGUAGES.contains(language)) {
            problems.add(new ValidationException.FieldError(where, "lang must be en, fr or ar"));
        }
        if (text == null || text.isBlank() || text.length() > ResearchFile.MAX_TEXT || !Text.isStorable(text)) {
            problems.add(new ValidationException.FieldError(
                    where, "text must be 1 to " + ResearchFile.MAX_TEXT + " characters"));
        }
        boolean sourcedList = list.equals("translations");
        if (!sourcedList && !"editorial".equals(ResearchFile.string(entry, "basis"))) {
            problems.add(new ValidationException.FieldError(where, "basis must be editorial"));
        }
        if (list.equals("displayTitles") && ResearchFile.string(entry, "seenAs") == null) {
            problems.add(new ValidationException.FieldError(where, "seenAs must give the sourced phrase"));
        }
        ResearchEntry source = sourcedList ? ResearchFile.source(kind, slug, entry, where, problems) : null;
        if (problems.size() > before) {
            return null;
        }
        return source == null
                ? new ResearchEntry(
                        kind, slug, language, text.strip(), null, null, null, null, null, list.equals("displayTitles"))
                : new ResearchEntry(
                        kind,
                        slug,
                        language,
                        text.strip(),
                        source.url(),
                        source.publisher(),
                        source.publishedOn(),
                        source.quote(),
                        source.note(),
                        false);
    }

    static ResearchUpdate update(int index, JsonObject update, List<ValidationException.FieldError> problems) {
        String kind = ResearchFile.string(update, "kind");
        String slug = ResearchFile.string(update, "id");
        String field = ResearchFile.string(update, "field");
        String where = "updates[" + index + "] (" + kind + " " + slug + ", " + field + ")";
        int before = problems.size();
        if (!ResearchFile.UPDATABLE.containsKey(kind)
                || !ResearchFile.UPDATABLE.get(kind).contains(field)) {
            problems.add(new ValidationException.FieldError(
                    where, "kind and field must be one of " + ResearchFile.UPDATABLE));
        }
        if (!SluggedEntity.isSlug(slug)) {
            problems.add(new ValidationException.FieldError(where, "id must be a slug"));
        }
        String value = ResearchFile.text(update.getValue("new"));
        boolean date = "date".equals(field) || ResearchFile.DATES.contains(field);
        if (!(value == null && ResearchFile.CLEARABLE.contains(field))
                && (value == null || value.isBlank() || value.length() > 4000 || !Text.isStorable(value))) {
            problems.add(new ValidationException.FieldError(where, "new must be a text or a list of texts"));
        }
        if (date && value != null && PartialDate.parse(value) == null) {
            problems.add(new ValidationException.FieldError(
                    where, "new must be a date: 2025, 2025-Q2, 2025-04 or " + "2025-04-19"));
        }
        JsonObject cited = update.getValue("source") instanceof JsonObject object ? object : null;
        if (cited == null && !ResearchFile.DATES.contains(field)) {
            problems.add(new ValidationException.FieldError(where, "source must give the url and quote it comes from"));
        }
        ResearchEntry source =
                cited == null ? null : ResearchFile.source(kind, slug, cited, where + " source", problems);
        if (problems.size() > before) {
            return null;
        }
        return new ResearchUpdate(
                kind,
                slug,
                field,
                ResearchFile.text(update.getValue("old")),
                value == null ? null : value.strip(),
                source);
    }
}
