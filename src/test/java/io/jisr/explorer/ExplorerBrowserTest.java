package io.jisr.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jisr.GraphQL;
import io.jisr.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page at {@code /} in a real headless Chromium, checked against what the API answers for the same
 * filter: the document's language and direction, facet counts, list, map markers, a facet narrowing the list, a
 * detail view with its sources, and a clear message when the API cannot be reached. Saves screenshots (desktop and
 * phone, each language) to {@code target/explorer-screenshots}.
 */
@QuarkusTest
class ExplorerBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");
    private static final List<String> GROUPS = List.of("kinds", "statuses", "sectors", "years", "countries");
    private static final String FACETS = "{ value count label(lang: $lang) { text } }";
    private static final String DASHBOARD = "query($lang: Language, $filter: InitiativeFilter) {"
            + " initiatives(filter: $filter, first: 20, orderBy: {field: DATE, direction: DESC}) { totalCount"
            + " edges { node { id } } facets { kinds " + FACETS + " statuses " + FACETS + " sectors " + FACETS
            + " years " + FACETS + " countries " + FACETS + " } }"
            + " dataCentres(first: 100) { edges { node { slug location { latitude } } } } }";

    private static WebDriver browser;

    @TestHTTPResource("/")
    String page;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void restore() {
        ((HasNetworkConditions) browser).deleteNetworkConditions();
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Waits until the page has answered: no request in flight and the list drawn. */
    private static void settled() {
        waiting()
                .until(d -> d.findElement(By.tagName("body")).getAttribute("aria-busy") == null
                        && !d.findElements(By.cssSelector("[data-testid=initiative-item]"))
                                .isEmpty());
    }

    private void open(String language) {
        browser.get(page + "?lang=" + language);
        settled();
    }

    private static JsonPath api(String language, Map<String, Object> filter) {
        Map<String, Object> variables = new TreeMap<>(Map.of("lang", language.toUpperCase()));
        if (filter != null) {
            variables.put("filter", filter);
        }
        return GraphQL.ok(DASHBOARD, variables).extract().jsonPath();
    }

    private static Map<String, Integer> shownFacets() {
        Map<String, Integer> shown = new TreeMap<>();
        for (WebElement facet : browser.findElements(By.cssSelector("[data-testid=facet]"))) {
            shown.put(
                    facet.getAttribute("data-group") + ":" + facet.getAttribute("data-value"),
                    Integer.valueOf(facet.getAttribute("data-count")));
        }
        return shown;
    }

    private static Map<String, Integer> apiFacets(JsonPath answer) {
        Map<String, Integer> facets = new TreeMap<>();
        for (String group : GROUPS) {
            List<Map<String, Object>> values = answer.getList("data.initiatives.facets." + group);
            for (Map<String, Object> value : values) {
                facets.put(group + ":" + value.get("value"), (Integer) value.get("count"));
            }
        }
        return facets;
    }

    private static List<String> shownIds() {
        return browser.findElements(By.cssSelector("[data-testid=initiative-item]")).stream()
                .map(item -> item.getAttribute("data-id"))
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void shouldShowWhatTheApiAnswersInEachLanguage(String language) throws IOException {
        open("en");
        browser.findElement(By.cssSelector("[data-testid=lang-" + language + "]"))
                .click();
        waiting().until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        settled();
        // The switch's own answers are in: a facet label in the new language.
        JsonPath answer = api(language, null);
        String firstKind = answer.getString("data.initiatives.facets.kinds[0].label.text");
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=facet][data-group=kinds]"), firstKind));

        assertEquals(
                "ar".equals(language) ? "rtl" : "ltr",
                browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals(
                "true",
                browser.findElement(By.cssSelector("[data-testid=lang-" + language + "]"))
                        .getAttribute("aria-pressed"));
        assertEquals(apiFacets(answer), shownFacets());
        int total = answer.getInt("data.initiatives.totalCount");
        assertEquals(
                String.valueOf(total),
                browser.findElement(By.cssSelector("[data-testid=total]")).getAttribute("data-total"));
        assertEquals(answer.getList("data.initiatives.edges.node.id"), shownIds());
        long located = answer.getList("data.dataCentres.edges.node.location").stream()
                .filter(location -> location != null)
                .count();
        assertTrue(located > 0);
        assertEquals(
                located,
                browser.findElements(By.cssSelector("[data-testid=map-marker]")).size());

        screenshot(language + "-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        // Phone width: nothing wider than the screen.
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page scrolls sideways on a phone by " + overflow + " px");
        screenshot(language + "-phone");
    }

    @Test
    void shouldNarrowTheListWhenAFacetIsClicked() {
        open("en");
        JsonPath all = api("en", null);
        int total = all.getInt("data.initiatives.totalCount");
        Map<String, Object> sector = all.<Map<String, Object>>getList("data.initiatives.facets.sectors").stream()
                .filter(value -> (Integer) value.get("count") < total)
                .findFirst()
                .orElseThrow();
        WebElement facet = browser.findElement(
                By.cssSelector("[data-testid=facet][data-group=sectors][data-value='" + sector.get("value") + "']"));
        facet.click();
        String count = String.valueOf(sector.get("count"));
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=total]"), "data-total", count));
        settled();

        JsonPath narrowed = api("en", Map.of("sectors", List.of(sector.get("value"))));
        assertEquals(narrowed.getList("data.initiatives.edges.node.id"), shownIds());
        assertEquals(apiFacets(narrowed), shownFacets());
        assertEquals(
                "true",
                browser.findElement(By.cssSelector(
                                "[data-testid=facet][data-group=sectors][data-value='" + sector.get("value") + "']"))
                        .getAttribute("aria-pressed"));
    }

    @Test
    void shouldSearchAsTheUserTypes() {
        open("ar");
        WebElement search = browser.findElement(By.id("search"));
        assertEquals("auto", search.getAttribute("dir"));
        search.sendKeys("Mistral");
        JsonPath found = api("ar", Map.of("search", "Mistral"));
        int total = found.getInt("data.initiatives.totalCount");
        assertTrue(total > 0);
        waiting()
                .until(ExpectedConditions.attributeToBe(
                        By.cssSelector("[data-testid=total]"), "data-total", String.valueOf(total)));
        settled();
        assertEquals(found.getList("data.initiatives.edges.node.id"), shownIds());
        assertEquals(apiFacets(found), shownFacets());
    }

    @Test
    void shouldNarrowTheListToADataCentreChosenOnTheMap() {
        open("en");
        List<Map<String, Object>> dataCentres = GraphQL.ok(
                        "{ dataCentres(first: 100) { edges { node { slug location { latitude } initiatives { id } } } } }")
                .extract()
                .jsonPath()
                .getList("data.dataCentres.edges.node");
        Map<String, Object> chosen = dataCentres.stream()
                .filter(dc -> dc.get("location") != null && !((List<?>) dc.get("initiatives")).isEmpty())
                .findFirst()
                .orElseThrow();
        String slug = (String) chosen.get("slug");
        WebElement marker = browser.findElement(By.cssSelector("[data-testid=map-marker][data-slug='" + slug + "']"));
        marker.sendKeys(Keys.ENTER);
        String count = String.valueOf(((List<?>) chosen.get("initiatives")).size());
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=total]"), "data-total", count));
        settled();
        assertEquals(
                api("en", Map.of("dataCentres", List.of(slug))).getList("data.initiatives.edges.node.id"), shownIds());
        assertEquals(
                "true",
                browser.findElement(By.cssSelector("[data-testid=map-marker][data-slug='" + slug + "']"))
                        .getAttribute("aria-current"));
    }

    @Test
    void shouldShowADetailWithEverySource() throws IOException {
        open("fr");
        WebElement first = browser.findElement(By.cssSelector("[data-testid=initiative-item]"));
        String id = first.getAttribute("data-id");
        first.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        WebElement detail =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=detail]")));
        waiting()
                .until(d -> !detail.findElements(By.cssSelector("[data-testid=source]"))
                        .isEmpty());

        List<String> urls = GraphQL.ok("query($id: ID!) { initiative(id: $id) { sources { url } } }", Map.of("id", id))
                .extract()
                .jsonPath()
                .getList("data.initiative.sources.url");
        assertFalse(urls.isEmpty());
        assertEquals(
                urls,
                detail.findElements(By.cssSelector("[data-testid=source] a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList());
        screenshot("fr-detail");
        detail.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(detail));
    }

    @Test
    void shouldSayInThePageLanguageWhenTheApiCannotBeReached() {
        open("ar");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        browser.findElement(By.cssSelector("[data-testid=facet]")).click();
        WebElement error =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=error]")));
        assertTrue(error.getText().contains("تعذرت قراءة الفهرس"), error.getText());
        // The page keeps what it showed.
        assertFalse(shownIds().isEmpty());

        ((HasNetworkConditions) browser).deleteNetworkConditions();
        error.findElement(By.tagName("button")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=error]")));
        settled();
    }
}
