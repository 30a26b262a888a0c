package io.jisr.common.i18n;

import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.postIn;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocalizationTest {

    private static final String ARABIC_AI = "الذكاء الاصطناعي";
    private static final String SECTOR =
            "{ sectorBySlug(slug: \"ai\") { name%s { text language requested fallback } } }";

    @Test
    void shouldUseTheLangArgumentFirst() {
        ok(SECTOR.formatted("(lang: FR)"))
                .body("data.sectorBySlug.name.text", equalTo("intelligence artificielle (IA)"))
                .body("data.sectorBySlug.name.language", equalTo("FR"))
                .body("data.sectorBySlug.name.fallback", equalTo(false));
        postIn("ar", SECTOR.formatted("(lang: EN)"))
                .statusCode(200)
                .body("data.sectorBySlug.name.text", equalTo("Artificial intelligence"));
    }

    @Test
    void shouldUseAcceptLanguageWhenNoArgument() {
        postIn("ar-SA,ar;q=0.9,en;q=0.5", SECTOR.formatted(""))
                .statusCode(200)
                .body("data.sectorBySlug.name.text", equalTo(ARABIC_AI))
                .body("data.sectorBySlug.name.requested", equalTo("AR"));
        postIn("de-DE, fr;q=0.8", SECTOR.formatted("")).body("data.sectorBySlug.name.language", equalTo("FR"));
        postIn("en;q=0.1, fr;q=0.9", SECTOR.formatted("")).body("data.sectorBySlug.name.language", equalTo("FR"));
    }

    @Test
    void shouldUseAcceptLanguageBelowBatchedRelations() {
        // Batched relations load on a worker thread; the fields below them still see this request's header.
        postIn(
                        "ar",
                        "{ sectorBySlug(slug: \"ai\") { initiatives { sectors { name { requested } } "
                                + "partners { organisation { name { requested } } } } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sectorBySlug.initiatives.sectors.flatten().name.requested", everyItem(equalTo("AR")))
                .body("data.sectorBySlug.initiatives.sectors.flatten()", not(empty()))
                .body(
                        "data.sectorBySlug.initiatives.partners.flatten().organisation.name.requested",
                        everyItem(equalTo("AR")))
                .body("data.sectorBySlug.initiatives.partners.flatten()", not(empty()));
    }

    @Test
    void shouldDefaultToEnglish() {
        ok(SECTOR.formatted(""))
                .body("data.sectorBySlug.name.language", equalTo("EN"))
                .body("data.sectorBySlug.name.requested", equalTo("EN"));
        postIn("de", SECTOR.formatted("")).body("data.sectorBySlug.name.language", equalTo("EN"));
        postIn(";;;=garbage", SECTOR.formatted(""))
                .statusCode(200)
                .body("data.sectorBySlug.name.language", equalTo("EN"));
    }

    @Test
    void shouldFallBackToEnglishThenFrenchAndSaySo() {
        // Every seeded name has all three languages since the bundled research; a new record may lack one.
        io.jisr.AdminGraphQL.ok(
                io.jisr.TestMutations.CREATE_SECTOR,
                io.jisr.TestMutations.vars(
                        "input",
                        io.jisr.TestMutations.vars(
                                "slug", "test-no-arabic", "nameEn", "No Arabic", "nameFr", "Sans arabe")));
        ok("{ sectorBySlug(slug: \"test-no-arabic\") { name(lang: AR) { language requested fallback } "
                        + "nameTranslations { ar } } }")
                .body("data.sectorBySlug.name.language", equalTo("EN"))
                .body("data.sectorBySlug.name.requested", equalTo("AR"))
                .body("data.sectorBySlug.name.fallback", equalTo(true))
                .body("data.sectorBySlug.nameTranslations.ar", nullValue());
    }

    @Test
    void shouldExposeAllTranslationsAndKeepArabicByteForByte() {
        byte[] body = ok("{ sectorBySlug(slug: \"ai\") { nameTranslations { en fr ar } } }")
                .body("data.sectorBySlug.nameTranslations.en", equalTo("Artificial intelligence"))
                .body("data.sectorBySlug.nameTranslations.fr", equalTo("intelligence artificielle (IA)"))
                .extract()
                .asByteArray();
        String json = new String(body, StandardCharsets.UTF_8);
        org.hamcrest.MatcherAssert.assertThat(json.contains(ARABIC_AI), equalTo(true));
        byte[] expected = ARABIC_AI.getBytes(StandardCharsets.UTF_8);
        org.hamcrest.MatcherAssert.assertThat(indexOf(body, expected) >= 0, equalTo(true));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
