package io.jisr.initiative.service;

import io.jisr.common.PartialDateInput;
import io.jisr.common.Relations;
import io.jisr.common.SluggedEntity;
import io.jisr.common.editing.ChangeOperation;
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
import io.jisr.datacentre.DataCentre;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.InitiativeParty;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import io.jisr.source.service.TextSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InitiativeService {

    private static final InitiativeOrder DEFAULT_ORDER =
            new InitiativeOrder(InitiativeOrder.Field.DATE, io.jisr.common.OrderDirection.DESC);

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
     * The page of initiatives {@code filter} selects; with {@code read} false (the client asked the connection only for
     * facets or figures) the arguments are checked all the same and nothing is read.
     */
    public Page<Initiative> list(
            InitiativeFilter filter,
            InitiativeOrder order,
            Integer first,
            String after,
            Integer last,
            String before,
            boolean read) {
        Ordering ordering = ordering(order == null ? DEFAULT_ORDER : order);
        PageRequest request =
                PageRequest.of(first, after, last, before, ordering.key()).reading(read);
        Criteria criteria = InitiativeFilter.criteria(filter);
        return criteria.page(em, totals, Initiative.class, ordering, request);
    }

    public Optional<Initiative> byId(String id) {
        return nodes.find(Initiative.class, NodeType.INITIATIVE, id);
    }

    public Optional<Initiative> bySlug(String slug) {
        return SluggedEntity.isSlug(slug) ? Initiative.findBySlug(slug) : Optional.empty();
    }

    public List<List<Sector>> sectors(List<Initiative> initiatives) {
        return Relations.batch(
                em,
                initiatives,
                "select e.pk, s from Initiative e join e.sectors s where e.pk in :keys order by s.slug",
                Sector.class);
    }

    public List<List<InitiativeParty>> parties(List<Initiative> initiatives) {
        return Relations.batch(
                em,
                initiatives,
                "select p.initiative.pk, p from InitiativeParty p "
                        + "join fetch p.organisation o where p.initiative.pk in :keys order by p.pk",
                InitiativeParty.class);
    }

    public List<List<DataCentre>> dataCentres(List<Initiative> initiatives) {
        return Relations.batch(
                em,
                initiatives,
                "select e.pk, d from Initiative e join e.dataCentres d where e.pk in :keys order by d.slug",
                DataCentre.class);
    }

    @Transactional
    public Initiative create(Patch input) {
        return editor.create(new Initiative(), initiative -> apply(input, initiative));
    }

    @Transactional
    public Initiative update(String id, int version, Patch input) {
        return editor.update(
                Initiative.class, NodeType.INITIATIVE, id, version, initiative -> apply(input, initiative));
    }

    /** Deletes an initiative with its parties and its links; the linked records themselves stay. */
    @Transactional
    public Deleted delete(String id, int version) {
        return editor.delete(Initiative.class, NodeType.INITIATIVE, id, version, initiative -> {
            // Nothing refers to an initiative; its party rows are its own and go with it.
            em.createQuery("delete from InitiativeParty p where p.initiative = :i")
                    .setParameter("i", initiative)
                    .executeUpdate();
            return List.of();
        });
    }

    @Transactional
    public Initiative linkSector(String initiativeId, String sectorId, boolean link) {
        Initiative initiative = editor.target(Initiative.class, NodeType.INITIATIVE, initiativeId);
        Sector sector = editor.reference(Sector.class, NodeType.SECTOR, sectorId, "sectorId");
        return editor.toggle(initiative, initiative.sectors, sector, link, "sectors");
    }

    @Transactional
    public Initiative linkDataCentre(String initiativeId, String dataCentreId, boolean link) {
        Initiative initiative = editor.target(Initiative.class, NodeType.INITIATIVE, initiativeId);
        DataCentre dataCentre = editor.reference(DataCentre.class, NodeType.DATA_CENTRE, dataCentreId, "dataCentreId");
        return editor.toggle(initiative, initiative.dataCentres, dataCentre, link, "dataCentres");
    }

    /** Adds an organisation as a party, or updates the country it acts for and its role if it already is one. */
    @Transactional
    public Initiative linkOrganisation(String initiativeId, String organisationId, String actingFor, String role) {
        Initiative initiative = editor.target(Initiative.class, NodeType.INITIATIVE, initiativeId);
        Organisation organisation =
                editor.reference(Organisation.class, NodeType.ORGANISATION, organisationId, "organisationId");
        InitiativeParty party = party(initiative, organisation);
        if (party == null) {
            party = new InitiativeParty();
            party.initiative = initiative;
            party.organisation = organisation;
        }
        party.actingFor = actingFor;
        party.role = role;
        editor.validateRow(party);
        em.persist(party);
        return editor.relinked(
                initiative,
                ChangeOperation.LINK,
                "partners",
                organisation.getId()
                        + (actingFor == null ? "" : " for " + actingFor)
                        + (role == null ? "" : " as " + role));
    }

    @Transactional
    public Initiative unlinkOrganisation(String initiativeId, String organisationId) {
        Initiative initiative = editor.target(Initiative.class, NodeType.INITIATIVE, initiativeId);
        Organisation organisation =
                editor.reference(Organisation.class, NodeType.ORGANISATION, organisationId, "organisationId");
        InitiativeParty party = party(initiative, organisation);
        if (party == null) {
            return initiative;
        }
        em.remove(party);
        return editor.relinked(initiative, ChangeOperation.UNLINK, "partners", organisation.getId());
    }

    private InitiativeParty party(Initiative initiative, Organisation organisation) {
        return em.createQuery(
                        "from InitiativeParty p where p.initiative = :i and p.organisation = :o", InitiativeParty.class)
                .setParameter("i", initiative)
                .setParameter("o", organisation)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void apply(Patch input, Initiative initiative) {
        Map<Language, String> before = texts.before(initiative);
        input.applyTo(initiative);
        texts.apply(input, initiative, before);
        InitiativeInput values = (InitiativeInput) input.input();
        if (input.has("date")) {
            PartialDateInput date = values.date;
            initiative.changeDate(
                    date == null ? null : date.toDate("date").earliest(), date == null ? null : date.precision);
        }
        if (input.has("value")) {
            initiative.valueAmount = values.value == null ? null : values.value.amount;
            initiative.valueCurrency = values.value == null ? null : values.value.currency;
        }
    }

    /** Reverse side: the initiatives each sector appears in. */
    public List<List<Initiative>> ofSectors(List<Sector> sectors) {
        return Relations.batch(
                em,
                sectors,
                "select s.pk, e from Initiative e join e.sectors s where s.pk in :keys "
                        + "order by e.dateStart desc nulls last, e.pk desc",
                Initiative.class);
    }

    /** Reverse side: the initiatives each organisation is a party to. */
    public List<List<Initiative>> ofOrganisations(List<Organisation> organisations) {
        return Relations.batch(
                em,
                organisations,
                "select p.organisation.pk, e from InitiativeParty p join p.initiative e "
                        + "where p.organisation.pk in :keys order by e.dateStart desc nulls last, e.pk desc",
                Initiative.class);
    }

    /** Reverse side: the initiatives each data centre is linked to. */
    public List<List<Initiative>> ofDataCentres(List<DataCentre> dataCentres) {
        return Relations.batch(
                em,
                dataCentres,
                "select d.pk, e from Initiative e join e.dataCentres d "
                        + "where d.pk in :keys order by e.dateStart desc nulls last, e.pk desc",
                Initiative.class);
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
