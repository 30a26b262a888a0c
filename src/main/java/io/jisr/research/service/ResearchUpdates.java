package io.jisr.research.service;

import io.jisr.common.PartialDate;
import io.jisr.common.SluggedEntity;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreDates;
import io.jisr.initiative.Initiative;
import io.jisr.organisation.Organisation;
import io.jisr.research.service.ResearchReport.FieldDiff;
import io.jisr.research.service.ResearchReport.Outcome;
import io.jisr.source.Source;
import java.util.Objects;

/** The research's proposed changes to fields of existing records, each checked against what the research saw. */
final class ResearchUpdates {

    private ResearchUpdates() {}

    /**
     * One proposed change to a field: applied when the record still holds the value the research saw ({@code old}),
     * unchanged when it already holds the new one, conflicting (and kept) when an editor changed it meanwhile.
     */
    static FieldDiff apply(SluggedEntity record, ResearchUpdate update, Source source) {
        String current = current(record, update.field());
        Outcome outcome = Objects.equals(current, update.value())
                ? Outcome.UNCHANGED
                : Objects.equals(current, update.old())
                        ? (current == null ? Outcome.CREATED : Outcome.UPDATED)
                        : Outcome.CONFLICTING;
        if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
            String value = update.value();
            switch (update.field()) {
                case "date" -> {
                    PartialDate date = PartialDate.parse(value);
                    ((Initiative) record).changeDate(date.earliest(), date.precision());
                }
                case "dateNote" -> ((Initiative) record).dateNote = value;
                case "city" -> ((DataCentre) record).city = value;
                case "capacityNote" -> ((DataCentre) record).capacityNote = value;
                case "partnersNote" -> ((DataCentre) record).partnersNote = value;
                case "note" -> ((Organisation) record).note = value;
                case "statusNote" -> {
                    if (record instanceof Initiative initiative) {
                        initiative.statusNote = value;
                    } else {
                        ((DataCentre) record).statusNote = value;
                    }
                }
                case "announced", "expectedOpening", "opened" -> {
                    DataCentre dataCentre = (DataCentre) record;
                    DataCentreDates.Field field = DataCentreDates.Field.of(update.field());
                    dataCentre.changeDate(field, PartialDate.parse(value));
                    if (field == DataCentreDates.Field.EXPECTED_OPENING) {
                        dataCentre.dates().expectedOpeningSource = value == null ? null : source;
                    }
                }
                default -> {
                    if (record instanceof Initiative initiative) {
                        initiative.conflictNote = value;
                    } else {
                        ((DataCentre) record).conflictNote = value;
                    }
                }
            }
        }
        return new FieldDiff(update.apiField(), current, update.value(), outcome);
    }

    /** The value of a field an update may change, as text. */
    private static String current(SluggedEntity record, String field) {
        if (record instanceof Initiative initiative) {
            return switch (field) {
                case "date" ->
                    initiative.getDate() == null ? null : initiative.getDate().text();
                case "dateNote" -> initiative.dateNote;
                case "statusNote" -> initiative.statusNote;
                default -> initiative.conflictNote;
            };
        }
        if (record instanceof Organisation organisation) {
            return organisation.note;
        }
        DataCentre dataCentre = (DataCentre) record;
        DataCentreDates.Field date = DataCentreDates.Field.of(field);
        if (date != null) {
            PartialDate value = dataCentre.dates().get(date);
            return value == null ? null : value.text();
        }
        return switch (field) {
            case "city" -> dataCentre.city;
            case "capacityNote" -> dataCentre.capacityNote;
            case "partnersNote" -> dataCentre.partnersNote;
            case "statusNote" -> dataCentre.statusNote;
            default -> dataCentre.conflictNote;
        };
    }
}
