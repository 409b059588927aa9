package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vg.support.RunningApp;

/** /api-docs on a fresh start: Swagger UI from vg itself shows the document, and a person tries calls from it. */
class ApiDocsPageTest {
    @TempDir
    static Path dir;
    static RunningApp vg;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeChromium();
        vg = new RunningApp(dir.resolve("data"));
        browser = new Browser(vg.app().port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (vg != null) vg.close();
    }

    /** Expands an operation, presses «Try it out», optionally sets the JSON body, executes, and returns its status. */
    private String tryIt(String operation, String body) {
        String block = "#operations-" + operation;
        browser.click(block + " .opblock-summary-control");
        browser.click(block + " .try-out__btn");
        if (body != null) {
            WebElement text = browser.find(block + " textarea.body-param__text");
            text.clear();
            text.sendKeys(body);
        }
        browser.click(block + " .execute");
        return browser.find(block + " .live-responses-table tr.response .response-col_status").getText().strip();
    }

    private String responseBody(String operation) {
        return browser.find("#operations-" + operation + " .live-responses-table .response-col_description pre").getText();
    }

    @Test
    void thePageShowsEveryRouteFromVgItselfWithNothingFromElsewhere() {
        browser.open("/api-docs");
        browser.waitText(".info .title", "vg");
        assertThat(browser.all(".opblock")).hasSizeGreaterThan(45);
        browser.find("#operations-Switch-getApiPlaybackResolve");
        browser.screenshots("api-docs", ".opblock");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
        // swagger-ui's stylesheet inlines its icons as data: URIs, which Chromium lists once an icon is drawn: they
        // come from the stylesheet vg served, not from anywhere else
        assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(browser.url("/")) || url.startsWith("data:"),
                "served by vg itself");
    }

    @Test
    void aPersonTriesAPublicCallAndThenLogsInAndTriesACabinetCall() {
        browser.open("/api-docs");
        assertThat(tryIt("Catalogue-getApiThemes", null)).isEqualTo("200");
        assertThat(responseBody("Catalogue-getApiThemes")).contains("\"id\"", "\"name\"");

        String password = Cabinet.connect(vg, "9121234567");
        assertThat(tryIt("Cabinet-postApiSession", "{\"phone\": \"9121234567\", \"password\": \"" + password + "\"}"))
                .isEqualTo("200");
        assertThat(tryIt("Cabinet-getApiMe", null)).isEqualTo("200");
        assertThat(responseBody("Cabinet-getApiMe")).contains("\"phone\": \"9121234567\"");
    }
}
