package io.jisr.organisation.graphql;

import io.jisr.graphql.ListSizeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizeQueries). */
@ApplicationScoped
public class OrganisationListSizes implements ListSizeQueries {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.organisations", ListSizeQueries.rows("organisation"),
                "Organisation.initiatives", ListSizeQueries.fanOut("initiative_party", "organisation_id"),
                "Organisation.operatedDataCentres", ListSizeQueries.fanOut("data_centre", "operator_id"),
                "Organisation.partnerDataCentres", ListSizeQueries.fanOut("data_centre_partner", "organisation_id"),
                "Organisation.sources", ListSizeQueries.fanOut("organisation_source", "organisation_id"));
    }
}
