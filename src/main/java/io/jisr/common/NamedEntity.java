package io.jisr.common;

import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.PrintedText;
import io.jisr.common.i18n.Translations;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A catalogue record addressed by a slug and named in English, French and Arabic. */
@MappedSuperclass
public abstract class NamedEntity extends SluggedEntity {

    @NotBlank
    @Size(max = 500)
    @Column(name = "name_en", nullable = false, length = 500)
    @Ignore
    public String nameEn;

    @Size(max = 500)
    @Column(name = "name_fr", length = 500)
    @Ignore
    public String nameFr;

    @Size(max = 500)
    @Column(name = "name_ar", length = 500)
    @Ignore
    public String nameAr;

    @Override
    protected String[] searchedTexts() {
        return new String[] {slug, nameEn, nameFr, nameAr};
    }

    /** The source that shows the name in {@code language}; null when the editors wrote it (or there is none). */
    protected CatalogueEntity nameSource(Language language) {
        return null;
    }

    /** What a source printed where the name in {@code language} is the editors' correction of it; else null. */
    protected PrintedText namePrinted(Language language) {
        return null;
    }

    @NonNull
    @Description("The name in every stored language, each with its provenance.")
    public Translations getNameTranslations() {
        return Translations.corrected(
                nameEn,
                nameSource(Language.EN),
                namePrinted(Language.EN),
                nameFr,
                nameSource(Language.FR),
                namePrinted(Language.FR),
                nameAr,
                nameSource(Language.AR),
                namePrinted(Language.AR));
    }
}
