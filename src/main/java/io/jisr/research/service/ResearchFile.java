package io.jisr.research.service;

import io.jisr.common.DatePrecision;
import io.jisr.common.PartialDate;
import io.jisr.common.SluggedEntity;
import io.jisr.common.error.ValidationException;
import io.jisr.datacentre.DataCentreDates;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A research file as the researchers hand it over: {@code translations} (texts seen in a source),
 * {@code editorial} (translations the editors wrote) and {@code displayTitles} (short editorial titles), each a list
 * of {@code {kind, id, lang, text, …}} as in {@code research-2026-11/README.md}; {@code updates} to existing records;
 * and new {@code organisations}, {@code dataCentres} and {@code initiatives} in the shapes of
 * {@code catalogue-research.json}, each with a {@code catalogue} object giving the editors' reading of its free text
 * onto the catalogue's vocabularies (see {@link #record}). Every entry is checked before anything is written; all
 * problems are reported at once.
 */
record ResearchFile(
        String name,
        List<ResearchRecord> records,
        List<ResearchEntry> entries,
        List<ResearchUpdate> updates,
        ResearchCorrectionSections.Sections corrections) {

    static final Set<String> KINDS = Set.of("initiative", "dataCentre", "organisation", "sector");
    /** The fields an update may change, by kind. */
    static final Map<String, Set<String>> UPDATABLE = Map.of(
            "initiative", Set.of("date", "dateNote", "conflicts", "statusNote"),
            "dataCentre",
                    Set.of(
                            "city",
                            "conflicts",
                            "statusNote",
                            "capacityNote",
                            "partnersNote",
                            "announced",
                            "expectedOpening",
                            "opened"),
            "organisation", Set.of("note"));
    /** Fields an update may change with no source (the status note is theirs), and may clear ({@code new} null). */
    static final Set<String> DATES = java.util.Arrays.stream(DataCentreDates.Field.values())
            .map(field -> field.inputField)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Fields an update may clear, with its source: the partners note once the partners are linked. */
    static final Set<String> CLEARABLE = Set.of("announced", "expectedOpening", "opened", "partnersNote");
    /** New records, in the order they are created: what a record links to comes before it. */
    private static final List<String> RECORD_LISTS = List.of("organisations", "dataCentres", "initiatives");

    static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    static final int MAX_TEXT = 500;

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
        List<ResearchRecord> records = new ArrayList<>();
        for (String list : RECORD_LISTS) {
            String kind = list.substring(0, list.length() - 1);
            records.addAll(parsed(
                    root, list, problems, (i, item) -> ResearchRecordParser.record(list, kind, i, item, problems)));
        }
        List<ResearchEntry> entries = new ArrayList<>();
        for (String list : List.of("translations", "editorial", "displayTitles")) {
            entries.addAll(
                    parsed(root, list, problems, (i, item) -> ResearchEntryParser.entry(list, i, item, problems)));
        }
        List<ResearchUpdate> updates =
                parsed(root, "updates", problems, (i, item) -> ResearchEntryParser.update(i, item, problems));
        ResearchCorrectionSections.Sections corrections = ResearchCorrectionSections.parse(root, problems);
        if (records.isEmpty()
                && entries.isEmpty()
                && updates.isEmpty()
                && corrections.isEmpty()
                && problems.isEmpty()) {
            problems.add(new ValidationException.FieldError(
                    "research",
                    "holds no entries (organisations, "
                            + "dataCentres, initiatives, translations, editorial, displayTitles, updates, corrections, sources, "
                            + "relations or partners)"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ResearchFile(name, List.copyOf(records), List.copyOf(entries), List.copyOf(updates), corrections);
    }

    /** The items of the list {@code list} that parse; the others are reported by {@code parse} or here. */
    private static <T> List<T> parsed(
            JsonObject root,
            String list,
            List<ValidationException.FieldError> problems,
            java.util.function.BiFunction<Integer, JsonObject, T> parse) {
        List<JsonObject> items = objects(root, list, problems);
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i) == null ? null : parse.apply(i, items.get(i));
            if (item != null) {
                parsed.add(item);
            }
        }
        return parsed;
    }

    /** The objects of the list {@code list} (null where an item is not one, reported), or none if it is absent. */
    static List<JsonObject> objects(JsonObject root, String list, List<ValidationException.FieldError> problems) {
        Object value = root.getValue(list);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(new ValidationException.FieldError(list, "must be a list"));
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getValue(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                problems.add(new ValidationException.FieldError(list + "[" + i + "]", "must be an object"));
                objects.add(null);
            }
        }
        return objects;
    }

    /**
     * A source as the research cites it: {@code {url, publisher, publishedOn, quote}}. A month or a year is kept, as
     * shown, in the source's note with any {@code dateAsShown}/{@code dateNote}; only a full date is a publication date.
     */
    static ResearchEntry source(
            String kind, String slug, JsonObject cited, String where, List<ValidationException.FieldError> problems) {
        String url = string(cited, "url");
        if (url == null || !url.matches("https?://\\S+") || url.length() > 2048) {
            problems.add(new ValidationException.FieldError(where, "url must be an http or https address"));
            return null;
        }
        String quote = string(cited, "quote");
        String note = ResearchValues.lines(
                string(cited, "note"),
                ResearchValues.lines(
                        string(cited, "dateAsShown") == null ? null : "Date as shown: " + string(cited, "dateAsShown"),
                        string(cited, "dateNote")));
        String date = string(cited, "publishedOn");
        PartialDate published = PartialDate.parse(date);
        if (date != null && published == null) {
            problems.add(new ValidationException.FieldError(
                    where, "publishedOn must be a date such as 2025-04-19, " + "or a month (2025-04) or year"));
            return null;
        }
        if (published != null && published.precision() != DatePrecision.DAY) {
            note = ResearchValues.lines(note, "Published: " + date + ".");
        }
        return new ResearchEntry(
                kind,
                slug,
                QuoteLanguage.of(quote),
                null,
                url,
                string(cited, "publisher"),
                published != null && published.precision() == DatePrecision.DAY ? published.earliest() : null,
                quote,
                note,
                false);
    }

    /** A text, or a list of texts one per line (the catalogue's notes), or null. */
    static String text(Object value) {
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

    static String string(JsonObject object, String key) {
        Object value = object.getValue(key);
        return value instanceof String text ? text : null;
    }
}
