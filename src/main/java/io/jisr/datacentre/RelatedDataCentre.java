package io.jisr.datacentre;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelatedDataCentre")
@Description("Another data-centre record that may be the same project or shares part of this one, with the evidence.")
public record RelatedDataCentre(
        @NonNull @Description("How the two records relate.") DataCentreRelationKind kind,
        @NonNull @Description("The other record.") DataCentre dataCentre,

        @Description("Why the records are related: what the sources say, with quotes.")
        String evidence) {}
