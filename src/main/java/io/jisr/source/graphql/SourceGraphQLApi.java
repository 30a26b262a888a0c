package io.jisr.source.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.i18n.PrintedText;
import io.jisr.common.i18n.TextProvenance;
import io.jisr.common.node.Node;
import io.jisr.common.security.Roles;
import io.jisr.graphql.DirectField;
import io.jisr.history.graphql.ChangeConnection;
import io.jisr.history.graphql.HistoryGraphQLApi;
import io.jisr.history.service.HistoryService;
import io.jisr.source.service.SourceInput;
import io.jisr.source.service.SourceService;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class SourceGraphQLApi {

    /** The description of an argument that takes the global id of a source. */
    public static final String ID = "Global id of the source.";

    @Inject
    SourceService service;

    @Inject
    HistoryService history;

    @Inject
    Context context;

    @DirectField
    @NonNull
    @Description("Changes to this source, newest first.")
    public List<@NonNull ChangeConnection> history(
            @Source List<io.jisr.source.Source> sources,
            @Description(Descriptions.FIRST_NESTED) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return HistoryGraphQLApi.pages(history, sources, first, after, last, before);
    }

    @Description("The source that shows the text, with the quote; null when the catalogue's editors wrote it.")
    public List<io.jisr.source.Source> source(@Source List<TextProvenance> provenances) {
        return service.ofProvenance(provenances);
    }

    @Name("source")
    @Description("The source that printed the text, with its quote.")
    public List<io.jisr.source.Source> printedSource(@Source List<PrintedText> printed) {
        return service.ofPrinted(printed);
    }

    @Mutation("createSource")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Creates a source. Cite it on records with `linkSource`.")
    public io.jisr.source.Source createSource(@NonNull @Description("The new source.") SourceInput input) {
        return service.create(Patch.of(context, "input", input));
    }

    @Mutation("updateSource")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Changes a source's fields. Fails with CONFLICT if it changed since `version`.")
    public io.jisr.source.Source updateSource(
            @NonNull @Id @Description(ID) String id,
            @NonNull @Description(Descriptions.VERSION_EDITED) Integer version,
            @NonNull @Description(Descriptions.PATCH) SourceInput input) {
        return service.update(id, version, Patch.of(context, "input", input));
    }

    @Mutation("deleteSource")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Deletes a source that no record cites (CONFLICT otherwise).")
    public Deleted deleteSource(
            @NonNull @Id @Description(ID) String id, @NonNull @Description(Descriptions.VERSION_SEEN) Integer version) {
        return service.delete(id, version);
    }

    @Mutation("linkSource")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Cites a source on an initiative, data centre, organisation or sector; returns that record.")
    public Node linkSource(
            @NonNull @Id @Description("Global id of the record.") String recordId,
            @NonNull @Id @Description(ID) String sourceId) {
        return (Node) service.cite(recordId, sourceId, true);
    }

    @Mutation("unlinkSource")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @NonNull
    @Description("Stops citing a source on a record; returns that record.")
    public Node unlinkSource(
            @NonNull @Id @Description("Global id of the record.") String recordId,
            @NonNull @Id @Description(ID) String sourceId) {
        return (Node) service.cite(recordId, sourceId, false);
    }
}
