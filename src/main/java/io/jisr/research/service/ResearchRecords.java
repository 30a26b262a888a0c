package io.jisr.research.service;

import io.jisr.common.PartialDateInput;
import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.Patch;
import io.jisr.common.error.ValidationException;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreInput;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.service.OrganisationService;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A research file's new records, created through their features' services with their links. */
@ApplicationScoped
class ResearchRecords {

    @Inject
    OrganisationService organisations;

    @Inject
    DataCentreService dataCentres;

    @Inject
    InitiativeService initiatives;

    /**
     * Creates the file's new records through their services, with their links, reporting each field as created; a
     * record whose slug the catalogue already holds is left as it is. Each goes into {@code records} under its kind
     * and slug. Every record that cannot be created (an unknown organisation or sector, a value out of bounds) is
     * added to {@code problems}, and into {@code records} as null so that it is not reported a second time as unknown.
     */
    Map<SluggedEntity, List<FieldDiff>> create(
            List<ResearchRecord> file,
            Map<String, SluggedEntity> records,
            List<ValidationException.FieldError> problems) {
        Map<SluggedEntity, List<FieldDiff>> created = new LinkedHashMap<>();
        for (ResearchRecord record : file) {
            String key = record.kind() + " " + record.slug();
            Optional<? extends SluggedEntity> existing = ResearchImporter.find(record.kind(), record.slug());
            if (existing.isPresent()) {
                records.put(key, existing.get());
                continue;
            }
            List<FieldDiff> fields = new ArrayList<>();
            try {
                SluggedEntity entity = create(record, fields);
                created.put(entity, fields);
                records.put(key, entity);
            } catch (ValidationException e) {
                records.put(key, null);
                e.fields()
                        .forEach(f ->
                                problems.add(new ValidationException.FieldError(key + ": " + f.field(), f.message())));
            }
        }
        return created;
    }

    private SluggedEntity create(ResearchRecord record, List<FieldDiff> fields) {
        Set<String> sent = new LinkedHashSet<>(record.provided());
        SluggedEntity entity;
        List<Sector> sectors = new ArrayList<>();
        for (String slug : record.sectors()) {
            sectors.add(Sector.findBySlug(slug)
                    .orElseThrow(() -> ValidationException.of("sectors", slug + " is not in the catalogue")));
        }
        switch (record.kind()) {
            case "organisation" -> entity = organisations.create(new Patch(record.input(), sent));
            case "dataCentre" -> {
                DataCentreInput input = (DataCentreInput) record.input();
                input.operatorId = organisation(record.operator(), "operator").getId();
                sent.add("operatorId");
                // As the starting catalogue does: partners the catalogue knows are linked; the research's wording,
                // where it says more than a name or names someone unknown, stays in the partners note.
                List<Organisation> partners = new ArrayList<>();
                List<String> asReported = new ArrayList<>();
                for (ResearchRecord.Party party : record.parties()) {
                    Optional<Organisation> partner = Organisation.findBySlug(party.organisation());
                    partner.ifPresent(partners::add);
                    if (partner.isEmpty() || party.wording() != null) {
                        asReported.add(party.wording() == null ? party.organisation() : party.wording());
                    }
                }
                if (!asReported.isEmpty()) {
                    input.partnersNote = "As reported: " + String.join(", ", asReported);
                    sent.add("partnersNote");
                }
                DataCentre dataCentre = dataCentres.create(new Patch(input, sent));
                for (Organisation partner : partners) {
                    dataCentres.linkPartner(dataCentre.getId(), partner.getId(), true);
                    fields.add(new FieldDiff("partners", null, partner.slug, Outcome.CREATED));
                }
                for (Sector sector : sectors) {
                    dataCentres.linkSector(dataCentre.getId(), sector.getId(), true);
                }
                entity = dataCentre;
            }
            default -> {
                Initiative initiative = initiatives.create(new Patch(record.input(), sent));
                for (Sector sector : sectors) {
                    initiatives.linkSector(initiative.getId(), sector.getId(), true);
                }
                for (ResearchRecord.Party party : record.parties()) {
                    initiatives.linkOrganisation(
                            initiative.getId(),
                            organisation(party.organisation(), "parties").getId(),
                            party.actingFor(),
                            party.role());
                    fields.add(new FieldDiff("parties", null, party.organisation(), Outcome.CREATED));
                }
                entity = initiative;
            }
        }
        for (Sector sector : sectors) {
            fields.add(new FieldDiff("sectors", null, sector.slug, Outcome.CREATED));
        }
        Patch patch = new Patch(record.input(), sent);
        List<FieldDiff> values = new ArrayList<>();
        for (String field : sent) {
            values.add(new FieldDiff(field, null, shown(patch.value(field)), Outcome.CREATED));
        }
        fields.addAll(0, values);
        return entity;
    }

    private static Organisation organisation(String slug, String field) {
        return Organisation.findBySlug(slug)
                .orElseThrow(() -> ValidationException.of(
                        field, slug + " is neither in the catalogue nor among the file's organisations"));
    }

    private static String shown(Object value) {
        if (value instanceof PartialDateInput date) {
            return date.value;
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(String::valueOf).toList());
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
