package io.jisr.datacentre.graphql;

import io.jisr.common.security.Roles;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreRelationKind;
import io.jisr.datacentre.RelatedDataCentre;
import io.jisr.datacentre.service.DataCentreRelations;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.graphql.DirectField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Doubts between data-centre records as data: possible duplicates and overlaps, shown on both records, never merged.
 * The expected opening's source is here too: both load for a whole batch of data centres in one statement.
 */
@GraphQLApi
public class DataCentreRelationsGraphQLApi {

    @Inject
    DataCentreService service;

    @Inject
    DataCentreRelations relations;

    @DirectField
    @NonNull
    @Description("Other records that may be the same project or share part of this one; capacities of related records "
            + "must not be added up.")
    public List<@NonNull List<@NonNull RelatedDataCentre>> related(@Source List<DataCentre> dataCentres) {
        return relations.related(dataCentres);
    }

    @DirectField
    @Description("The source that gives `expectedOpening`; null when none is recorded.")
    public List<io.jisr.source.Source> expectedOpeningSource(@Source List<DataCentre> dataCentres) {
        return service.expectedOpeningSources(dataCentres);
    }

    @Mutation("relateDataCentres")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Records that two data centres may be the same project or overlap, with the evidence; both keep "
            + "their own data. Sent again, it changes the kind or the evidence. Returns the first data centre.")
    public DataCentre relateDataCentres(
            @NonNull @Id @Description(DataCentreGraphQLApi.ID) String dataCentreId,
            @NonNull @Id @Description("Global id of the other data centre.") String relatedId,
            @NonNull @Description("How the two records relate.") DataCentreRelationKind kind,
            @Description("What the sources say, with quotes.") String evidence) {
        return relations.relate(dataCentreId, relatedId, kind, evidence);
    }

    @Mutation("unrelateDataCentres")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Removes the relation between two data centres, whichever was given first. Returns the first one.")
    public DataCentre unrelateDataCentres(
            @NonNull @Id @Description(DataCentreGraphQLApi.ID) String dataCentreId,
            @NonNull @Id @Description("Global id of the other data centre.") String relatedId) {
        return relations.unrelate(dataCentreId, relatedId);
    }
}
