package io.jisr.common.paging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jisr.common.error.BadUserInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void shouldAddOnlyClausesWhoseValueIsPresent() {
        Criteria criteria = new Criteria()
                .with("e.status = :status", "status", "SIGNED")
                .with("e.kind = :kind", "kind", null)
                .withAny("e.country in :countries", "countries", List.of())
                .withAny("s.slug in :sectors", "sectors", List.of("ai"));
        assertThat(
                criteria.toString(),
                equalTo(" where e.status = :status and s.slug in :sectors {sectors=[ai], status=SIGNED}"));
        assertThat(new Criteria().with("e.kind = :kind", "kind", null).toString(), equalTo(" {}"));
    }

    @Test
    void shouldEscapeLikeWildcardsAndLowerSearchText() {
        Criteria criteria = new Criteria().withText("lower(e.titleEn) like :q escape '!'", "q", "  100%_Sûr! ");
        assertThat(criteria.toString(), equalTo(" where lower(e.titleEn) like :q escape '!' {q=%100!%!_sûr!!%}"));
        assertThat(new Criteria().withText("x like :q", "q", "   ").toString(), equalTo(" {}"));
    }

    @Test
    void shouldFoldSearchTextLikeTheStoredColumn() {
        assertThat(
                new Criteria().withSearch(" Santé_100% ").toString(),
                equalTo(" where e.searchText like :search escape '!' {search=%sante!_100!%%}"));
        assertThat(
                new Criteria().withSearch("الصحَّة").toString(),
                equalTo(" where e.searchText like :search escape '!' {search=%الصحه%}"));
        assertThat(new Criteria().withSearch(null).toString(), equalTo(" {}"));
    }

    @Test
    void shouldRefuseSearchTextThatCannotBeStored() {
        assertThrows(BadUserInputException.class, () -> new Criteria().withText("x like :q", "q", "a\u0000b"));
        assertThrows(BadUserInputException.class, () -> new Criteria().withText("x like :q", "q", "\uD800"));
        assertThrows(BadUserInputException.class, () -> new Criteria().withSearch("a\u0000b"));
    }
}
