package io.jisr.graphql.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jisr.HeadlessChromium;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GraphiQL as shipped, in a real headless Chromium ({@link HeadlessChromium}): it loads the schema into its docs
 * explorer, runs a query typed into its editor, and sends the Authorization header set in its Headers pane.
 */
@QuarkusTest
class GraphiQLBrowserTest {

    private static WebDriver browser;

    @TestHTTPResource("/q/graphql-ui/")
    String graphiql;

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void open() {
        browser.get(graphiql);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")));
    }

    /** Types into a CodeMirror editor as a user would, key by key. */
    private static void type(WebElement editor, String text) {
        editor.findElement(By.cssSelector(".CodeMirror")).click();
        WebElement input = editor.findElement(By.cssSelector(".CodeMirror textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private String run(String query) {
        type(browser.findElement(By.cssSelector(".graphiql-query-editor")), query);
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        By response = By.cssSelector(".graphiql-response .CodeMirror-code");
        waiting()
                .until(d -> d.findElement(response).getText().contains("\"data\"")
                        || d.findElement(response).getText().contains("\"errors\""));
        return browser.findElement(response).getText();
    }

    @Test
    void shouldShowTheSchemaInTheDocsExplorer() {
        open();
        browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']"))
                .click();
        // The root types appear once the schema has been fetched and built in the browser.
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//span[@class='graphiql-doc-explorer-root-type' and text()='query']/following-sibling::a")))
                .click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".graphiql-doc-explorer"), "initiativeBySlug"));
        assertTrue(
                browser.findElements(By.cssSelector(".graphiql-doc-explorer-error"))
                        .isEmpty(),
                "no schema error");
    }

    @Test
    void shouldRunAQueryTypedIntoTheEditor() {
        open();
        String result = run("{ sectors(first: 2) { totalCount edges { node { slug } } } }");
        assertTrue(result.contains("\"totalCount\": 14"), result);
        assertTrue(!result.contains("\"errors\""), result);
    }

    @Test
    void shouldSendTheAuthorizationHeaderFromTheHeadersPane() {
        open();
        browser.findElements(By.cssSelector(".graphiql-editor-tools button")).stream()
                .filter(b -> b.getText().trim().equals("Headers"))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement headers = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".graphiql-editor-tool .graphiql-editor:not(.hidden)")));
        type(headers, "{\"Authorization\": \"Bearer " + TestTokens.admin("graphiql-user") + "\"}");
        String result = run("mutation { createSector(input: { slug: \"test-graphiql\", nameEn: \"GraphiQL\" }) "
                + "{ slug history { edges { node { actor } } } } }");
        assertTrue(result.contains("\"test-graphiql\"") && result.contains("\"graphiql-user\""), result);
    }
}
