/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A box on the map, as a map view's bounds: south-west and north-east corners in WGS 84 degrees. A box whose `west` is east of its `east` crosses the 180th meridian. */
export type BoxInput = {
  /** Eastern edge (longitude). */
  east: number;
  /** Northern edge (latitude), at least `south`. */
  north: number;
  /** Southern edge (latitude), at most `north`. */
  south: number;
  /** Western edge (longitude). */
  west: number;
};

/** A service a data centre offers. */
export type Capability =
  /** AI training or inference (GPU/accelerator capacity). */
  | 'AI'
  /** Colocation space for customers' own equipment. */
  | 'COLOCATION'
  /** High-performance computing. */
  | 'HPC'
  /** A public cloud provider's region. */
  | 'PUBLIC_CLOUD_REGION'
  /** Quantum computing. */
  | 'QUANTUM'
  /** Sovereign or government cloud, with data kept under national control. */
  | 'SOVEREIGN_CLOUD';

/** Narrows a list of data centres. Every field is optional; set fields combine with AND, list values with OR. As output (`DataCentreFilterSelection`, in facets) it has the same fields: send it back as `filter`. */
export type DataCentreFilter = {
  /** Only data centres announced in this year or later. */
  announcedFrom?: number | null | undefined;
  /** Only data centres announced in this year or earlier. */
  announcedTo?: number | null | undefined;
  /** Only data centres offering at least one of these capabilities. */
  capabilities?: Array<Capability | null | undefined> | null | undefined;
  /** Only data centres in one of these cities, as `city` spells them (exact). */
  cities?: Array<string | null | undefined> | null | undefined;
  /** Case-insensitive text the city contains, for example `riyadh`. */
  city?: string | null | undefined;
  /** Only data centres in one of these countries (ISO 3166-1 alpha-2). */
  countries?: Array<string | null | undefined> | null | undefined;
  /** Only data centres whose location is the site itself, leaving out those placed at their city's centre (`location.exact` false). Data centres without coordinates are never on a map. */
  exactOnly?: boolean | null | undefined;
  /** Only data centres within this distance of a point (haversine over their stored coordinates); enables `distanceKm` on the edges and ordering by `DISTANCE`. */
  near?: NearInput | null | undefined;
  /** Only data centres operated by one of these organisations (slugs). */
  operators?: Array<string | null | undefined> | null | undefined;
  /** Only data centres operated by, or partnered with, one of these organisations (slugs). */
  organisations?: Array<string | null | undefined> | null | undefined;
  /** Case-insensitive text that the name (in any language) or slug contains. */
  search?: string | null | undefined;
  /** Only data centres serving one of these sectors (slugs). */
  sectors?: Array<string | null | undefined> | null | undefined;
  /** Only data centres in one of these statuses. */
  statuses?: Array<DataCentreStatus | null | undefined> | null | undefined;
  /** Only data centres inside this box (a map view's bounds). */
  within?: BoxInput | null | undefined;
  /** Only data centres opened, or expected to open, in this year or later (`year`). */
  yearFrom?: number | null | undefined;
  /** Only data centres opened, or expected to open, in this year or earlier (`year`). */
  yearTo?: number | null | undefined;
};

/** Lifecycle stage of a data centre. The wording a source used is kept in `statusNote`. */
export type DataCentreStatus =
  /** Announced; no construction reported. */
  | 'ANNOUNCED'
  /** Taken out of service. */
  | 'DECOMMISSIONED'
  /** In service. */
  | 'OPERATIONAL'
  /** Planned, with a site, contract or timeline but no construction reported. */
  | 'PLANNED'
  /** Being built. */
  | 'UNDER_CONSTRUCTION';

/** How precisely a date is known. */
export type DatePrecision =
  /** The exact day, `2025-04-16`. */
  | 'DAY'
  /** Only the month, `2025-04`. */
  | 'MONTH'
  /** Only the quarter, `2026-Q2` (April to June), as sources give expected dates. */
  | 'QUARTER'
  /** Only the year, `2025`. */
  | 'YEAR';

