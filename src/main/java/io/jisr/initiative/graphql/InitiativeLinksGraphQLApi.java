package io.jisr.initiative.graphql;

import io.jisr.datacentre.DataCentre;
import io.jisr.graphql.DirectField;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The initiatives field of the records an initiative links to. It is declared here, where the join lives, so that
 * sectors, organisations and data centres never depend on initiatives. Each field loads the initiatives of a whole
 * batch of records in one statement: a page of 20 sectors asks once, not 20 times.
 */
@GraphQLApi
public class InitiativeLinksGraphQLApi {

    @Inject
    InitiativeService initiatives;

    @DirectField(fanOut = "initiative_sector.sector_id")
    @NonNull
    @Description("Initiatives in this sector, newest first.")
    @Name("initiatives")
    public List<@NonNull List<@NonNull Initiative>> ofSectors(@Source List<Sector> sectors) {
        return initiatives.ofSectors(sectors);
    }

    @DirectField(fanOut = "initiative_party.organisation_id")
    @NonNull
    @Description("Initiatives the organisation is a party to, newest first.")
    @Name("initiatives")
    public List<@NonNull List<@NonNull Initiative>> ofOrganisations(@Source List<Organisation> organisations) {
        return initiatives.ofOrganisations(organisations);
    }

    @DirectField(fanOut = "initiative_data_centre.data_centre_id")
    @NonNull
    @Description("Initiatives concerning this data centre.")
    @Name("initiatives")
    public List<@NonNull List<@NonNull Initiative>> ofDataCentres(@Source List<DataCentre> dataCentres) {
        return initiatives.ofDataCentres(dataCentres);
    }
}
