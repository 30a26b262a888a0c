package io.jisr.datacentre.service;

import io.jisr.common.Geo;
import io.jisr.common.PartialDateInput;
import io.jisr.common.Relations;
import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.common.node.NodeType;
import io.jisr.common.node.service.NodeService;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Ordering;
import io.jisr.common.paging.Page;
import io.jisr.common.paging.PageRequest;
import io.jisr.common.paging.Totals;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreDates;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import io.jisr.source.Source;
import io.jisr.source.service.TextSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DataCentreService {

    private static final DataCentreOrder DEFAULT_ORDER = new DataCentreOrder(DataCentreOrder.Field.NAME, null);

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

    /**
     * The page of data centres {@code filter} selects; with {@code read} false (the client asked the connection only for
     * facets or figures) the arguments are checked all the same and nothing is read.
     */
    public Page<DataCentre> list(
            DataCentreFilter filter,
            DataCentreOrder order,
            Integer first,
            String after,
            Integer last,
            String before,
            boolean read) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order, filter);
        PageRequest request =
                PageRequest.of(first, after, last, before, ordering.key()).reading(read);
        Criteria criteria = DataCentreFilter.criteria(filter);
        return criteria.page(em, totals, DataCentre.class, ordering, request);
    }

    public Optional<DataCentre> byId(String id) {
        return nodes.find(DataCentre.class, NodeType.DATA_CENTRE, id);
    }

    public Optional<DataCentre> bySlug(String slug) {
        return SluggedEntity.isSlug(slug) ? DataCentre.findBySlug(slug) : Optional.empty();
    }

    public List<Organisation> operators(List<DataCentre> dataCentres) {
        return Relations.single(Relations.batch(
                em,
                dataCentres,
                "select e.pk, o from DataCentre e join e.operator o where e.pk in :keys",
                Organisation.class));
    }

    public List<List<Organisation>> partners(List<DataCentre> dataCentres) {
        return Relations.batch(
                em,
                dataCentres,
                "select e.pk, o from DataCentre e join e.partners o where e.pk in :keys order by o.slug",
                Organisation.class);
    }

    public List<List<Sector>> sectors(List<DataCentre> dataCentres) {
        return Relations.batch(
                em,
                dataCentres,
                "select e.pk, s from DataCentre e join e.sectors s where e.pk in :keys order by s.slug",
                Sector.class);
    }

    /** The source of each data centre's expected opening (null where none is given). */
    public List<Source> expectedOpeningSources(List<DataCentre> dataCentres) {
        return Relations.single(Relations.batch(
                em,
                dataCentres,
                "select e.pk, s from DataCentre e join e.dates.expectedOpeningSource s where e.pk in :keys",
                Source.class));
    }

    public List<List<Capability>> capabilities(List<DataCentre> dataCentres) {
        return Relations.batch(
                em,
                dataCentres,
                "select e.pk, c from DataCentre e join e.capabilities c where e.pk in :keys order by c",
                Capability.class);
    }

    @Transactional
    public DataCentre create(Patch input) {
        return editor.create(new DataCentre(), created -> apply(input, created));
    }

    @Transactional
    public DataCentre update(String id, int version, Patch input) {
        return editor.update(
                DataCentre.class, NodeType.DATA_CENTRE, id, version, dataCentre -> apply(input, dataCentre));
    }

    /** Deletes a data centre no initiative refers to; its capabilities and its own links go with it. */
    @Transactional
    public Deleted delete(String id, int version) {
        // The initiatives say whether one refers to it (InitiativeReferrers).
        return editor.delete(DataCentre.class, NodeType.DATA_CENTRE, id, version);
    }

    @Transactional
    public DataCentre linkPartner(String dataCentreId, String organisationId, boolean link) {
        DataCentre dataCentre = editor.target(DataCentre.class, NodeType.DATA_CENTRE, dataCentreId);
        Organisation partner =
                editor.reference(Organisation.class, NodeType.ORGANISATION, organisationId, "organisationId");
        return editor.toggle(dataCentre, dataCentre.partners, partner, link, "partners");
    }

    @Transactional
    public DataCentre linkSector(String dataCentreId, String sectorId, boolean link) {
        DataCentre dataCentre = editor.target(DataCentre.class, NodeType.DATA_CENTRE, dataCentreId);
        Sector sector = editor.reference(Sector.class, NodeType.SECTOR, sectorId, "sectorId");
        return editor.toggle(dataCentre, dataCentre.sectors, sector, link, "sectors");
    }

    private void apply(Patch input, DataCentre dataCentre) {
        Map<Language, String> before = texts.before(dataCentre);
        input.applyTo(dataCentre);
        texts.apply(input, dataCentre, before);
        DataCentreInput values = (DataCentreInput) input.input();
        if (input.has("operatorId")) {
            dataCentre.operator = values.operatorId == null
                    ? null
                    : editor.reference(Organisation.class, NodeType.ORGANISATION, values.operatorId, "operatorId");
        }
        for (DataCentreDates.Field field : DataCentreDates.Field.values()) {
            if (input.has(field.inputField)) {
                PartialDateInput date = (PartialDateInput) input.value(field.inputField);
                dataCentre.changeDate(field, date == null ? null : date.toDate(field.inputField));
            }
        }
        if (input.has("expectedOpeningSource")) {
            dataCentre.dates().expectedOpeningSource = values.expectedOpeningSource == null
                    ? null
                    : editor.reference(
                            Source.class, NodeType.SOURCE, values.expectedOpeningSource, "expectedOpeningSource");
        }
        if (input.has("capabilities")) {
            dataCentre.capabilities.clear();
            if (values.capabilities != null) {
                dataCentre.capabilities.addAll(values.capabilities);
            }
        }
    }

    /** Reverse side: the data centres serving each sector. */
    public List<List<DataCentre>> ofSectors(List<Sector> sectors) {
        return Relations.batch(
                em,
                sectors,
                "select s.pk, e from DataCentre e join e.sectors s where s.pk in :keys order by e.slug",
                DataCentre.class);
    }

    /** Reverse side: the data centres each organisation operates. */
    public List<List<DataCentre>> operatedBy(List<Organisation> organisations) {
        return Relations.batch(
                em,
                organisations,
                "select e.operator.pk, e from DataCentre e where e.operator.pk in :keys order by e.slug",
                DataCentre.class);
    }

    /** Reverse side: the data centres each organisation is a partner in. */
    public List<List<DataCentre>> partneredBy(List<Organisation> organisations) {
        return Relations.batch(
                em,
                organisations,
                "select o.pk, e from DataCentre e join e.partners o where o.pk in :keys order by e.slug",
                DataCentre.class);
    }

    private static Ordering ordering(DataCentreOrder order, DataCentreFilter filter) {
        if (order.field == DataCentreOrder.Field.DISTANCE && (filter == null || filter.near == null)) {
            throw ValidationException.of("orderBy.field", "DISTANCE needs a point to measure from: set `filter.near`");
        }
        String expression = switch (order.field) {
            case DISTANCE -> Geo.distanceKmExpression("near");
            case NAME -> "lower(e.nameEn)";
            case YEAR -> "e.year";
            case ANNOUNCED -> "e.dates.announcedOn";
            case CAPACITY -> "e.capacityMw";
            case TARGET_CAPACITY -> "e.targetCapacityMw";
            case CREATED_AT -> "e.createdAt";
            case UPDATED_AT -> "e.updatedAt";
        };
        return Ordering.of(order.field, expression, order.direction);
    }
}