/** Narrows a list of initiatives. Every field is optional; set fields combine with AND, list values with OR. As output (`InitiativeFilterSelection`, in facets) it has the same fields: send it back as `filter`. */
export type InitiativeFilter = {
  /** Only initiatives with a party acting for one of these countries (ISO 3166-1 alpha-2). */
  countries?: Array<string | null | undefined> | null | undefined;
  /** Only initiatives linked to one of these data centres (slugs). */
  dataCentres?: Array<string | null | undefined> | null | undefined;
  /** Only initiatives whose date can fall on or after this day. Undated initiatives are excluded. (ISO-8601) */
  dateFrom?: string | null | undefined;
  /** Only initiatives whose date can fall on or before this day. Undated initiatives are excluded. (ISO-8601) */
  dateTo?: string | null | undefined;
  /** Only initiatives of one of these kinds. */
  kinds?: Array<InitiativeKind | null | undefined> | null | undefined;
  /** Only initiatives with one of these organisations as a party (slugs). */
  organisations?: Array<string | null | undefined> | null | undefined;
  /** Case-insensitive text that the title (in any language) or slug contains. */
  search?: string | null | undefined;
  /** Only initiatives in one of these sectors (slugs). */
  sectors?: Array<string | null | undefined> | null | undefined;
  /** Only initiatives in one of these statuses. */
  statuses?: Array<InitiativeStatus | null | undefined> | null | undefined;
};

/** What form an initiative takes. The wording a source used is kept in `kindNote`. */
export type InitiativeKind =
  /** A signed agreement other than an MoU or a contract. */
  | 'AGREEMENT'
  /** A commercial contract. */
  | 'CONTRACT'
  /** A summit, forum, trade mission or other event. */
  | 'EVENT'
  /** An investment. */
  | 'INVESTMENT'
  /** A project the parties carry out together. */
  | 'JOINT_PROJECT'
  /** Memorandum of understanding. */
  | 'MOU'
  /** None of the above. */
  | 'OTHER'
  /** A research centre or laboratory. */
  | 'RESEARCH_CENTRE'
  /** Talks that have not (yet) produced an agreement. */
  | 'TALKS'
  /** A training, education or acceleration programme. */
  | 'TRAINING_PROGRAMME';

/** Where an initiative stands. The wording a source used is kept in `statusNote`. */
export type InitiativeStatus =
  /** Announced, not yet signed or started. */
  | 'ANNOUNCED'
  /** Cancelled. */
  | 'CANCELLED'
  /** Completed, held, or in operation. */
  | 'COMPLETED'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Under discussion between the parties. */
  | 'IN_TALKS'
  /** Signed. */
  | 'SIGNED'
  /** Reported as stalled. */
  | 'STALLED';

/** A language the catalogue is written in. */
export type Language =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** French. */
  | 'FR';

/** A circle on the map: a centre (WGS 84 degrees) and a radius in kilometres, measured on the sphere. */
export type NearInput = {
  /** Latitude of the centre, -90 to 90. */
  latitude: number;
  /** Longitude of the centre, -180 to 180. */
  longitude: number;
  /** Radius in kilometres, more than 0. */
  radiusKm: number;
};

/** What kind of body an organisation is. The wording a source used is kept in `typeNote`. */
export type OrganisationType =
  /** A public agency or authority. */
  | 'AGENCY'
  /** An industry or professional association. */
  | 'ASSOCIATION'
  /** A company, public or private. */
  | 'COMPANY'
  /** An embassy or diplomatic mission. */
  | 'EMBASSY'
  /** A national government as a whole. */
  | 'GOVERNMENT'
  /** A hospital, hospital system or care provider. */
  | 'HOSPITAL'
  /** An investor, such as a sovereign wealth fund. */
  | 'INVESTOR'
  /** A government ministry. */
  | 'MINISTRY'
  /** None of the above. */
  | 'OTHER'
  /** A government programme. */
  | 'PROGRAMME'
  /** A regulator. */
  | 'REGULATOR'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A start-up, or a group of them. */
  | 'START_UP'
  /** A university. */
  | 'UNIVERSITY';

/** Why a source's address is not the publisher's own copy of the document. */
export type SourceCopyKind =
  /** The address is damaged (for example escaped code points in place of letters) and may not open. */
  | 'BROKEN_URL'
  /** Another site republishes the publisher's document (a mirror, an aggregator, a document host). */
  | 'MIRROR'
  /** A staging, test, development, origin or CDN host of the publisher, not its public site. */
  | 'NON_PUBLIC_HOST';

/** Where a text comes from. */
export type TextBasis =
  /** The catalogue's editors wrote or translated it; no source shows it. */
  | 'EDITORIAL'
  /** A public source shows this text; `source` names it, with the quote. */
  | 'SOURCED';

