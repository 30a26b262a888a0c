package io.jisr.research.service;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What an import of research did, or would do in a dry run. */
@Type("ResearchImport")
@Description(
        "What importing a research file changed, or would change in a dry run, record by record and field by field.")
public record ResearchReport(
        @NonNull @Description("The research file's name, as recorded in the change history's actor.")
        String name,

        @NonNull @Description("True when nothing was written.")
        boolean dryRun,

        @NonNull @Description("New records the catalogue did not have (by slug).")
        int recordsCreated,

        @NonNull @Description("Translations and updated fields the catalogue did not have.")
        int created,

        @NonNull @Description("Translations and updated fields whose value or provenance changes.")
        int updated,

        @NonNull @Description("Translations and updated fields the catalogue already holds as the file gives them.")
        int unchanged,

        @NonNull
        @Description("Translations and updated fields that differ from what the catalogue holds (a sourced "
                + "text, or a value an editor changed since the research saw it); kept as they are, for an editor to "
                + "decide.")
        int conflicting,

        @NonNull @Description("Every record the file names or adds, by kind and slug.")
        List<@NonNull RecordDiff> records) {

    @Enum("ResearchOutcome")
    @Description("What an import does with a record or field.")
    public enum Outcome {
        @Description("Added: the catalogue had no such record or value.")
        CREATED,
        @Description("Changed.")
        UPDATED,
        @Description("Already as the file says.")
        UNCHANGED,
        @Description("Differs from a sourced value in the catalogue; left as it is.")
        CONFLICTING
    }

    @Type("ResearchRecordDiff")
    @Description("One record an import touches.")
    public record RecordDiff(
            @NonNull @Description("The kind of record: initiative, dataCentre, organisation or sector.")
            String kind,

            @NonNull @Description("The record's slug.") String slug,

            @Id @Description("The record's global id; null in a dry run for a record it would create.")
            String id,

            @NonNull
            @Description("CREATED for a new record; else CONFLICTING if any field conflicts, UPDATED if any "
                    + "changes, UNCHANGED otherwise.")
            Outcome outcome,

            @NonNull @Description("The fields the file gives, with their values before and after.")
            List<@NonNull FieldDiff> fields) {}

    @Type("ResearchFieldDiff")
    @Description("One field of a record an import touches.")
    public record FieldDiff(
            @NonNull @Description("The field, as named in the API input (for example `nameFr`, `nameFrSource`).")
            String field,

            @Description("The value before.") String oldValue,

            @Description("The value the file gives (for a source not yet in the catalogue, its URL).")
            String newValue,

            @NonNull @Description("What the import does with it.")
            Outcome outcome) {}
}
