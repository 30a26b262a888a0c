package io.jisr.datacentre.graphql;

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
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreFilter;
import io.jisr.datacentre.service.DataCentreOrder;
import io.jisr.datacentre.service.DataCentreService;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;

@GraphQLApi
public class DataCentreGraphQLApi {

    @Inject
    DataCentreService service;

    @Inject
    InitiativeService initiatives;

    @Inject
    LanguageSelector languages;

    @Query("dataCentres")
    @NonNull
    @Description("Data centres matching a filter, as a Relay connection. By name unless `orderBy` says otherwise.")
    public DataCentreConnection dataCentres(
            @Valid @Description("Optional filter.") DataCentreFilter filter,
            @Description("Sort order; default: name, ascending.") DataCentreOrder orderBy,
            @Description("Page size from the start (0–100; 20 when neither `first` nor `last` is given).") Integer first,
            @Description("Return items after this cursor.") String after,
            @Description("Page size from the end (0–100).") Integer last,
            @Description("Return items before this cursor.") String before) {
        return new DataCentreConnection(service.list(filter, orderBy, first, after, last, before));
    }

    @Query("dataCentre")
    @Description("One data centre by global id; null when there is none.")
    public DataCentre dataCentre(@NonNull @Id @Description("Global id of the data centre.") String id) {
        return service.byId(id).orElse(null);
    }

    @Query("dataCentreBySlug")
    @Description("One data centre by slug; null when there is none.")
    public DataCentre dataCentreBySlug(@NonNull @Description("Slug of the data centre.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @NonNull
    @Description("Name in the requested language, with fallback.")
    public LocalizedString name(@Source DataCentre dataCentre,
            @Name("lang") @Description("Language wanted; default: Accept-Language, then EN.") Language lang) {
        return languages.localize(dataCentre.getNameTranslations(), lang);
    }

    @Description("The organisation that operates the data centre; null when unknown.")
    public List<Organisation> operator(@Source List<DataCentre> dataCentres) {
        return service.operators(dataCentres);
    }

    @NonNull
    @Description("Partner organisations other than the operator.")
    public List<@NonNull List<@NonNull Organisation>> partners(@Source List<DataCentre> dataCentres) {
        return service.partners(dataCentres);
    }

    @NonNull
    @Description("What the data centre offers.")
    public List<@NonNull List<@NonNull Capability>> capabilities(@Source List<DataCentre> dataCentres) {
        return service.capabilities(dataCentres);
    }

    @NonNull
    @Description("Sectors the data centre serves.")
    public List<@NonNull List<@NonNull Sector>> sectors(@Source List<DataCentre> dataCentres) {
        return service.sectors(dataCentres);
    }

    @NonNull
    @Description("Initiatives concerning this data centre.")
    public List<@NonNull List<@NonNull Initiative>> initiatives(@Source List<DataCentre> dataCentres) {
        return initiatives.ofDataCentres(dataCentres);
    }

    @NonNull
    @Description("Public sources supporting this record.")
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<DataCentre> dataCentres) {
        return service.sources(dataCentres);
    }
}
