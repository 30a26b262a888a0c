package io.jisr.research.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.jisr.common.SluggedEntity;
import io.jisr.common.Text;
import io.jisr.common.error.ValidationException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A research file as the researchers hand it over: {@code translations} (texts seen in a source),
 * {@code editorial} (translations the editors wrote) and {@code displayTitles} (short editorial titles), each a list
 * of {@code {kind, id, lang, text, …}} as in {@code research-2026-11/README.md}. Every entry is checked before
 * anything is written; all problems are reported at once.
 */
record ResearchFile(String name, List<ResearchEntry> entries) {

    static final Set<String> KINDS = Set.of("initiative", "dataCentre", "organisation", "sector");
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    private static final int MAX_TEXT = 500;

    static ResearchFile parse(String name, String json) {
        if (name == null || !SluggedEntity.isSlug(name)) {
            throw ValidationException.of("name", "must be a slug such as research-2026-11");
        }
        JsonObject root;
        try {
            root = new JsonObject(json == null ? "" : json);
        } catch (DecodeException | ClassCastException e) {
            throw ValidationException.of("research", "is not a JSON object: " + e.getMessage());
        }
        List<ValidationException.FieldError> problems = new ArrayList<>();
        List<ResearchEntry> entries = new ArrayList<>();
        for (String list : List.of("translations", "editorial", "displayTitles")) {
            Object value = root.getValue(list);
            if (value == null) {
                continue;
            }
            if (!(value instanceof JsonArray array)) {
                problems.add(new ValidationException.FieldError(list, "must be a list"));
                continue;
            }
            for (int i = 0; i < array.size(); i++) {
                Object item = array.getValue(i);
                if (!(item instanceof JsonObject entry)) {
                    problems.add(new ValidationException.FieldError(list + "[" + i + "]", "must be an object"));
                    continue;
                }
                ResearchEntry parsed = entry(list, i, entry, problems);
                if (parsed != null) {
                    entries.add(parsed);
                }
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new ValidationException.FieldError("research",
                    "holds no entries (translations, editorial or displayTitles)"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ResearchFile(name, List.copyOf(entries));
    }

    private static ResearchEntry entry(String list, int index, JsonObject entry, List<ValidationException.FieldError> problems) {
        String kind = string(entry, "kind");
        String slug = string(entry, "id");
        String language = string(entry, "lang");
        String text = string(entry, "text");
        String where = list + "[" + index + "] (" + kind + " " + slug + ", " + language + ")";
        int before = problems.size();
        if (!KINDS.contains(kind)) {
            problems.add(new ValidationException.FieldError(where, "kind must be one of " + KINDS));
        }
        if (!SluggedEntity.isSlug(slug)) {
            problems.add(new ValidationException.FieldError(where, "id must be a slug"));
        }
        if (!LANGUAGES.contains(language)) {
            problems.add(new ValidationException.FieldError(where, "lang must be en, fr or ar"));
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT || !Text.isStorable(text)) {
            problems.add(new ValidationException.FieldError(where, "text must be 1 to " + MAX_TEXT + " characters"));
        }
        boolean sourcedList = list.equals("translations");
        String url = sourcedList ? string(entry, "url") : null;
        if (sourcedList && (url == null || !url.matches("https?://\\S+") || url.length() > 2048)) {
            problems.add(new ValidationException.FieldError(where, "url must be an http or https address"));
        }
        if (!sourcedList && !"editorial".equals(string(entry, "basis"))) {
            problems.add(new ValidationException.FieldError(where, "basis must be editorial"));
        }
        // A month or a year is kept, as shown, in the source's note; only a full date is a publication date.
        LocalDate publishedOn = null;
        String note = string(entry, "note");
        String date = string(entry, "publishedOn");
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                publishedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new ValidationException.FieldError(where, "publishedOn is not a valid date"));
            }
        } else if (date != null && date.matches("\\d{4}(-\\d{2})?")) {
            note = (note == null ? "" : note + " ") + "Published: " + date + ".";
        } else if (date != null) {
            problems.add(new ValidationException.FieldError(where, "publishedOn must be a date such as 2025-04-19, "
                    + "or a month (2025-04) or year"));
        }
        if (problems.size() > before) {
            return null;
        }
        String quote = sourcedList ? string(entry, "quote") : null;
        if (list.equals("displayTitles") && string(entry, "seenAs") == null) {
            problems.add(new ValidationException.FieldError(where, "seenAs must give the sourced phrase"));
            return null;
        }
        return new ResearchEntry(kind, slug, language, text.strip(), url, sourcedList ? string(entry, "publisher") : null,
                publishedOn, quote, note, list.equals("displayTitles"));
    }

    private static String string(JsonObject object, String key) {
        Object value = object.getValue(key);
        return value instanceof String text ? text : null;
    }
}
