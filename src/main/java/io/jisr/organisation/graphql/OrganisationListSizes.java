package io.jisr.organisation.graphql;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jisr.common.web.ListSizes;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizes). */
@ApplicationScoped
public class OrganisationListSizes implements ListSizes.Source {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.organisations", ListSizes.Source.rows("organisation"),
                "Organisation.initiatives", ListSizes.Source.fanOut("initiative_party", "organisation_id"),
                "Organisation.operatedDataCentres", ListSizes.Source.fanOut("data_centre", "operator_id"),
                "Organisation.partnerDataCentres", ListSizes.Source.fanOut("data_centre_partner", "organisation_id"),
                "Organisation.sources", ListSizes.Source.fanOut("organisation_source", "organisation_id"));
    }
}
