package io.jisr.organisation.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.common.paging.Connection;
import io.jisr.common.security.Roles;
import io.jisr.graphql.DirectField;
import io.jisr.history.graphql.ChangeConnection;
import io.jisr.history.graphql.HistoryGraphQLApi;
import io.jisr.history.service.HistoryService;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.service.OrganisationFilter;
import io.jisr.organisation.service.OrganisationInput;
import io.jisr.organisation.service.OrganisationOrder;
import io.jisr.organisation.service.OrganisationService;
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
public class OrganisationGraphQLApi {

    /** The description of an argument that takes the global id of a organisation. */
    public static final String ID = "Global id of the organisation.";

    @Inject
    OrganisationService service;

    @Inject
    SourceService sources;

    @Inject
    LanguageSelector languages;

    @Inject
    HistoryService history;

    @Inject
    Context context;

    @Query("organisations")
    @NonNull
    @Description("Organisations matching a filter, as a Relay connection. By name unless `orderBy` says otherwise.")
    public OrganisationConnection organisations(
            @Valid @Description(Descriptions.FILTER) OrganisationFilter filter,
            @Description(Descriptions.ORDER_BY_NAME) OrganisationOrder orderBy,
            @Description(Descriptions.FIRST) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return new OrganisationConnection(
                service.list(filter, orderBy, first, after, last, before, Connection.readsPage(context)), filter);
    }

    @Query("organisation")
    @Description("One organisation by global id; null when there is none.")
    public Organisation organisation(@NonNull @Id @Description(ID) String id) {
        return service.byId(id).orElse(null);
    }

    @Query("organisationBySlug")
    @Description("One organisation by slug; null when there is none.")
    public Organisation organisationBySlug(@NonNull @Description("Slug of the organisation.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @DirectField
    @NonNull
    @Description(Descriptions.NAME)
    public LocalizedString name(
            @Source Organisation organisation, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(organisation.getNameTranslations(), lang);
    }

    @DirectField
    @NonNull
    @Description("Changes to this organisation, newest first.")
    public List<@NonNull ChangeConnection> history(
            @Source List<Organisation> organisations,
            @Description(Descriptions.FIRST_NESTED) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return HistoryGraphQLApi.pages(history, organisations, first, after, last, before);
    }

    @Mutation("createOrganisation")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Creates an organisation.")
    public Organisation createOrganisation(@NonNull @Description("The new organisation.") OrganisationInput input) {
        return service.create(Patch.of(context, "input", input));
    }

    @Mutation("updateOrganisation")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Changes an organisation's fields. Fails with CONFLICT if it changed since `version`.")
    public Organisation updateOrganisation(
            @NonNull @Id @Description(ID) String id,
            @NonNull @Description(Descriptions.VERSION_EDITED) Integer version,
            @NonNull @Description(Descriptions.PATCH) OrganisationInput input) {
        return service.update(id, version, Patch.of(context, "input", input));
    }

    @Mutation("deleteOrganisation")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description(
            "Deletes an organisation that is no initiative party, data-centre operator or partner (CONFLICT otherwise).")
    public Deleted deleteOrganisation(
            @NonNull @Id @Description(ID) String id, @NonNull @Description(Descriptions.VERSION_SEEN) Integer version) {
        return service.delete(id, version);
    }

    @DirectField(fanOut = "organisation_source.organisation_id")
    @NonNull
    @Description(Descriptions.SOURCES)
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<Organisation> organisations) {
        return sources.citedBy(organisations);
    }
}
