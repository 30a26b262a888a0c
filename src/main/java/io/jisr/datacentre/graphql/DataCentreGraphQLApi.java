package io.jisr.datacentre.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.common.paging.Connection;
import io.jisr.common.security.Roles;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreFilter;
import io.jisr.datacentre.service.DataCentreInput;
import io.jisr.datacentre.service.DataCentreOrder;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.graphql.DirectField;
import io.jisr.history.graphql.ChangeConnection;
import io.jisr.history.graphql.HistoryGraphQLApi;
import io.jisr.history.service.HistoryService;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.graphql.OrganisationGraphQLApi;
import io.jisr.sector.Sector;
import io.jisr.sector.graphql.SectorGraphQLApi;
import io.jisr.source.service.SourceService;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class DataCentreGraphQLApi {

    /** The description of an argument that takes the global id of a data centre. */
    public static final String ID = "Global id of the data centre.";

    @Inject
    DataCentreService service;

    @Inject
    SourceService sources;

    @Inject
    LanguageSelector languages;

    @Inject
    HistoryService history;

    @Inject
    Context context;

    @Query("dataCentres")
    @NonNull
    @Description("Data centres matching a filter, as a Relay connection. By name unless `orderBy` says otherwise.")
    public DataCentreConnection dataCentres(
            @Valid @Description(Descriptions.FILTER) DataCentreFilter filter,
            @Description(Descriptions.ORDER_BY_NAME) DataCentreOrder orderBy,
            @Description(Descriptions.FIRST) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return new DataCentreConnection(
                service.list(filter, orderBy, first, after, last, before, Connection.readsPage(context)), filter);
    }

    @Query("dataCentre")
    @Description("One data centre by global id; null when there is none.")
    public DataCentre dataCentre(@NonNull @Id @Description(ID) String id) {
        return service.byId(id).orElse(null);
    }

    @Query("dataCentreBySlug")
    @Description("One data centre by slug; null when there is none.")
    public DataCentre dataCentreBySlug(@NonNull @Description("Slug of the data centre.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @DirectField
    @NonNull
    @Description(Descriptions.NAME)
    public LocalizedString name(
            @Source DataCentre dataCentre, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(dataCentre.getNameTranslations(), lang);
    }

    @DirectField
    @Description("The organisation that operates the data centre; null when unknown.")
    public List<Organisation> operator(@Source List<DataCentre> dataCentres) {
        return service.operators(dataCentres);
    }

    @DirectField(fanOut = "data_centre_partner.data_centre_id")
    @NonNull
    @Description("Partner organisations other than the operator.")
    public List<@NonNull List<@NonNull Organisation>> partners(@Source List<DataCentre> dataCentres) {
        return service.partners(dataCentres);
    }

    @DirectField(fanOut = "data_centre_capability.data_centre_id")
    @NonNull
    @Description("What the data centre offers.")
    public List<@NonNull List<@NonNull Capability>> capabilities(@Source List<DataCentre> dataCentres) {
        return service.capabilities(dataCentres);
    }

    @DirectField(fanOut = "data_centre_sector.data_centre_id")
    @NonNull
    @Description("Sectors the data centre serves.")
    public List<@NonNull List<@NonNull Sector>> sectors(@Source List<DataCentre> dataCentres) {
        return service.sectors(dataCentres);
    }

    @DirectField
    @NonNull
    @Description("Changes to this data centre, newest first.")
    public List<@NonNull ChangeConnection> history(
            @Source List<DataCentre> dataCentres,
            @Description(Descriptions.FIRST_NESTED) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return HistoryGraphQLApi.pages(history, dataCentres, first, after, last, before);
    }

    @Mutation("createDataCentre")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Creates a data centre.")
    public DataCentre createDataCentre(@NonNull @Description("The new data centre.") DataCentreInput input) {
        return service.create(Patch.of(context, "input", input));
    }

    @Mutation("updateDataCentre")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Changes a data centre's fields. Fails with CONFLICT if it changed since `version`.")
    public DataCentre updateDataCentre(
            @NonNull @Id @Description(ID) String id,
            @NonNull @Description(Descriptions.VERSION_EDITED) Integer version,
            @NonNull @Description(Descriptions.PATCH) DataCentreInput input) {
        return service.update(id, version, Patch.of(context, "input", input));
    }

    @Mutation("deleteDataCentre")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description(
            "Deletes a data centre no initiative refers to (CONFLICT otherwise), with its capabilities and its links to partners, sectors and sources.")
    public Deleted deleteDataCentre(
            @NonNull @Id @Description(ID) String id, @NonNull @Description(Descriptions.VERSION_SEEN) Integer version) {
        return service.delete(id, version);
    }

    @Mutation("linkDataCentrePartner")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Adds a partner organisation to a data centre.")
    public DataCentre linkDataCentrePartner(
            @NonNull @Id @Description(ID) String dataCentreId,
            @NonNull @Id @Description(OrganisationGraphQLApi.ID) String organisationId) {
        return service.linkPartner(dataCentreId, organisationId, true);
    }

    @Mutation("unlinkDataCentrePartner")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Removes a partner organisation from a data centre.")
    public DataCentre unlinkDataCentrePartner(
            @NonNull @Id @Description(ID) String dataCentreId,
            @NonNull @Id @Description(OrganisationGraphQLApi.ID) String organisationId) {
        return service.linkPartner(dataCentreId, organisationId, false);
    }

    @Mutation("linkDataCentreSector")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Records that a data centre serves a sector.")
    public DataCentre linkDataCentreSector(
            @NonNull @Id @Description(ID) String dataCentreId,
            @NonNull @Id @Description(SectorGraphQLApi.ID) String sectorId) {
        return service.linkSector(dataCentreId, sectorId, true);
    }

    @Mutation("unlinkDataCentreSector")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Records that a data centre no longer serves a sector.")
    public DataCentre unlinkDataCentreSector(
            @NonNull @Id @Description(ID) String dataCentreId,
            @NonNull @Id @Description(SectorGraphQLApi.ID) String sectorId) {
        return service.linkSector(dataCentreId, sectorId, false);
    }

    @DirectField(fanOut = "data_centre_source.data_centre_id")
    @NonNull
    @Description(Descriptions.SOURCES)
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<DataCentre> dataCentres) {
        return sources.citedBy(dataCentres);
    }
}
