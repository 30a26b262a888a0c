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
record ResearchFile(String name, List<ResearchEntry> entries, List<ResearchUpdate> updates) {

    static final Set<String> KINDS = Set.of("initiative", "dataCentre", "organisation", "sector");
    /** The fields an update may change, by kind. */
    static final java.util.Map<String, Set<String>> UPDATABLE = java.util.Map.of(
            "initiative", Set.of("date", "dateNote", "conflicts"),
            "dataCentre", Set.of("city", "conflicts"));
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
        List<ResearchUpdate> updates = new ArrayList<>();
        Object listed = root.getValue("updates");
        if (listed != null && !(listed instanceof JsonArray)) {
            problems.add(new ValidationException.FieldError("updates", "must be a list"));
        } else if (listed instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                ResearchUpdate update = array.getValue(i) instanceof JsonObject object ? update(i, object, problems) : null;
                if (update != null) {
                    updates.add(update);
                } else if (!(array.getValue(i) instanceof JsonObject)) {
                    problems.add(new ValidationException.FieldError("updates[" + i + "]", "must be an object"));
                }
            }
        }
        if (entries.isEmpty() && updates.isEmpty() && problems.isEmpty()) {
            problems.add(new ValidationException.FieldError("research",
                    "holds no entries (translations, editorial, displayTitles or updates)"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ResearchFile(name, List.copyOf(entries), List.copyOf(updates));
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

    private static ResearchUpdate update(int index, JsonObject update, List<ValidationException.FieldError> problems) {
        String kind = string(update, "kind");
        String slug = string(update, "id");
        String field = string(update, "field");
        String where = "updates[" + index + "] (" + kind + " " + slug + ", " + field + ")";
        int before = problems.size();
        if (!UPDATABLE.containsKey(kind) || !UPDATABLE.get(kind).contains(field)) {
            problems.add(new ValidationException.FieldError(where, "kind and field must be one of " + UPDATABLE));
        }
        if (!SluggedEntity.isSlug(slug)) {
            problems.add(new ValidationException.FieldError(where, "id must be a slug"));
        }
        String value = text(update.getValue("new"));
        if (value == null || value.isBlank() || value.length() > 4000 || !Text.isStorable(value)) {
            problems.add(new ValidationException.FieldError(where, "new must be a text or a list of texts"));
        }
        if ("date".equals(field) && value != null && !isPartialDate(value)) {
            problems.add(new ValidationException.FieldError(where, "new must be a date: 2025, 2025-04 or 2025-04-19"));
        }
        JsonObject cited = update.getValue("source") instanceof JsonObject object ? object : null;
        String url = cited == null ? null : string(cited, "url");
        if (url == null || !url.matches("https?://\\S+") || url.length() > 2048) {
            problems.add(new ValidationException.FieldError(where, "source.url must be an http or https address"));
        }
        if (problems.size() > before) {
            return null;
        }
        String date = string(cited, "publishedOn");
        LocalDate publishedOn = null;
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                publishedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                // Kept as shown, in the note.
            }
        }
        ResearchEntry source = new ResearchEntry(kind, slug, null, null, url, string(cited, "publisher"), publishedOn,
                string(cited, "quote"), publishedOn == null && date != null ? "Published: " + date + "." : null, false);
        return new ResearchUpdate(kind, slug, field, text(update.getValue("old")), value.strip(), source);
    }

    private static boolean isPartialDate(String value) {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        try {
            LocalDate.parse(value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A text, or a list of texts one per line (the catalogue's notes), or null. */
    private static String text(Object value) {
        if (value instanceof JsonArray list) {
            List<String> lines = new ArrayList<>();
            for (Object line : list) {
                if (!(line instanceof String text)) {
                    return null;
                }
                lines.add(text);
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        return value instanceof String text ? text : null;
    }

    private static String string(JsonObject object, String key) {
        Object value = object.getValue(key);
        return value instanceof String text ? text : null;
    }
}
