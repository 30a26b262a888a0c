package io.jisr.datacentre.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.editing.Referrers;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The data centres that refer to an organisation (operator or partner) or a sector. */
@ApplicationScoped
public class DataCentreReferrers implements Referrers {

    @Inject
    EntityManager em;

    @Override
    public List<String> of(CatalogueEntity record) {
        String query = record instanceof Organisation
                ? "select 'data centre ' || d.slug from DataCentre d where d.operator = :r "
                        + "union select 'data centre ' || d.slug from DataCentre d join d.partners o where o = :r"
                : record instanceof Sector
                        ? "select 'data centre ' || d.slug from DataCentre d join d.sectors s where s = :r"
                        : null;
        return query == null
                ? List.of()
                : em.createQuery(query, String.class).setParameter("r", record).getResultList();
    }
}
