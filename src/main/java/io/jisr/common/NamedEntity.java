package io.jisr.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.jisr.common.i18n.Translations;

/** A catalogue record addressed by a slug and named in English, French and Arabic. */
@MappedSuperclass
public abstract class NamedEntity extends CatalogueEntity {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @NotBlank
    @Pattern(regexp = SLUG_PATTERN, message = "must be lowercase letters and digits in words joined by hyphens, such as digital-health")
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    @NonNull
    @Description("Stable, human-readable key, for example `digital-health`; lowercase words joined by hyphens.")
    public String slug;

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

    /** Whether {@code text} can be a slug at all; anything else cannot match a record, so needs no query. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= 100 && text.matches(SLUG_PATTERN);
    }

    @NonNull
    @Description("The name in every stored language.")
    public Translations getNameTranslations() {
        return new Translations(nameEn, nameFr, nameAr);
    }
}
