package io.jisr.initiative.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.editing.Referrers;
import io.jisr.datacentre.DataCentre;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The initiatives that refer to a data centre, an organisation (as a party) or a sector. */
@ApplicationScoped
public class InitiativeReferrers implements Referrers {

    @Inject
    EntityManager em;

    @Override
    public List<String> of(CatalogueEntity record) {
        String query = record instanceof DataCentre
                ? "select 'initiative ' || i.slug from Initiative i join i.dataCentres d where d = :r"
                : record instanceof Organisation
                        ? "select 'initiative ' || p.initiative.slug from InitiativeParty p where p.organisation = :r"
                        : record instanceof Sector
                                ? "select 'initiative ' || i.slug from Initiative i join i.sectors s where s = :r"
                                : null;
        return query == null
                ? List.of()
                : em.createQuery(query, String.class).setParameter("r", record).getResultList();
    }
}
