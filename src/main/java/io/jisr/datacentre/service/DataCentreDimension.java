package io.jisr.datacentre.service;

/** What data centres can be counted by: one facet each. */
public enum DataCentreDimension {
    SECTORS,
    STATUSES,
    CAPABILITIES,
    COUNTRIES,
    OPERATORS,
    CITIES,
    YEARS
}
