package io.jisr.initiative.service;

/** What initiatives can be counted by: one facet each. */
public enum InitiativeDimension {
    SECTORS,
    ORGANISATIONS,
    COUNTRIES,
    STATUSES,
    KINDS,
    YEARS
}
