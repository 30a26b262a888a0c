package io.jisr.initiative.service;

import io.jisr.common.paging.ContributedFilter;
import io.jisr.common.paging.FacetQuery;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;

/** An organisation is in a sector when it is party to an initiative of that sector. */
@ApplicationScoped
public class OrganisationSectorFilter implements ContributedFilter {

    @Override
    public Class<?> entity() {
        return Organisation.class;
    }

    @Override
    public String filter() {
        return "sectors";
    }

    @Override
    public String condition() {
        return "exists (select 1 from InitiativeParty p join p.initiative.sectors s where p.organisation = e "
                + "and s.slug in :sectors)";
    }

    /** Organisations per sector of the initiatives they are party to, each counted once per sector. */
    @Override
    public FacetQuery facet() {
        return FacetQuery.of("InitiativeParty p join p.initiative.sectors x join p.organisation e", "x.slug", "sectors")
                .namedBy(Sector.class, Sector::getNameTranslations);
    }
}
