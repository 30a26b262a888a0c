package io.jisr.datacentre.graphql;

import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.graphql.DirectField;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The data-centre fields of the records a data centre links to. They are declared here, where the joins live, so that
 * sectors and organisations never depend on data centres. Each field loads the data centres of a whole batch of
 * records in one statement.
 */
@GraphQLApi
public class DataCentreLinksGraphQLApi {

    @Inject
    DataCentreService dataCentres;

    @DirectField(fanOut = "data_centre_sector.sector_id")
    @NonNull
    @Description("Data centres serving this sector.")
    public List<@NonNull List<@NonNull DataCentre>> dataCentres(@Source List<Sector> sectors) {
        return dataCentres.ofSectors(sectors);
    }

    @DirectField(fanOut = "data_centre.operator_id")
    @NonNull
    @Description("Data centres the organisation operates.")
    public List<@NonNull List<@NonNull DataCentre>> operatedDataCentres(@Source List<Organisation> organisations) {
        return dataCentres.operatedBy(organisations);
    }

    @DirectField(fanOut = "data_centre_partner.organisation_id")
    @NonNull
    @Description("Data centres the organisation is a partner in, other than as operator.")
    public List<@NonNull List<@NonNull DataCentre>> partnerDataCentres(@Source List<Organisation> organisations) {
        return dataCentres.partneredBy(organisations);
    }
}
