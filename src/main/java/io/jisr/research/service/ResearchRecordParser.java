package io.jisr.research.service;

import io.jisr.common.Confidence;
import io.jisr.common.DatePrecision;
import io.jisr.common.PartialDate;
import io.jisr.common.PartialDateInput;
import io.jisr.common.SluggedEntity;
import io.jisr.common.error.ValidationException;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentreStatus;
import io.jisr.datacentre.service.DataCentreInput;
import io.jisr.initiative.InitiativeKind;
import io.jisr.initiative.InitiativeStatus;
import io.jisr.initiative.service.InitiativeInput;
import io.jisr.organisation.OrganisationType;
import io.jisr.organisation.service.OrganisationInput;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The new records of a research file, in the shapes of {@code catalogue-research.json}, checked field by field. */
final class ResearchRecordParser {

    private ResearchRecordParser() {}

    /**
     * A new record. Its free text (an initiative's {@code kind} and {@code status}, a data centre's {@code status}, an
     * organisation's {@code type}) is kept in the matching note; {@code catalogue} gives the values of the closed
     * vocabularies: {@code {kind, status}} for an initiative, {@code {status, capacityMw, targetCapacityMw,
     * capabilities, sectors, country}} for a data centre, {@code {type}} for an organisation. Names seen in sources
     * come as {@code translations}, like any other.
     */
    static ResearchRecord record(
            String list, String kind, int index, JsonObject record, List<ValidationException.FieldError> problems) {
        String slug = ResearchFile.string(record, "id");
        String where = list + "[" + index + "] (" + slug + ")";
        int before = problems.size();
        if (!SluggedEntity.isSlug(slug)) {
            problems.add(new ValidationException.FieldError(where, "id must be a slug"));
        }
        JsonObject catalogue = record.getValue("catalogue") instanceof JsonObject object ? object : null;
        if (catalogue == null) {
            problems.add(new ValidationException.FieldError(where, "catalogue must give the editors' classification"));
            return null;
        }
        List<ResearchEntry> sources = new ArrayList<>();
        List<JsonObject> cited = ResearchFile.objects(record, "sources", problems);
        for (int i = 0; i < cited.size(); i++) {
            ResearchEntry source = cited.get(i) == null
                    ? null
                    : ResearchFile.source(kind, slug, cited.get(i), where + " sources[" + i + "]", problems);
            if (source != null) {
                sources.add(source);
            }
        }
        if (cited.isEmpty()) {
            problems.add(new ValidationException.FieldError(where, "sources must name at least one source"));
        }
        Confidence confidence = "organisation".equals(kind)
                ? null
                : value(
                        Confidence.class,
                        upper(ResearchFile.string(record, "confidence")),
                        where,
                        "confidence",
                        problems);
        List<ResearchRecord.Party> parties = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        String operator = null;
        Object input;
        switch (kind) {
            case "organisation" -> {
                OrganisationInput organisation = new OrganisationInput();
                organisation.slug = slug;
                organisation.nameEn = ResearchFile.string(record, "name");
                organisation.acronym = ResearchFile.string(record, "acronym");
                organisation.country = ResearchFile.string(record, "country");
                organisation.type = value(
                        OrganisationType.class,
                        ResearchFile.string(catalogue, "type"),
                        where,
                        "catalogue.type",
                        problems);
                organisation.typeNote = ResearchFile.string(record, "type");
                organisation.note = ResearchFile.text(record.getValue("notes"));
                input = organisation;
            }
            case "dataCentre" -> {
                DataCentreInput dataCentre = new DataCentreInput();
                dataCentre.slug = slug;
                dataCentre.nameEn = ResearchFile.string(record, "name");
                dataCentre.city = ResearchFile.string(record, "city");
                dataCentre.region = ResearchFile.string(record, "region");
                dataCentre.country = ResearchFile.string(catalogue, "country");
                dataCentre.status = value(
                        DataCentreStatus.class,
                        ResearchFile.string(catalogue, "status"),
                        where,
                        "catalogue.status",
                        problems);
                dataCentre.statusNote = ResearchFile.string(record, "status");
                dataCentre.capacityMw = decimal(catalogue, "capacityMw", where, problems);
                dataCentre.targetCapacityMw = decimal(catalogue, "targetCapacityMw", where, problems);
                dataCentre.capacityNote = ResearchFile.string(record, "capacityNote");
                // As the catalogue read "year" before it kept its dates apart: opened if open, else expected.
                if (record.getValue("year") instanceof Integer year) {
                    PartialDateInput date = new PartialDateInput(year.toString(), DatePrecision.YEAR);
                    if (dataCentre.status == DataCentreStatus.OPERATIONAL
                            || dataCentre.status == DataCentreStatus.DECOMMISSIONED) {
                        dataCentre.opened = date;
                    } else {
                        dataCentre.expectedOpening = date;
                    }
                }
                dataCentre.confidence = confidence;
                dataCentre.conflictNote = ResearchFile.text(record.getValue("conflicts"));
                dataCentre.note = lines(
                        ResearchFile.string(record, "aiHpcSovereignNotes"),
                        ResearchFile.text(record.getValue("notes")));
                dataCentre.capabilities = new ArrayList<>();
                for (String capability : strings(catalogue, "capabilities", where, problems)) {
                    dataCentre.capabilities.add(
                            value(Capability.class, capability, where, "catalogue.capabilities", problems));
                }
                if (record.getValue("coordinates") != null) {
                    problems.add(new ValidationException.FieldError(
                            where, "coordinates are not imported; " + "an editor sets them with their precision"));
                }
                operator = ResearchFile.string(record, "operator");
                for (String partners : List.of("partners", "frenchPartners")) {
                    for (String partner : strings(record, partners, where, problems)) {
                        String organisation = partner.split(" \\(")[0];
                        parties.add(new ResearchRecord.Party(
                                organisation, partner.equals(organisation) ? null : partner, null, null));
                    }
                }
                sectors.addAll(strings(catalogue, "sectors", where, problems));
                input = dataCentre;
            }
            default -> {
                InitiativeInput initiative = new InitiativeInput();
                initiative.slug = slug;
                initiative.titleEn = ResearchFile.string(record, "title");
                initiative.summaryEn = ResearchFile.string(record, "summary");
                initiative.kind = value(
                        InitiativeKind.class,
                        ResearchFile.string(catalogue, "kind"),
                        where,
                        "catalogue.kind",
                        problems);
                initiative.kindNote = ResearchFile.string(record, "kind");
                initiative.status = value(
                        InitiativeStatus.class,
                        ResearchFile.string(catalogue, "status"),
                        where,
                        "catalogue.status",
                        problems);
                initiative.statusNote = ResearchFile.string(record, "status");
                String date = ResearchFile.string(record, "date");
                PartialDate parsed = PartialDate.parse(date);
                if (date != null && parsed == null) {
                    problems.add(new ValidationException.FieldError(where, "date must be 2025, 2025-04 or 2025-04-19"));
                } else if (parsed != null) {
                    initiative.date = new io.jisr.common.PartialDateInput();
                    initiative.date.value = parsed.text();
                    initiative.date.precision = parsed.precision();
                }
                initiative.dateNote = ResearchFile.string(record, "dateNote");
                initiative.confidence = confidence;
                initiative.conflictNote = ResearchFile.text(record.getValue("conflicts"));
                initiative.note =
                        lines(ResearchFile.string(record, "sectorNote"), ResearchFile.text(record.getValue("notes")));
                for (JsonObject party : ResearchFile.objects(record, "parties", problems)) {
                    if (party != null) {
                        parties.add(new ResearchRecord.Party(
                                ResearchFile.string(party, "org"),
                                null,
                                ResearchFile.string(party, "country"),
                                ResearchFile.string(party, "role")));
                    }
                }
                sectors.addAll(strings(record, "sectors", where, problems));
                input = initiative;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ResearchRecord(kind, slug, input, sent(input), operator, parties, sectors, sources);
    }

    /** The fields of {@code input} that hold a value: what a mutation creating the record would send. */
    private static Set<String> sent(Object input) {
        Set<String> sent = new java.util.LinkedHashSet<>();
        for (java.lang.reflect.Field field : input.getClass().getFields()) {
            try {
                if (field.get(input) != null) {
                    sent.add(field.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent;
    }

    static <E extends Enum<E>> E value(
            Class<E> type, String name, String where, String field, List<ValidationException.FieldError> problems) {
        try {
            return Enum.valueOf(type, name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationException.FieldError(
                    where, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static BigDecimal decimal(
            JsonObject object, String key, String where, List<ValidationException.FieldError> problems) {
        Object value = object.getValue(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            problems.add(new ValidationException.FieldError(where, "catalogue." + key + " must be a number"));
            return null;
        }
        return new BigDecimal(number.toString());
    }

    private static List<String> strings(
            JsonObject object, String key, String where, List<ValidationException.FieldError> problems) {
        Object value = object.getValue(key);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        if (value instanceof JsonArray array) {
            for (Object item : array) {
                if (item instanceof String text && !text.isBlank()) {
                    strings.add(text);
                } else {
                    problems.add(new ValidationException.FieldError(where, key + " must be a list of texts"));
                    return strings;
                }
            }
            return strings;
        }
        problems.add(new ValidationException.FieldError(where, key + " must be a list of texts"));
        return strings;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    static String lines(String first, String second) {
        return first == null ? second : second == null ? first : first + "\n" + second;
    }
}