/** How long each bucket of a timeline is. */
export type TimelineInterval =
  /** A calendar month: initiatives known only to the quarter or year are possible in each of its months. */
  | 'MONTH'
  /** A calendar year: every dated initiative is exact for its year. */
  | 'YEAR';

export type DashboardQueryVariables = Exact<{
  filter?: InitiativeFilter | null | undefined;
  lang?: Language | null | undefined;
}>;


export type DashboardQuery = { __typename: 'Query', initiatives: { __typename: 'InitiativeConnection', totalCount: number, facets: { __typename: 'InitiativeFacets', kinds: Array<{ __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } }>, statuses: Array<{ __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } }>, sectors: Array<{ __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } }>, years: Array<{ __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } }>, countries: Array<{ __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } }> }, valueTotals: Array<{ __typename: 'CurrencyTotal', currency: string, count: number, sum: number }> }, dataCentres: { __typename: 'DataCentreConnection', totalCount: number, capacity: Array<{ __typename: 'CapacityGroup', status: DataCentreStatus | null, dataCentres: number, capacityMw: { __typename: 'MegawattFigures', sum: number | null }, targetCapacityMw: { __typename: 'MegawattFigures', sum: number | null } }> } };

export type InitiativeDetailQueryVariables = Exact<{
  id: string | number;
  lang?: Language | null | undefined;
}>;


export type InitiativeDetailQuery = { __typename: 'Query', initiative: { __typename: 'Initiative', statusNote: string | null, id: string, slug: string, kind: InitiativeKind, status: InitiativeStatus, summary: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis, source: { __typename: 'Source', id: string, url: string } | null } } | null, value: { __typename: 'MonetaryValue', amount: number, currency: string } | null, partners: Array<{ __typename: 'InitiativeParty', role: string | null, organisation: { __typename: 'Organisation', id: string, slug: string, type: OrganisationType, name: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } } } }>, dataCentres: Array<{ __typename: 'DataCentre', id: string, slug: string, name: { __typename: 'LocalizedString', text: string } }>, sources: Array<{ __typename: 'Source', id: string, url: string, publisher: string | null, publishedOn: string | null, language: string | null, quote: string | null, copy: { __typename: 'SourceCopy', kind: SourceCopyKind, originalPublisher: string | null } | null }>, title: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } }, date: { __typename: 'PartialDate', text: string, precision: DatePrecision } | null, sectors: Array<{ __typename: 'Sector', id: string, slug: string, name: { __typename: 'LocalizedString', text: string } }> } | null };

export type InitiativeBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type InitiativeBySlugQuery = { __typename: 'Query', initiativeBySlug: { __typename: 'Initiative', id: string } | null };

export type TextFragment = { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } };

export type SourceLinkFragment = { __typename: 'Source', id: string, url: string, publisher: string | null, publishedOn: string | null, language: string | null, quote: string | null, copy: { __typename: 'SourceCopy', kind: SourceCopyKind, originalPublisher: string | null } | null };

export type InitiativeFacetFragment = { __typename: 'InitiativeFacetValue', value: string, count: number, label: { __typename: 'LocalizedString', text: string }, filter: { __typename: 'InitiativeFilterSelection', kinds: Array<InitiativeKind | null> | null, statuses: Array<InitiativeStatus | null> | null, sectors: Array<string | null> | null, countries: Array<string | null> | null, organisations: Array<string | null> | null, dateFrom: string | null, dateTo: string | null } };

export type InitiativeListItemFragment = { __typename: 'Initiative', id: string, slug: string, kind: InitiativeKind, status: InitiativeStatus, title: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } }, date: { __typename: 'PartialDate', text: string, precision: DatePrecision } | null, sectors: Array<{ __typename: 'Sector', id: string, slug: string, name: { __typename: 'LocalizedString', text: string } }> };

export type InitiativeListQueryVariables = Exact<{
  filter?: InitiativeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Language | null | undefined;
}>;


