package io.jisr.source;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Ignore;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.NamedEntity;
import io.jisr.common.i18n.Language;

/**
 * A named record whose name, in each language, may be shown by a source: the provenance of a name is that source, or
 * the catalogue's editors when none is set. Declared here, not in {@code common}, because it refers to {@link Source}.
 */
@MappedSuperclass
public abstract class SourcedNamedEntity extends NamedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "name_en_source_id")
    @Ignore
    public Source nameEnSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "name_fr_source_id")
    @Ignore
    public Source nameFrSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "name_ar_source_id")
    @Ignore
    public Source nameArSource;

    @Override
    protected CatalogueEntity nameSource(Language language) {
        return switch (language) {
            case EN -> nameEnSource;
            case FR -> nameFrSource;
            case AR -> nameArSource;
        };
    }
}
