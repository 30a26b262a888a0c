package io.jisr.source;

import java.util.Set;

/**
 * A record that cites sources. Lets the source feature cite on any such record without knowing the types above it in
 * the data model.
 */
public interface CitesSources {

    /** The live set of sources the record cites; changes to it are saved with the record. */
    Set<Source> citedSources();
}
