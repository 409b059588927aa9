package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import vg.support.MutableClock;
import vg.support.RunningApp;

/** After 15 idle minutes the next action lands on a login form that says why; the server's clock is moved, not waited for. */
class SessionExpiryPageTest {
    @TempDir
    static Path dir;
    static final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("UTC"));
    static RunningApp vg;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeChromium();
        vg = new RunningApp(dir.resolve("data"), Map.of(), clock);
        browser = new Browser(vg.app().port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (vg != null) vg.close();
    }

    @Test
    void aSubscriberIdleForSixteenMinutesIsSentToTheLoginPageWithTheReason() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/cabinet.html");
        browser.waitFor(urlContains("/login.html?reason=not_logged_in"));
        assertThat(browser.find("#reason").getText()).contains("войдите");

        Cabinet.logIn(browser, vg, "9122220001");
        clock.advance(Duration.ofMinutes(16));
        Cabinet.section(browser.open("/cabinet.html#catalogue"), "catalogue"); // the catalogue is public and still answers
        browser.click(".tabs a[data-section='mine']");
        browser.waitFor(urlContains("/login.html?reason=session_expired"));
        assertThat(browser.find("#reason").getText()).contains("15 минут").contains("Войдите снова");
        browser.screenshots("login-expired", "#login");
    }

    @Test
    void anEditorIdleForSixteenMinutesIsAskedToLogInAgainWithTheReason() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/editor.html");
        browser.type("#editor-password", RunningApp.EDITOR_PASSWORD);
        browser.find("#editor-password").sendKeys(Keys.ENTER);
        browser.find("#upload");
        clock.advance(Duration.ofMinutes(16));
        browser.click("#refresh");
        browser.waitText("#editor-reason", "15 минут");
        assertThat(browser.find("#editor-login-section").isDisplayed()).isTrue();
    }
}
