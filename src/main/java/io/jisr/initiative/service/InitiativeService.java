package io.jisr.initiative.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jisr.common.Relations;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Ordering;
import io.jisr.common.paging.Page;
import io.jisr.common.paging.PageRequest;
import io.jisr.datacentre.DataCentre;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.InitiativeParty;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import io.jisr.source.Source;

@ApplicationScoped
public class InitiativeService {

    private static final InitiativeOrder DEFAULT_ORDER =
            new InitiativeOrder(InitiativeOrder.Field.DATE, io.jisr.common.OrderDirection.DESC);

    @Inject
    EntityManager em;

    public Page<Initiative> list(InitiativeFilter filter, InitiativeOrder order, Integer first, String after,
            Integer last, String before) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order);
        PageRequest request = PageRequest.of(first, after, last, before, ordering.key());
        InitiativeFilter f = filter == null ? new InitiativeFilter() : filter;
        Criteria criteria = new Criteria()
                .withAny("exists (select 1 from e.sectors s where s.slug in :sectors)", "sectors", f.sectors)
                .withAny("exists (select 1 from InitiativeParty p where p.initiative = e and p.organisation.slug in :orgs)",
                        "orgs", f.organisations)
                .withAny("exists (select 1 from InitiativeParty p where p.initiative = e and p.actingFor in :countries)",
                        "countries", f.countries)
                .withAny("e.status in :statuses", "statuses", f.statuses)
                .withAny("e.kind in :kinds", "kinds", f.kinds)
                .withAny("exists (select 1 from e.dataCentres d where d.slug in :dcs)", "dcs", f.dataCentres)
                .with("e.dateEnd >= :dateFrom", "dateFrom", f.dateFrom)
                .with("e.dateStart <= :dateTo", "dateTo", f.dateTo)
                .withText("(lower(e.titleEn) like :q escape '!' or lower(e.titleFr) like :q escape '!' "
                        + "or lower(e.titleAr) like :q escape '!' or e.slug like :q escape '!')", "q", f.search);
        return criteria.page(em, Initiative.class, ordering.jpql(), request);
    }

    public Optional<Initiative> byId(String id) {
        Long key = GlobalId.keyOf(id, NodeType.Initiative);
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Initiative.class, key));
    }

    public Optional<Initiative> bySlug(String slug) {
        return Initiative.findBySlug(slug);
    }

    public List<List<Sector>> sectors(List<Initiative> initiatives) {
        return Relations.batch(em, initiatives,
                "select e.pk, s from Initiative e join e.sectors s where e.pk in :keys order by s.slug", Sector.class);
    }

    public List<List<InitiativeParty>> parties(List<Initiative> initiatives) {
        return Relations.batch(em, initiatives, "select p.initiative.pk, p from InitiativeParty p "
                + "join fetch p.organisation o where p.initiative.pk in :keys order by p.pk", InitiativeParty.class);
    }

    public List<List<DataCentre>> dataCentres(List<Initiative> initiatives) {
        return Relations.batch(em, initiatives,
                "select e.pk, d from Initiative e join e.dataCentres d where e.pk in :keys order by d.slug",
                DataCentre.class);
    }

    public List<List<Source>> sources(List<Initiative> initiatives) {
        return Relations.batch(em, initiatives,
                "select e.pk, s from Initiative e join e.sources s where e.pk in :keys order by s.pk", Source.class);
    }

    /** Reverse side: the initiatives each sector appears in. */
    public List<List<Initiative>> ofSectors(List<Sector> sectors) {
        return Relations.batch(em, sectors, "select s.pk, e from Initiative e join e.sectors s where s.pk in :keys "
                + "order by e.dateStart desc nulls last, e.pk desc", Initiative.class);
    }

    /** Reverse side: the initiatives each organisation is a party to. */
    public List<List<Initiative>> ofOrganisations(List<Organisation> organisations) {
        return Relations.batch(em, organisations, "select p.organisation.pk, e from InitiativeParty p join p.initiative e "
                + "where p.organisation.pk in :keys order by e.dateStart desc nulls last, e.pk desc", Initiative.class);
    }

    /** Reverse side: the initiatives each data centre is linked to. */
    public List<List<Initiative>> ofDataCentres(List<DataCentre> dataCentres) {
        return Relations.batch(em, dataCentres, "select d.pk, e from Initiative e join e.dataCentres d "
                + "where d.pk in :keys order by e.dateStart desc nulls last, e.pk desc", Initiative.class);
    }

    private static Ordering ordering(InitiativeOrder order) {
        String expression = switch (order.field) {
            case DATE -> "e.dateStart";
            case TITLE -> "lower(e.titleEn)";
            case CREATED_AT -> "e.createdAt";
            case UPDATED_AT -> "e.updatedAt";
        };
        return Ordering.of(order.field, expression, order.direction);
    }
}
