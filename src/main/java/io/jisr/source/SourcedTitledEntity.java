package io.jisr.source;

import io.jisr.common.SluggedEntity;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.Translations;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A record with a title in English, French and Arabic, each shown by a source or written by the editors (the title
 * counterpart of {@link SourcedNamedEntity}). Its subclasses implement {@link SourcedTexts} (declared there: on this
 * class SmallRye would publish it as a type of its own).
 */
@MappedSuperclass
public abstract class SourcedTitledEntity extends SluggedEntity {

    @NotBlank
    @Size(max = 500)
    @Column(name = "title_en", nullable = false, length = 500)
    @Ignore
    public String titleEn;

    @Size(max = 500)
    @Column(name = "title_fr", length = 500)
    @Ignore
    public String titleFr;

    @Size(max = 500)
    @Column(name = "title_ar", length = 500)
    @Ignore
    public String titleAr;

    @Embedded
    @Ignore
    public PrintedTexts printed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_en_source_id")
    @Ignore
    public Source titleEnSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_fr_source_id")
    @Ignore
    public Source titleFrSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_ar_source_id")
    @Ignore
    public Source titleArSource;

    /** The title in {@code language}, null where there is none. */
    @Ignore
    public String title(Language language) {
        return switch (language) {
            case EN -> titleEn;
            case FR -> titleFr;
            case AR -> titleAr;
        };
    }

    @NonNull
    @Description("The title in every stored language, each with its provenance.")
    public Translations getTitleTranslations() {
        PrintedTexts p = printed();
        return Translations.corrected(
                titleEn,
                titleEnSource,
                p.in(Language.EN),
                titleFr,
                titleFrSource,
                p.in(Language.FR),
                titleAr,
                titleArSource,
                p.in(Language.AR));
    }

    public String textField() {
        return "title";
    }

    public String text(Language language) {
        return title(language);
    }

    public void setText(Language language, String text) {
        switch (language) {
            case EN -> titleEn = text;
            case FR -> titleFr = text;
            case AR -> titleAr = text;
        }
    }

    public Source textSource(Language language) {
        return switch (language) {
            case EN -> titleEnSource;
            case FR -> titleFrSource;
            case AR -> titleArSource;
        };
    }

    public void setTextSource(Language language, Source source) {
        switch (language) {
            case EN -> titleEnSource = source;
            case FR -> titleFrSource = source;
            case AR -> titleArSource = source;
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
