package io.jisr.sector.service;

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
import io.jisr.sector.Sector;
import io.jisr.source.Source;

@ApplicationScoped
public class SectorService {

    private static final SectorOrder DEFAULT_ORDER = new SectorOrder(SectorOrder.Field.NAME, null);

    @Inject
    EntityManager em;

    public Page<Sector> list(SectorFilter filter, SectorOrder order, Integer first, String after, Integer last,
            String before) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order);
        PageRequest request = PageRequest.of(first, after, last, before, ordering.key());
        Criteria criteria = new Criteria()
                .withText("(lower(e.nameEn) like :q escape '!' or lower(e.nameFr) like :q escape '!' "
                        + "or lower(e.nameAr) like :q escape '!' or e.slug like :q escape '!')", "q",
                        filter == null ? null : filter.search);
        return criteria.page(em, Sector.class, ordering.jpql(), request);
    }

    public Optional<Sector> byId(String id) {
        Long key = GlobalId.keyOf(id, NodeType.Sector);
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Sector.class, key));
    }

    public Optional<Sector> bySlug(String slug) {
        return Sector.findBySlug(slug);
    }

    public List<List<Source>> sources(List<Sector> sectors) {
        return Relations.batch(em, sectors,
                "select e.pk, s from Sector e join e.sources s where e.pk in :keys order by s.pk", Source.class);
    }

    private static Ordering ordering(SectorOrder order) {
        String expression = switch (order.field) {
            case NAME -> "lower(e.nameEn)";
            case SLUG -> "e.slug";
            case CREATED_AT -> "e.createdAt";
            case UPDATED_AT -> "e.updatedAt";
        };
        return Ordering.of(order.field, expression, order.direction);
    }
}
