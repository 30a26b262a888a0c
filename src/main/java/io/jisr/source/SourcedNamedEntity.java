package io.jisr.source;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.NamedEntity;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.PrintedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * A named record whose name, in each language, may be shown by a source: the provenance of a name is that source, or
 * the catalogue's editors when none is set. Its subclasses implement {@link SourcedTexts} (declared there: on this
 * class SmallRye would publish it as a type of its own). Declared here, not in {@code common}, because it refers to {@link Source}.
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

    @Embedded
    @Ignore
    public PrintedTexts printed;

    @Override
    protected CatalogueEntity nameSource(Language language) {
        return textSource(language);
    }

    @Override
    protected PrintedText namePrinted(Language language) {
        return printed().in(language);
    }

    public String textField() {
        return "name";
    }

    public String text(Language language) {
        return switch (language) {
            case EN -> nameEn;
            case FR -> nameFr;
            case AR -> nameAr;
        };
    }

    public void setText(Language language, String text) {
        switch (language) {
            case EN -> nameEn = text;
            case FR -> nameFr = text;
            case AR -> nameAr = text;
        }
    }

    public Source textSource(Language language) {
        return switch (language) {
            case EN -> nameEnSource;
            case FR -> nameFrSource;
            case AR -> nameArSource;
        };
    }

    public void setTextSource(Language language, Source source) {
        switch (language) {
            case EN -> nameEnSource = source;
            case FR -> nameFrSource = source;
            case AR -> nameArSource = source;
        }
    }

    public PrintedTexts printed() {
        // Hibernate leaves an embedded value null when all its columns are.
        if (printed == null) {
            printed = new PrintedTexts();
        }
        return printed;
    }
}
