package io.jisr.sector.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.common.security.Roles;
import io.jisr.graphql.DirectField;
import io.jisr.history.graphql.ChangeConnection;
import io.jisr.history.graphql.HistoryGraphQLApi;
import io.jisr.history.service.HistoryService;
import io.jisr.sector.Sector;
import io.jisr.sector.service.SectorFilter;
import io.jisr.sector.service.SectorInput;
import io.jisr.sector.service.SectorOrder;
import io.jisr.sector.service.SectorService;
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
public class SectorGraphQLApi {

    /** The description of an argument that takes the global id of a sector. */
    public static final String ID = "Global id of the sector.";

    @Inject
    SectorService service;

    @Inject
    SourceService sources;

    @Inject
    LanguageSelector languages;

    @Inject
    HistoryService history;

    @Inject
    Context context;

    @Query("sectors")
    @NonNull
    @Description("Sectors matching a filter, as a Relay connection. By name unless `orderBy` says otherwise.")
    public SectorConnection sectors(
            @Valid @Description(Descriptions.FILTER) SectorFilter filter,
            @Description(Descriptions.ORDER_BY_NAME) SectorOrder orderBy,
            @Description(Descriptions.FIRST) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return new SectorConnection(service.list(filter, orderBy, first, after, last, before));
    }

    @Query("sector")
    @Description("One sector by global id; null when there is none.")
    public Sector sector(@NonNull @Id @Description(ID) String id) {
        return service.byId(id).orElse(null);
    }

    @Query("sectorBySlug")
    @Description("One sector by slug; null when there is none.")
    public Sector sectorBySlug(@NonNull @Description("Slug of the sector, for example `ai`.") String slug) {
        return service.bySlug(slug).orElse(null);
    }

    @DirectField
    @NonNull
    @Description(Descriptions.NAME)
    public LocalizedString name(@Source Sector sector, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(sector.getNameTranslations(), lang);
    }

    @DirectField
    @Description("Description in the requested language, with fallback; null when none was written.")
    public LocalizedString description(
            @Source Sector sector, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(sector.getDescriptionTranslations(), lang);
    }

    @DirectField
    @NonNull
    @Description("Changes to this sector, newest first.")
    public List<@NonNull ChangeConnection> history(
            @Source List<Sector> sectors,
            @Description(Descriptions.FIRST_NESTED) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return HistoryGraphQLApi.pages(history, sectors, first, after, last, before);
    }

    @Mutation("createSector")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Creates a sector.")
    public Sector createSector(@NonNull @Description("The new sector.") SectorInput input) {
        return service.create(Patch.of(context, "input", input));
    }

    @Mutation("updateSector")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Changes a sector's fields. Fails with CONFLICT if it changed since `version`.")
    public Sector updateSector(
            @NonNull @Id @Description(ID) String id,
            @NonNull @Description(Descriptions.VERSION_EDITED) Integer version,
            @NonNull @Description(Descriptions.PATCH) SectorInput input) {
        return service.update(id, version, Patch.of(context, "input", input));
    }

    @Mutation("deleteSector")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Deletes a sector that no initiative or data centre is filed under (CONFLICT otherwise).")
    public Deleted deleteSector(
            @NonNull @Id @Description(ID) String id, @NonNull @Description(Descriptions.VERSION_SEEN) Integer version) {
        return service.delete(id, version);
    }

    @DirectField(fanOut = "sector_source.sector_id")
    @NonNull
    @Description(Descriptions.SOURCES)
    public List<@NonNull List<io.jisr.source.@NonNull Source>> sources(@Source List<Sector> sectors) {
        return sources.citedBy(sectors);
    }
}
