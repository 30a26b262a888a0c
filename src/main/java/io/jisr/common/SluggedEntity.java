package io.jisr.common;

import io.jisr.common.i18n.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A catalogue record addressed by a unique slug. Declared once so the format rule and the uniqueness check in the
 * write path cover every type that has one.
 */
@MappedSuperclass
public abstract class SluggedEntity extends CatalogueEntity {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @NotBlank
    @Pattern(
            regexp = SLUG_PATTERN,
            message = "must be lowercase letters and digits in words joined by hyphens, such as digital-health")
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    @NonNull
    @Description("Stable, human-readable key, for example `digital-health`; lowercase words joined by hyphens.")
    public String slug;

    /**
     * The folded form of the record's slug and names in every language ({@link SearchText}), kept up to date by the
     * write path, so a search is a {@code like} on one column.
     */
    @Column(name = "search_text", length = 4000)
    @Ignore
    public String searchText;

    /** The texts a search matches: the slug and the names or title in every language. */
    protected abstract String[] searchedTexts();

    @Override
    public void touch() {
        super.touch();
        refreshSearchText();
    }

    @PrePersist
    void refreshSearchText() {
        searchText = SearchText.of(searchedTexts());
    }

    /** Whether {@code text} can be a slug at all; anything else cannot match a record, so needs no query. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= 100 && text.matches(SLUG_PATTERN);
    }
}
