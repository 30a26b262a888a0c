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
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

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
                : ResearchValues.value(
                        Confidence.class,
                        ResearchValues.upper(ResearchFile.string(record, "confidence")),
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
                organisation.type = ResearchValues.value(
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
                dataCentre.status = ResearchValues.value(
                        DataCentreStatus.class,
                        ResearchFile.string(catalogue, "status"),
                        where,
                        "catalogue.status",
                        problems);
                dataCentre.statusNote = ResearchFile.string(record, "status");
                dataCentre.capacityMw = ResearchValues.decimal(catalogue, "capacityMw", where, problems);
                dataCentre.targetCapacityMw = ResearchValues.decimal(catalogue, "targetCapacityMw", where, problems);
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
                dataCentre.note = ResearchValues.lines(
                        ResearchFile.string(record, "aiHpcSovereignNotes"),
                        ResearchFile.text(record.getValue("notes")));
                dataCentre.capabilities = new ArrayList<>();
                for (String capability : ResearchValues.strings(catalogue, "capabilities", where, problems)) {
                    dataCentre.capabilities.add(ResearchValues.value(
                            Capability.class, capability, where, "catalogue.capabilities", problems));
                }
                if (record.getValue("coordinates") != null) {
                    problems.add(new ValidationException.FieldError(
                            where, "coordinates are not imported; " + "an editor sets them with their precision"));
                }
                operator = ResearchFile.string(record, "operator");
                for (String partners : List.of("partners", "frenchPartners")) {
                    for (String partner : ResearchValues.strings(record, partners, where, problems)) {
                        String organisation = partner.split(" \\(")[0];
                        parties.add(new ResearchRecord.Party(
                                organisation, partner.equals(organisation) ? null : partner, null, null));
                    }
                }
                sectors.addAll(ResearchValues.strings(catalogue, "sectors", where, problems));
                input = dataCentre;
            }
            default -> {
                InitiativeInput initiative = new InitiativeInput();
                initiative.slug = slug;
                initiative.titleEn = ResearchFile.string(record, "title");
                initiative.summaryEn = ResearchFile.string(record, "summary");
                initiative.kind = ResearchValues.value(
                        InitiativeKind.class,
                        ResearchFile.string(catalogue, "kind"),
                        where,
                        "catalogue.kind",
                        problems);
                initiative.kindNote = ResearchFile.string(record, "kind");
                initiative.status = ResearchValues.value(
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
                initiative.note = ResearchValues.lines(
                        ResearchFile.string(record, "sectorNote"), ResearchFile.text(record.getValue("notes")));
                for (JsonObject party : ResearchFile.objects(record, "parties", problems)) {
                    if (party != null) {
                        parties.add(new ResearchRecord.Party(
                                ResearchFile.string(party, "org"),
                                null,
                                ResearchFile.string(party, "country"),
                                ResearchFile.string(party, "role")));
                    }
                }
                sectors.addAll(ResearchValues.strings(record, "sectors", where, problems));
                input = initiative;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ResearchRecord(kind, slug, input, ResearchValues.sent(input), operator, parties, sectors, sources);
    }
}
