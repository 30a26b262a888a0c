package io.jisr.organisation.service;

/** What organisations can be counted by: one facet each. */
public enum OrganisationDimension {
    TYPES,
    COUNTRIES,
    SECTORS
}
