package io.jisr.common.i18n;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldIgnoreFrenchAccentsAndCase() {
        assertThat(SearchText.fold("Santé numérique"), equalTo("sante numerique"));
        assertThat(SearchText.fold("ÉCOLE Polytechnique"), equalTo("ecole polytechnique"));
        assertThat(SearchText.fold("cœur"), equalTo("coeur"));
        assertThat(SearchText.fold("Ça, où, là, naïve"), equalTo("ca, ou, la, naive"));
    }

    @Test
    void shouldFoldTheArabicAlefForms() {
        String bare = "\u0627"; // ا
        for (String alef : new String[] {"\u0623", "\u0625", "\u0622", "\u0671"}) { // أ إ آ ٱ
            assertThat(alef, SearchText.fold(alef), equalTo(bare));
        }
        assertThat(SearchText.fold("الإمارات"), equalTo(SearchText.fold("الامارات")));
    }

    @Test
    void shouldFoldTehMarbutaAlefMaksuraAndHamzaSeats() {
        assertThat(SearchText.fold("الصحة"), equalTo("الصحه"));
        assertThat(SearchText.fold("مستشفى"), equalTo("مستشفي"));
        assertThat(SearchText.fold("مؤسسة"), equalTo("موسسه"));
        assertThat(SearchText.fold("هيئة"), equalTo("هييه"));
    }

    @Test
    void shouldIgnoreDiacriticsAndTatweel() {
        // الذَّكَاءُ الاصْطِنَاعِيُّ with harakat and shadda; and with a tatweel in ذكـاء
        assertThat(SearchText.fold("الذَّكَاءُ الاصْطِنَاعِيُّ"), equalTo(SearchText.fold("الذكاء الاصطناعي")));
        assertThat(SearchText.fold("الذكـــاء"), equalTo(SearchText.fold("الذكاء")));
    }

    @Test
    void shouldJoinTheFoldedNamesOfARecord() {
        assertThat(
                SearchText.of("ai", "Artificial intelligence", null, "الذكاء الاصطناعي"),
                equalTo("ai\nartificial intelligence\nالذكاء الاصطناعي"));
        assertThat(SearchText.fold(null), nullValue());
    }
}
