package io.jisr.initiative.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.common.paging.Connection;
import io.jisr.common.security.Roles;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.graphql.DataCentreGraphQLApi;
import io.jisr.graphql.DirectField;
import io.jisr.history.graphql.ChangeConnection;
import io.jisr.history.graphql.HistoryGraphQLApi;
import io.jisr.history.service.HistoryService;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.InitiativeParty;
import io.jisr.initiative.service.InitiativeFilter;
import io.jisr.initiative.service.InitiativeInput;
import io.jisr.initiative.service.InitiativeOrder;
import io.jisr.initiative.service.InitiativeService;
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
public class InitiativeGraphQLApi {

    /** The description of an argument that takes the global id of a initiative. */
    public static final String ID = "Global id of the initiative.";

    @Inject
    InitiativeService service;

    @Inject
    SourceService sources;

    @Inject
    LanguageSelector languages;

    @Inject
    HistoryService history;

    @Inject
    Context context;

    @Query("initiatives")
    @NonNull
    @Description("Initiatives matching a filter, as a Relay connection. Newest first unless `orderBy` says otherwise.")
    public InitiativeConnection initiatives(
            @Valid @Description(Descriptions.FILTER) InitiativeFilter filter,
            @Description("Sort order; default: date, newest first.") InitiativeOrder orderBy,
            @Description(Descriptions.FIRST) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return new InitiativeConnection(
                service.list(filter, orderBy, first, after, last, before, Connection.readsPage(context)), filter);
    }

    @Query("initiative")
    @Description("One initiative by global id; null when there is none.")
    public Initiative initiative(@NonNull @Id @Description(ID) String id) {
        return service.byId(id).orElse(null);
    }

    @Query("initiativeBySlug")
    @Description("One initiative by slug; null when there is none.")
    public Initiative initiativeBySlug(@NonNull @Description("Slug of the initiative.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @DirectField
    @NonNull
    @Description("Title in the requested language, with fallback.")
    public LocalizedString title(
            @Source Initiative initiative, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(initiative.getTitleTranslations(), lang);
    }

    @DirectField
    @Description("Summary in the requested language, with fallback; null when there is no summary.")
    public LocalizedString summary(
            @Source Initiative initiative, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(initiative.getSummaryTranslations(), lang);
    }

    @DirectField(fanOut = "initiative_sector.initiative_id")
    @NonNull
    @Description("Sectors the initiative belongs to.")
    public List<@NonNull List<@NonNull Sector>> sectors(@Source List<Initiative> initiatives) {
        return service.sectors(initiatives);
    }

    @DirectField(fanOut = "initiative_party.initiative_id")
    @NonNull
    @Description("Organisations taking part, with the country each acts for.")
    public List<@NonNull List<@NonNull InitiativeParty>> partners(@Source List<Initiative> initiatives) {
        return service.parties(initiatives);
    }

    @DirectField(fanOut = "initiative_data_centre.initiative_id")
    @NonNull
    @Description("Data centres the initiative concerns.")
    public List<@NonNull List<@NonNull DataCentre>> dataCentres(@Source List<Initiative> initiatives) {
        return service.dataCentres(initiatives);
    }

    @DirectField
    @NonNull
    @Description("Changes to this initiative, newest first.")
    public List<@NonNull ChangeConnection> history(
            @Source List<Initiative> initiatives,
            @Description(Descriptions.FIRST_NESTED) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return HistoryGraphQLApi.pages(history, initiatives, first, after, last, before);
    }

    @Mutation("createInitiative")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Creates an initiative.")
    public Initiative createInitiative(@NonNull @Description("The new initiative.") InitiativeInput input) {
        return service.create(Patch.of(context, "input", input));
    }

    @Mutation("updateInitiative")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Changes an initiative's fields. Fails with CONFLICT if it changed since `version`.")
    public Initiative updateInitiative(
            @NonNull @Id @Description(ID) String id,
            @NonNull @Description(Descriptions.VERSION_EDITED) Integer version,
            @NonNull @Description(Descriptions.PATCH) InitiativeInput input) {
        return service.update(id, version, Patch.of(context, "input", input));
    }

    @Mutation("deleteInitiative")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description(
            "Deletes an initiative, with its parties and its links to sectors, data centres and sources (the linked records stay).")
    public Deleted deleteInitiative(
            @NonNull @Id @Description(ID) String id, @NonNull @Description(Descriptions.VERSION_SEEN) Integer version) {
        return service.delete(id, version);
    }

    @Mutation("linkInitiativeSector")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Files an initiative under a sector.")
    public Initiative linkInitiativeSector(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(SectorGraphQLApi.ID) String sectorId) {
        return service.linkSector(initiativeId, sectorId, true);
    }

    @Mutation("unlinkInitiativeSector")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Removes an initiative from a sector.")
    public Initiative unlinkInitiativeSector(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(SectorGraphQLApi.ID) String sectorId) {
        return service.linkSector(initiativeId, sectorId, false);
    }

    @Mutation("linkInitiativeDataCentre")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Links an initiative to a data centre it concerns.")
    public Initiative linkInitiativeDataCentre(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(DataCentreGraphQLApi.ID) String dataCentreId) {
        return service.linkDataCentre(initiativeId, dataCentreId, true);
    }

    @Mutation("unlinkInitiativeDataCentre")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Removes the link between an initiative and a data centre.")
    public Initiative unlinkInitiativeDataCentre(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(DataCentreGraphQLApi.ID) String dataCentreId) {
        return service.linkDataCentre(initiativeId, dataCentreId, false);
    }

    @Mutation("linkInitiativeOrganisation")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Adds an organisation as a party, or changes the country it acts for and its role.")
    public Initiative linkInitiativeOrganisation(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(OrganisationGraphQLApi.ID) String organisationId,
            @Description("ISO 3166-1 alpha-2 code of the country the party acts for.") String actingFor,
            @Description("The party's role, such as organiser or host.") String role) {
        return service.linkOrganisation(initiativeId, organisationId, actingFor, role);
    }

    @Mutation("unlinkInitiativeOrganisation")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Removes an organisation from an initiative's parties.")
    public Initiative unlinkInitiativeOrganisation(
            @NonNull @Id @Description(ID) String initiativeId,
            @NonNull @Id @Description(OrganisationGraphQLApi.ID) String organisationId) {
        return service.unlinkOrganisation(initiativeId, organisationId);
    }

    @DirectField(fanOut = "initiative_source.initiative_id")
    @NonNull
    @Description(Descriptions.SOURCES)
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<Initiative> initiatives) {
        return sources.citedBy(initiatives);
    }
}
