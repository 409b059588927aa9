package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import vg.support.RunningApp;
import vg.support.TestAudio;

/** The editor's batches in a real browser: several files chosen at once, and a ZIP with its manifest. */
class EditorBatchPageTest {
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
    void severalFilesChosenAtOnceBecomeAToneEachAndABrokenOneFailsAloneWithItsReason() throws Exception {
        logIn();
        Path morning = Files.write(dir.resolve("Утро_в_лесу.wav"), TestAudio.wav(2));
        Path evening = Files.write(dir.resolve("Вечер.mp3"), TestAudio.mp3(dir, 3));
        byte[] junk = new byte[30_000];
        new java.util.Random(5).nextBytes(junk);
        Path broken = Files.write(dir.resolve("сломанный.mp3"), junk);

        browser.find("#up-file").sendKeys(String.join("\n", morning.toString(), evening.toString(), broken.toString()));
        browser.waitText("#up-chosen", "сломанный.mp3");
        assertThat(browser.find("#up-title").isEnabled()).as("each title comes from its file").isFalse();
        browser.type("#up-artist", "Хор vg");
        new Select(browser.find("#up-theme")).selectByValue("classical");
        browser.type("#up-price", "10");
        browser.click("#upload button[type=submit]");

        browser.waitFor(Duration.ofSeconds(90), d -> "100".equals(browser.find("#batch-progress").getDomProperty("value")));
        browser.waitText("#upload-status", "Обработано файлов: 2 из 3");
        assertThat(browser.find("#batch-files li[data-file='Утро_в_лесу.wav']").getAttribute("data-status")).isEqualTo("ready");
        assertThat(browser.find("#batch-files li[data-file='Вечер.mp3']").getAttribute("data-status")).isEqualTo("ready");
        assertThat(browser.find("#batch-files li[data-file='сломанный.mp3']").getAttribute("data-status")).isEqualTo("failed");
        assertThat(browser.find("#batch-files li[data-file='сломанный.mp3'] .error").getText()).isNotBlank();
        browser.waitText("#editor-tones", "Утро в лесу");
        browser.screenshots("editor-batch", "#batch-files li[data-status='failed']", "#batch");
    }

    @Test
    void aZipWithAManifestIsFollowedFileByFileAndADuplicateIsNamed() throws Exception {
        logIn();
        byte[] junk = new byte[30_000];
        new java.util.Random(6).nextBytes(junk);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            Object[][] entries = {
                    {"manifest.csv", ("file,title,artist,theme,kind,price,tags\n"
                            + "gimn.wav,Гимн утра,Хор,classical,melody,900,\n"
                            + "gimn.flac,Гимн утра (FLAC),Хор,classical,melody,900,\n"
                            + "broken.ogg,Сломанный,Хор,classical,melody,900,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)},
                    {"gimn.wav", TestAudio.wav(2.5)},
                    {"gimn.flac", TestAudio.encoded(dir, 2.5, "flac", "-c:a", "flac")},
                    {"broken.ogg", junk}};
            for (Object[] e : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry((String) e[0]));
                zip.write((byte[]) e[1]);
                zip.closeEntry();
            }
        }
        Path zip = Files.write(dir.resolve("batch.zip"), bytes.toByteArray());

        browser.find("#zip-file").sendKeys(zip.toString());
        browser.click("#zip-upload button[type=submit]");

        browser.waitFor(Duration.ofSeconds(90), d -> "100".equals(browser.find("#batch-progress").getDomProperty("value")));
        browser.waitText("#zip-status", "обработано 2 из 3");
        assertThat(browser.find("#batch-files li[data-file='broken.ogg']").getAttribute("data-status")).isEqualTo("failed");
        browser.waitText("#batch-files li[data-file='gimn.flac'] .duplicate", "Дубликат");
        browser.waitText("#editor-tones", "Гимн утра (FLAC)");
        assertThat(browser.find("#editor-tones").getText()).contains("дубликат мелодии №");
    }

    private static void logIn() {
        browser.open("/editor.html");
        // the page shows either the desk (a session from an earlier test) or the login form, once it has asked
        String shown = browser.waitFor(d -> (String) browser.js("return !document.getElementById('desk').hidden ? 'desk'"
                + " : !document.getElementById('editor-login-section').hidden ? 'login' : null"));
        if (shown.equals("login")) {
            browser.type("#editor-password", RunningApp.EDITOR_PASSWORD);
            browser.find("#editor-password").sendKeys(Keys.ENTER);
        }
        browser.waitFor(d -> browser.find("#upload").isDisplayed());
    }
}
