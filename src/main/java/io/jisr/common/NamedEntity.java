package io.jisr.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.jisr.common.i18n.Translations;

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


    @NonNull
    @Description("The name in every stored language.")
    public Translations getNameTranslations() {
        return new Translations(nameEn, nameFr, nameAr);
    }
}