export type InitiativeListQuery = { __typename: 'Query', initiatives: { __typename: 'InitiativeConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeEdge', cursor: string, node: { __typename: 'Initiative', id: string, slug: string, kind: InitiativeKind, status: InitiativeStatus, title: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } }, date: { __typename: 'PartialDate', text: string, precision: DatePrecision } | null, sectors: Array<{ __typename: 'Sector', id: string, slug: string, name: { __typename: 'LocalizedString', text: string } }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DataCentreMapQueryVariables = Exact<{
  filter?: DataCentreFilter | null | undefined;
  lang?: Language | null | undefined;
}>;


export type DataCentreMapQuery = { __typename: 'Query', dataCentres: { __typename: 'DataCentreConnection', totalCount: number, edges: Array<{ __typename: 'DataCentreEdge', node: { __typename: 'DataCentre', id: string, slug: string, status: DataCentreStatus, city: string | null, capacityMw: number | null, targetCapacityMw: number | null, name: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } }, location: { __typename: 'GeoLocation', latitude: number, longitude: number, exact: boolean } | null, operator: { __typename: 'Organisation', id: string, name: { __typename: 'LocalizedString', text: string } } | null } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  lang?: Language | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', initiatives: { __typename: 'InitiativeConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeEdge', node: { __typename: 'Initiative', id: string, slug: string, kind: InitiativeKind, status: InitiativeStatus, title: { __typename: 'LocalizedString', text: string, language: Language, requested: Language, fallback: boolean, provenance: { __typename: 'TextProvenance', basis: TextBasis } }, date: { __typename: 'PartialDate', text: string, precision: DatePrecision } | null, sectors: Array<{ __typename: 'Sector', id: string, slug: string, name: { __typename: 'LocalizedString', text: string } }> } }> }, dataCentres: { __typename: 'DataCentreConnection', totalCount: number, edges: Array<{ __typename: 'DataCentreEdge', node: { __typename: 'DataCentre', id: string, slug: string, city: string | null, name: { __typename: 'LocalizedString', text: string } } }> } };

export type TimelineQueryVariables = Exact<{
  filter?: InitiativeFilter | null | undefined;
  interval?: TimelineInterval | null | undefined;
}>;


export type TimelineQuery = { __typename: 'Query', initiatives: { __typename: 'InitiativeConnection', timeline: { __typename: 'InitiativeTimeline', imprecise: number, undated: number, buckets: Array<{ __typename: 'TimelineBucket', period: string, start: string, end: string, exact: number, possible: number, filter: { __typename: 'InitiativeFilterSelection', dateFrom: string | null, dateTo: string | null } }> } } };

export const SourceLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"copy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"originalPublisher"}}]}}]}}]} as unknown as DocumentNode<SourceLinkFragment, unknown>;
export const InitiativeFacetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFacet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}}]}}]}}]} as unknown as DocumentNode<InitiativeFacetFragment, unknown>;
export const TextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<TextFragment, unknown>;
export const InitiativeListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<InitiativeListItemFragment, unknown>;
export const DashboardDocument = {"__meta__":{"hash":"25f2349e6a2da6fa4f6d616af64066dec4119d5c2a9e68bbf39134fd28a4247f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFacet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFacet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFacet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFacet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFacet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataCentres"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetCapacityMw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFacet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const InitiativeDetailDocument = {"__meta__":{"hash":"15f7cbff1e0918cfc2b3a4a3c444fd7267debd78b0bc8f6e9bccf78128d8f535"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeListItem"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"copy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"originalPublisher"}}]}}]}}]} as unknown as DocumentNode<InitiativeDetailQuery, InitiativeDetailQueryVariables>;
export const InitiativeBySlugDocument = {"__meta__":{"hash":"765179e68482770a366154ac4efe19c69a1e822737b7daf43563fb650470d617"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InitiativeBySlugQuery, InitiativeBySlugQueryVariables>;
export const InitiativeListDocument = {"__meta__":{"hash":"9b7c5b2be17fe64831e2a9a94a12c0959f5e8d199c7008a405a09fe8d00e012a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeListQuery, InitiativeListQueryVariables>;
export const DataCentreMapDocument = {"__meta__":{"hash":"d1ace22614e50b2ef37ab95f14f93ed5e011274fa925d352574d6048632c24e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCentreMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataCentreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMw"}},{"kind":"Field","name":{"kind":"Name","value":"targetCapacityMw"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<DataCentreMapQuery, DataCentreMapQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"ed3a78038c167e78f374639aeef54db753bfad43a8624470ad2a32f2b1d0b631"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeListItem"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Text"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedString"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"6e2460c192f28ac3aa164599fd9f2982449be26f03bc5a5901017a30ac8621fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineInterval"}},"defaultValue":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"possible"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imprecise"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;