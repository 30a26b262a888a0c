package io.jisr.initiative.service;

import io.jisr.common.Confidence;
import io.jisr.common.Descriptions;
import io.jisr.common.PartialDateInput;
import io.jisr.initiative.InitiativeKind;
import io.jisr.initiative.InitiativeStatus;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InitiativeInput")
@Description("Fields of an initiative. On create, `slug`, `titleEn`, `kind`, `status` and `confidence` are required. "
        + "On update, a field left out stays as it is and a field sent as null is cleared (where it may be empty).")
public class InitiativeInput {

    @Input("MonetaryValueInput")
    @Description("An amount of money.")
    public static class MonetaryValueInput {
        @NonNull
        @Description("The amount, at least 0.")
        public BigDecimal amount;

        @NonNull
        @Description("ISO 4217 currency code, for example `EUR`.")
        public String currency;
    }

    @Description("Stable key: lowercase words joined by hyphens, unique among initiatives.")
    public String slug;

    @Description("Title in English (required).")
    public String titleEn;

    @Description("Title in French.")
    public String titleFr;

    @Description("Title in Arabic.")
    public String titleAr;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String titleEnSource;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String titleFrSource;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String titleArSource;

    @Description("Summary in English.")
    public String summaryEn;

    @Description("Summary in French.")
    public String summaryFr;

    @Description("Summary in Arabic.")
    public String summaryAr;

    @Description("What form the initiative takes (required).")
    public InitiativeKind kind;

    @Description("The kind as the sources worded it.")
    public String kindNote;

    @Description("Where the initiative stands (required).")
    public InitiativeStatus status;

    @Description(Descriptions.STATUS_AS_WORDED)
    public String statusNote;

    @Description("When it was signed, announced or held; null clears it.")
    public PartialDateInput date;

    @Description("How the date was established.")
    public String dateNote;

    @Description("Monetary value; null clears it.")
    public MonetaryValueInput value;

    @Description(Descriptions.CONFIDENCE_INPUT)
    public Confidence confidence;

    @Description(Descriptions.CONFLICT_NOTES_INPUT)
    public String conflictNote;

    @Description(Descriptions.NOTES)
    public String note;
}
