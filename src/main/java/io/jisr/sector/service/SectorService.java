package io.jisr.sector.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.i18n.Language;
import io.jisr.common.node.NodeType;
import io.jisr.common.node.service.NodeService;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Ordering;
import io.jisr.common.paging.Page;
import io.jisr.common.paging.PageRequest;
import io.jisr.common.paging.Totals;
import io.jisr.sector.Sector;
import io.jisr.source.service.TextSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SectorService {

    private static final SectorOrder DEFAULT_ORDER = new SectorOrder(SectorOrder.Field.NAME, null);

    @Inject
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    RecordEditor editor;

    @Inject
    TextSources texts;

    @Inject
    NodeService nodes;

    public Page<Sector> list(
            SectorFilter filter, SectorOrder order, Integer first, String after, Integer last, String before) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order);
        PageRequest request = PageRequest.of(first, after, last, before, ordering.key());
        Criteria criteria = new Criteria().withSearch(filter == null ? null : filter.search);
        return criteria.page(em, totals, Sector.class, ordering, request);
    }

    public Optional<Sector> byId(String id) {
        return nodes.find(Sector.class, NodeType.SECTOR, id);
    }

    public Optional<Sector> bySlug(String slug) {
        return SluggedEntity.isSlug(slug) ? Sector.findBySlug(slug) : Optional.empty();
    }

    @Transactional
    public Sector create(Patch input) {
        return editor.create(new Sector(), sector -> apply(input, sector));
    }

    @Transactional
    public Sector update(String id, int version, Patch input) {
        return editor.update(Sector.class, NodeType.SECTOR, id, version, sector -> apply(input, sector));
    }

    /** Deletes a sector no initiative or data centre is filed under; its source links go with it. */
    @Transactional
    public Deleted delete(String id, int version) {
        // The features above say what refers to it (their Referrers).
        return editor.delete(Sector.class, NodeType.SECTOR, id, version);
    }

    private void apply(Patch input, Sector sector) {
        Map<Language, String> before = texts.before(sector);
        input.applyTo(sector);
        texts.apply(input, sector, before);
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
