package io.jisr.initiative.graphql;

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
import io.jisr.initiative.Initiative;
import io.jisr.initiative.InitiativeParty;
import io.jisr.initiative.service.InitiativeFilter;
import io.jisr.initiative.service.InitiativeOrder;
import io.jisr.initiative.service.InitiativeService;
import io.jisr.sector.Sector;

@GraphQLApi
public class InitiativeGraphQLApi {

    @Inject
    InitiativeService service;

    @Inject
    LanguageSelector languages;

    @Query("initiatives")
    @NonNull
    @Description("Initiatives matching a filter, as a Relay connection. Newest first unless `orderBy` says otherwise.")
    public InitiativeConnection initiatives(
            @Valid @Description("Optional filter.") InitiativeFilter filter,
            @Description("Sort order; default: date, newest first.") InitiativeOrder orderBy,
            @Description("Page size from the start (0–100; 20 when neither `first` nor `last` is given).") Integer first,
            @Description("Return items after this cursor.") String after,
            @Description("Page size from the end (0–100).") Integer last,
            @Description("Return items before this cursor.") String before) {
        return new InitiativeConnection(service.list(filter, orderBy, first, after, last, before));
    }

    @Query("initiative")
    @Description("One initiative by global id; null when there is none.")
    public Initiative initiative(@NonNull @Id @Description("Global id of the initiative.") String id) {
        return service.byId(id).orElse(null);
    }

    @Query("initiativeBySlug")
    @Description("One initiative by slug; null when there is none.")
    public Initiative initiativeBySlug(@NonNull @Description("Slug of the initiative.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @NonNull
    @Description("Title in the requested language, with fallback.")
    public LocalizedString title(@Source Initiative initiative,
            @Name("lang") @Description("Language wanted; default: Accept-Language, then EN.") Language lang) {
        return languages.localize(initiative.getTitleTranslations(), lang);
    }

    @Description("Summary in the requested language, with fallback; null when there is no summary.")
    public LocalizedString summary(@Source Initiative initiative,
            @Name("lang") @Description("Language wanted; default: Accept-Language, then EN.") Language lang) {
        return languages.localize(initiative.getSummaryTranslations(), lang);
    }

    @NonNull
    @Description("Sectors the initiative belongs to.")
    public List<@NonNull List<@NonNull Sector>> sectors(@Source List<Initiative> initiatives) {
        return service.sectors(initiatives);
    }

    @NonNull
    @Description("Organisations taking part, with the country each acts for.")
    public List<@NonNull List<@NonNull InitiativeParty>> partners(@Source List<Initiative> initiatives) {
        return service.parties(initiatives);
    }

    @NonNull
    @Description("Data centres the initiative concerns.")
    public List<@NonNull List<@NonNull DataCentre>> dataCentres(@Source List<Initiative> initiatives) {
        return service.dataCentres(initiatives);
    }

    @NonNull
    @Description("Public sources supporting this record.")
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<Initiative> initiatives) {
        return service.sources(initiatives);
    }
}
