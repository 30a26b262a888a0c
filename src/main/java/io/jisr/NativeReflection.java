package io.jisr;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes of every feature the native image must keep open to reflection: GraphQL types, inputs and enums (SmallRye registers what
 * it finds in the schema; listing them also covers classes reached only through interfaces), error classes (their
 * {@code @ErrorCode} is read reflectively) and entities ({@code Patch} calls their setters by name).
 * {@code NativeReflectionTest} fails when a class of one of those kinds is missing here.
 */
@RegisterForReflection(methods = true, fields = true, targets = {
        io.jisr.common.CatalogueEntity.class,
        io.jisr.common.Confidence.class,
        io.jisr.common.GraphQLEvents.class,
        io.jisr.common.NamedEntity.class,
        io.jisr.common.SluggedEntity.class,
        io.jisr.common.OrderDirection.class,
        io.jisr.common.editing.Deleted.class,
        io.jisr.common.error.ApiException.class,
        io.jisr.common.error.BadUserInputException.class,
        io.jisr.common.error.ConflictException.class,
        io.jisr.common.error.NotFoundException.class,
        io.jisr.common.error.ValidationException.class,
        io.jisr.common.i18n.Language.class,
        io.jisr.common.i18n.LocalizedString.class,
        io.jisr.common.i18n.TextBasis.class,
        io.jisr.common.i18n.TextProvenance.class,
        io.jisr.common.i18n.Translations.class,
        io.jisr.common.node.Node.class,
        io.jisr.common.node.NodeType.class,
        io.jisr.common.paging.PageInfo.class,
        io.jisr.datacentre.Capability.class,
        io.jisr.datacentre.DataCentre.class,
        io.jisr.datacentre.DataCentreStatus.class,
        io.jisr.datacentre.GeoLocation.class,
        io.jisr.datacentre.graphql.DataCentreConnection.class,
        io.jisr.datacentre.graphql.DataCentreConnection.DataCentreEdge.class,
        io.jisr.datacentre.service.DataCentreFilter.class,
        io.jisr.datacentre.service.DataCentreInput.class,
        io.jisr.datacentre.service.DataCentreOrder.class,
        io.jisr.datacentre.service.DataCentreOrder.Field.class,
        io.jisr.history.ChangeEvent.class,
        io.jisr.common.editing.ChangeOperation.class,
        io.jisr.history.ChangeRecord.class,
        io.jisr.common.editing.FieldChange.class,
        io.jisr.history.graphql.ChangeConnection.class,
        io.jisr.history.graphql.ChangeConnection.ChangeEdge.class,
        io.jisr.history.service.HistoryFilter.class,
        io.jisr.history.service.SubscriptionLimiter.TooManySubscriptions.class,
        io.jisr.common.DatePrecision.class,
        io.jisr.initiative.Initiative.class,
        io.jisr.initiative.InitiativeKind.class,
        io.jisr.initiative.InitiativeParty.class,
        io.jisr.initiative.InitiativeStatus.class,
        io.jisr.initiative.MonetaryValue.class,
        io.jisr.common.PartialDate.class,
        io.jisr.initiative.graphql.InitiativeConnection.class,
        io.jisr.initiative.graphql.InitiativeConnection.InitiativeEdge.class,
        io.jisr.initiative.service.InitiativeFilter.class,
        io.jisr.initiative.service.InitiativeInput.class,
        io.jisr.initiative.service.InitiativeInput.MonetaryValueInput.class,
        io.jisr.common.PartialDateInput.class,
        io.jisr.initiative.service.InitiativeOrder.class,
        io.jisr.initiative.service.InitiativeOrder.Field.class,
        io.jisr.organisation.Organisation.class,
        io.jisr.organisation.OrganisationType.class,
        io.jisr.organisation.graphql.OrganisationConnection.class,
        io.jisr.organisation.graphql.OrganisationConnection.OrganisationEdge.class,
        io.jisr.organisation.service.OrganisationFilter.class,
        io.jisr.organisation.service.OrganisationInput.class,
        io.jisr.organisation.service.OrganisationOrder.class,
        io.jisr.organisation.service.OrganisationOrder.Field.class,
        io.jisr.sector.Sector.class,
        io.jisr.sector.graphql.SectorConnection.class,
        io.jisr.sector.graphql.SectorConnection.SectorEdge.class,
        io.jisr.sector.service.SectorFilter.class,
        io.jisr.sector.service.SectorInput.class,
        io.jisr.sector.service.SectorOrder.class,
        io.jisr.sector.service.SectorOrder.Field.class,
        io.jisr.research.service.ResearchReport.class,
        io.jisr.research.service.ResearchReport.FieldDiff.class,
        io.jisr.research.service.ResearchReport.Outcome.class,
        io.jisr.research.service.ResearchReport.RecordDiff.class,
        io.jisr.source.Source.class,
        io.jisr.source.SourcedNamedEntity.class,
        io.jisr.source.service.SourceInput.class
})
final class NativeReflection {

    private NativeReflection() {
    }
}
