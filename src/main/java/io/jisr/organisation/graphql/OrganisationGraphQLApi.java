package io.jisr.organisation.graphql;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.service.OrganisationFilter;
import io.jisr.organisation.service.OrganisationOrder;
import io.jisr.organisation.service.OrganisationService;

@GraphQLApi
public class OrganisationGraphQLApi {

    @Inject
    OrganisationService service;

    @Inject
    InitiativeService initiatives;

    @Inject
    DataCentreService dataCentres;

    @Inject
    LanguageSelector languages;

    @Query("organisations")
    @NonNull
    @Description("Organisations matching a filter, as a Relay connection. By name unless `orderBy` says otherwise.")
    public OrganisationConnection organisations(
            @Valid @Description("Optional filter.") OrganisationFilter filter,
            @Description("Sort order; default: name, ascending.") OrganisationOrder orderBy,
            @Description("Page size from the start (0–100; 20 when neither `first` nor `last` is given).") Integer first,
            @Description("Return items after this cursor.") String after,
            @Description("Page size from the end (0–100).") Integer last,
            @Description("Return items before this cursor.") String before) {
        return new OrganisationConnection(service.list(filter, orderBy, first, after, last, before));
    }

    @Query("organisation")
    @Description("One organisation by global id; null when there is none.")
    public Organisation organisation(@NonNull @Id @Description("Global id of the organisation.") String id) {
        return service.byId(id).orElse(null);
    }

    @Query("organisationBySlug")
    @Description("One organisation by slug; null when there is none.")
    public Organisation organisationBySlug(@NonNull @Description("Slug of the organisation.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @NonNull
    @Description("Name in the requested language, with fallback.")
    public LocalizedString name(@Source Organisation organisation,
            @Name("lang") @Description("Language wanted; default: Accept-Language, then EN.") Language lang) {
        return languages.localize(organisation.getNameTranslations(), lang);
    }

    @NonNull
    @Description("Initiatives the organisation is a party to, newest first.")
    public List<@NonNull List<@NonNull Initiative>> initiatives(@Source List<Organisation> organisations) {
        return initiatives.ofOrganisations(organisations);
    }

    @NonNull
    @Description("Data centres the organisation operates.")
    public List<@NonNull List<@NonNull DataCentre>> operatedDataCentres(@Source List<Organisation> organisations) {
        return dataCentres.operatedBy(organisations);
    }

    @NonNull
    @Description("Data centres the organisation is a partner in, other than as operator.")
    public List<@NonNull List<@NonNull DataCentre>> partnerDataCentres(@Source List<Organisation> organisations) {
        return dataCentres.partneredBy(organisations);
    }

    @NonNull
    @Description("Public sources supporting this record.")
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<Organisation> organisations) {
        return service.sources(organisations);
    }
}
