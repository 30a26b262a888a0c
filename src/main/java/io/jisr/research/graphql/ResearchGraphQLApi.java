package io.jisr.research.graphql;

import io.jisr.common.security.Roles;
import io.jisr.research.service.ResearchImporter;
import io.jisr.research.service.ResearchReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Bringing researchers' findings into the catalogue; administrators only. */
@GraphQLApi
public class ResearchGraphQLApi {

    @Inject
    ResearchImporter importer;

    @Mutation("importResearch")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Imports a research file: its new records (created with their links and sources; one already in the "
            + "catalogue under that slug is not created again), its translations (names and titles in French and "
            + "Arabic, each with its provenance: the source that shows it, or the editors) and its updates to existing "
            + "records (a field from the value the research saw to a new one, with its source). A dry run (the "
            + "default) does the same, validation included, and writes nothing; "
            + "otherwise it applies in one transaction, recorded in the change history as `import <name> by <you>`. "
            + "Running it again changes nothing. Any invalid entry is a VALIDATION error listing every one, and nothing "
            + "is written.")
    public ResearchReport importResearch(
            @NonNull @Description("Name of the research, a slug such as `research-2026-11`.") String name,
            @NonNull
                    @Description("The research file: a JSON object with the lists `organisations`, `dataCentres` and "
                            + "`initiatives` (new records in the shapes of the catalogue's research, each with a `catalogue` "
                            + "object giving the editors' reading of its free text, see the README), `translations` (seen in a "
                            + "source), `editorial`, `displayTitles` and `updates`, as the researchers hand them over.")
                    String research,
            @DefaultValue("true") @Description("True (the default) to only report what would change.") boolean dryRun) {
        return importer.run(name, research, dryRun);
    }
}
