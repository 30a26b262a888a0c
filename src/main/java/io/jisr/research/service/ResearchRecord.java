package io.jisr.research.service;

import java.util.List;
import java.util.Set;

/**
 * A record a research file adds, in the shapes of {@code catalogue-research.json}: the input its feature's service
 * creates it from (the sent fields named in {@code provided}, as a mutation would send them), the organisations
 * (operator, parties or partners) and sectors it links to by slug, and the sources it cites.
 */
record ResearchRecord(
        String kind,
        String slug,
        Object input,
        Set<String> provided,
        String operator,
        List<Party> parties,
        List<String> sectors,
        List<ResearchEntry> sources) {

    /**
     * An organisation named by a record: its slug, and the research's wording where it says more than the slug
     * (kept in the data centre's partners note); for an initiative, the country it acts for and its role.
     */
    record Party(String organisation, String wording, String actingFor, String role) {}
}
