package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import vg.support.RunningApp;
import vg.support.TestAudio;

/** The editor's desk in a real browser: log in, upload and watch the transcode, publish, and the tone is found. */
class EditorDeskPageTest {
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

    @Test
    void anEditorUploadsWatchesTheProgressToTheEndPublishesAndSearchFindsTheTone() throws Exception {
        browser.open("/editor.html");
        browser.type("#editor-password", "wrong-password");
        browser.find("#editor-password").sendKeys(Keys.ENTER);
        browser.waitText("#editor-login-status", "Неверное имя или пароль");
        browser.screenshots("editor-login", "#editor-login");
        browser.type("#editor-password", RunningApp.EDITOR_PASSWORD);
        browser.find("#editor-password").sendKeys(Keys.ENTER);
        browser.find("#upload");

        Path file = dir.resolve("utro.mp3");
        Files.write(file, TestAudio.mp3(dir, 8));
        browser.find("#up-file").sendKeys(file.toString());
        browser.type("#up-title", "Утренний звонок");
        browser.type("#up-artist", "Оркестр vg");
        new Select(browser.find("#up-theme")).selectByValue("classical");
        new Select(browser.find("#up-kind")).selectByValue("melody");
        browser.type("#up-price", "15,50");
        browser.type("#up-tags", "утро бодрость");
        browser.click("#upload button[type=submit]");

        List<Long> seen = new ArrayList<>();
        browser.waitFor(Duration.ofSeconds(90), d -> {
            long value = Long.parseLong(browser.find("#upload-progress").getDomProperty("value"));
            if (seen.isEmpty() || seen.get(seen.size() - 1) != value) seen.add(value);
            return value == 100;
        });
        assertThat(seen).as("the bar only goes forward").isSorted();
        browser.waitText("#upload-status", "обработана");
        browser.waitText("#upload-progress-label", "100%");

        String row = "#editor-tones li[data-status='ready']";
        browser.waitText(row + " .title", "Утренний звонок");
        String id = browser.find(row).getAttribute("data-tone-id");
        assertThat(browser.find(row + " .meta").getText()).contains("15,50");
        // the waveform drawn by ffmpeg is shown in the row
        browser.waitFor(d -> ((Number) browser.js("const i = document.querySelector(arguments[0]); return i && i.complete ? i.naturalWidth : 0;",
                row + " img.waveform")).intValue() == 800);

        browser.click(row + " button[aria-label^='Слушать']");
        String src = browser.waitFor(d -> browser.find("#player").getAttribute("src"));
        assertThat(src).endsWith("/api/editor/tones/" + id + "/preview.mp3");
        assertThat(browser.fetchStatus(src)).isEqualTo(200);

        browser.click(row + " button:not(.publish):not([aria-label])");
        browser.find("#edit-dialog");
        browser.type("#ed-artist", "Оркестр «Вместо гудков»");
        browser.click("#edit-form button[type=submit]");
        browser.waitText("#list-status", "Описание сохранено");
        browser.waitText("#editor-tones li[data-tone-id='" + id + "'] .artist", "Оркестр «Вместо гудков»");

        browser.click("#editor-tones li[data-tone-id='" + id + "'] button.publish");
        browser.waitText("#list-status", "опубликована");
        browser.waitText("#editor-tones li[data-tone-id='" + id + "'] .tone-status", "опубликована");

        new Select(browser.find("#status-filter")).selectByValue("ready");
        browser.waitText("#list-status", "Таких мелодий нет");
        new Select(browser.find("#status-filter")).selectByValue("published");
        browser.find("#editor-tones li[data-tone-id='" + id + "']");
        browser.screenshots("editor-desk", "#editor-tones .tone", "#desk > h2");

        browser.open("/");
        browser.type("#q", "утренний");
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.waitText("#results", "Утренний звонок");
        assertThat(browser.driver.findElement(By.cssSelector("#results")).getText()).contains("Оркестр «Вместо гудков»");
    }
}
