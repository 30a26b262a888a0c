package io.jisr.organisation.service;

import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.i18n.Language;
import io.jisr.common.node.NodeType;
import io.jisr.common.node.service.NodeService;
import io.jisr.common.paging.ContributedFilter;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Ordering;
import io.jisr.common.paging.Page;
import io.jisr.common.paging.PageRequest;
import io.jisr.common.paging.Totals;
import io.jisr.organisation.Organisation;
import io.jisr.source.service.TextSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrganisationService {

    private static final OrganisationOrder DEFAULT_ORDER = new OrganisationOrder(OrganisationOrder.Field.NAME, null);

    @Inject
    EntityManager em;

    /** What "in these sectors" means for an organisation, from the features above it. */
    @Inject
    @Any
    Instance<ContributedFilter> filters;

    /** The contributed condition, gathered once: the beans do not change while the service runs. */
    private volatile String sectorCondition;

    @Inject
    Totals totals;

    @Inject
    RecordEditor editor;

    @Inject
    TextSources texts;

    @Inject
    NodeService nodes;

    /**
     * The page of organisations {@code filter} selects; with {@code read} false (the client asked the connection only for
     * facets or figures) the arguments are checked all the same and nothing is read.
     */
    public Page<Organisation> list(
            OrganisationFilter filter,
            OrganisationOrder order,
            Integer first,
            String after,
            Integer last,
            String before,
            boolean read) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order);
        PageRequest request =
                PageRequest.of(first, after, last, before, ordering.key()).reading(read);
        Criteria criteria = OrganisationFilter.criteria(filter, sectorCondition());
        return criteria.page(em, totals, Organisation.class, ordering, request);
    }

    public Optional<Organisation> byId(String id) {
        return nodes.find(Organisation.class, NodeType.ORGANISATION, id);
    }

    public Optional<Organisation> bySlug(String slug) {
        return SluggedEntity.isSlug(slug) ? Organisation.findBySlug(slug) : Optional.empty();
    }

    @Transactional
    public Organisation create(Patch input) {
        return editor.create(new Organisation(), organisation -> apply(input, organisation));
    }

    @Transactional
    public Organisation update(String id, int version, Patch input) {
        return editor.update(
                Organisation.class, NodeType.ORGANISATION, id, version, organisation -> apply(input, organisation));
    }

    /** Deletes an organisation that is no initiative's party and no data centre's operator or partner. */
    @Transactional
    public Deleted delete(String id, int version) {
        // The features above say what refers to it (their Referrers).
        return editor.delete(Organisation.class, NodeType.ORGANISATION, id, version);
    }

    private static Ordering ordering(OrganisationOrder order) {
        String expression = switch (order.field) {
            case NAME -> "lower(e.nameEn)";
            case COUNTRY -> "e.country";
            case CREATED_AT -> "e.createdAt";
            case UPDATED_AT -> "e.updatedAt";
        };
        return Ordering.of(order.field, expression, order.direction);
    }

    private void apply(Patch input, Organisation organisation) {
        Map<Language, String> before = texts.before(organisation);
        input.applyTo(organisation);
        texts.apply(input, organisation, before);
    }

    String sectorCondition() {
        if (sectorCondition == null) {
            sectorCondition = ContributedFilter.of(filters, Organisation.class, "sectors");
        }
        return sectorCondition;
    }
}
