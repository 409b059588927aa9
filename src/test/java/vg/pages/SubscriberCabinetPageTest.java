package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.pages.Cabinet.logIn;
import static vg.pages.Cabinet.section;
import static vg.pages.Cabinet.tone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vg.support.Editor;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;
import vg.support.TestAudio;

/** The subscriber's cabinet in a real browser against a real vg: one app for the class, a new subscriber per test. */
class SubscriberCabinetPageTest {
    @TempDir
    static Path dir;
    static RunningApp vg;
    static Browser browser;
    static long sonata;
    static List<Long> seeded;

    @BeforeAll
    static void start() {
        Browser.assumeChromium();
        vg = new RunningApp(dir.resolve("data"));
        vg.close();
        vg.whileStopped(jdbi -> seeded = Seed.tones(jdbi, "Звонок из детства", "Я на совещании", "Шутка про кота"));
        vg.start();
        // a real upload, so that its preview exists and plays
        sonata = new Editor(vg.editor()).publishNew(
                Editor.fields("Лунная соната", "Людвиг ван Бетховен", "classical", "melody", "piano фортепиано"),
                "sonata.mp3", TestAudio.mp3(dir, 4));
        browser = new Browser(vg.app().port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (vg != null) vg.close();
    }

    @BeforeEach
    void freshSession() {
        browser.driver.manage().deleteAllCookies();
    }

    private static long heardBy(String caller, String callee) {
        Http.Response r = vg.gateway().get("/api/playback/resolve?caller=" + caller + "&callee=" + callee);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("toneId").asLong();
    }

    @Test
    void aSubscriberLogsInWithTheSmsPasswordFindsAToneListensAndMakesItTheDefault() {
        Cabinet.logInFirstTime(browser, vg, "9121110001");
        assertThat(browser.find("#first-visit").getText()).as("the first visit says that billing starts, and the fee")
                .contains("платная").contains("2,50").contains("в день");
        browser.screenshots("cabinet-catalogue", "#results .tone");
        browser.click("#first-visit-ok");
        browser.waitFor(d -> !browser.all("#first-visit").get(0).isDisplayed());

        browser.type("#q", "бетхов");
        browser.waitFor(d -> browser.all("#suggestions option").stream().anyMatch(o -> "Лунная соната".equals(o.getAttribute("value"))));
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.waitText("#results li:first-child .title", "Лунная соната");

        browser.click(tone(sonata) + " button[aria-label^='Слушать']");
        String src = browser.waitFor(d -> browser.find("#player").getAttribute("src"));
        assertThat(src).endsWith("/api/tones/" + sonata + "/preview.mp3");
        assertThat(browser.fetchStatus(src)).isEqualTo(200);

        WebElement add = browser.find(tone(sonata) + " button.add");
        assertThat(add.getText()).contains("Добавить").contains("25,00");
        add.click();
        browser.waitText("#catalogue-status", "теперь среди ваших мелодий");

        section(browser, "mine");
        browser.click("#my-tones " + tone(sonata) + " button.make-default");
        browser.waitText("#my-tones " + tone(sonata), "по умолчанию");
        assertThat(heardBy("9990000001", "9121110001")).as("a stranger now hears the default").isEqualTo(sonata);
        browser.screenshots("cabinet-my-tones", "#my-tones .tone");
    }

    @Test
    void aCallerRuleSetOnThePageDecidesWhatThatCallerHearsAndABadNumberIsExplained() {
        logIn(browser, vg, "9121110002");
        browser.click(tone(seeded.get(0)) + " button.add");
        browser.waitText("#catalogue-status", "теперь среди ваших мелодий");
        section(browser, "rules");
        assertThat(browser.find("#rules details").getText()).contains("самое точное").contains("мелодия по умолчанию");

        browser.click("#rule-tones input[value='" + seeded.get(0) + "']");
        browser.type("#rule-callers", "123");
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Номер не похож на мобильный");

        browser.type("#rule-callers", "+7 912 555-44-33");
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Правило сохранено");
        assertThat(browser.find("#rule-list").getText()).contains("+7 912 555-44-33").contains("Звонок из детства");
        assertThat(heardBy("9125554433", "9121110002")).isEqualTo(seeded.get(0));
        browser.screenshots("cabinet-rules", "#rule-list li", "#rules h2");
    }

    @Test
    void aGiftSentFromOneCabinetIsAcceptedInAnotherAndTheGiverSeesIt() {
        String giver = "9121110003";
        String friend = "9121110004";
        logIn(browser, vg, giver);
        browser.click(tone(seeded.get(1)) + " button.gift");
        browser.waitFor(d -> browser.find("#gifts").isDisplayed());
        assertThat(browser.find("#gift-tone").getAttribute("value")).isEqualTo(String.valueOf(seeded.get(1)));
        browser.type("#gift-to", "8 912 111 00 04");
        browser.click("#gift-form button[type=submit]");
        browser.waitText("#gift-status", "Подарок отправлен");
        browser.waitText("#gifts-out", "ждёт ответа");

        try (Browser other = new Browser(vg.app().port())) {
            logIn(other, vg, friend);
            section(other, "gifts");
            other.waitText("#gifts-in", "Я на совещании");
            other.screenshots("cabinet-gifts", "#gifts-in li");
            other.click("#gifts-in button.accept");
            other.waitText("#gift-status", "теперь среди ваших мелодий");
            other.waitText("#gifts-in", "принят");
            section(other, "mine");
            other.find("#my-tones " + tone(seeded.get(1)));
        }
        browser.driver.navigate().refresh();
        browser.waitText("#gifts-out", "принят");
    }

    @Test
    void heardTonesCanBeAddedAndTheAccountShowsChargesSuspensionAndHowToDisconnect() {
        String me = "9121110005";
        Http callee = Seed.subscriber(vg, "9121110006");
        callee.postJson("/api/me/tones", Map.of("toneId", seeded.get(2)));
        callee.putJson("/api/me/default", Map.of("toneId", seeded.get(2)));
        logIn(browser, vg, me);
        assertThat(heardBy(me, "9121110006")).isEqualTo(seeded.get(2));

        section(browser, "heard");
        // heard calls are written in batches; reopening the section asks again
        browser.waitFor(Duration.ofSeconds(10), d -> {
            if (!browser.all("#heard-list " + tone(seeded.get(2))).isEmpty()) return true;
            section(browser, "account");
            section(browser, "heard");
            return false;
        });
        WebElement add = browser.find("#heard-list " + tone(seeded.get(2)) + " button.add");
        assertThat(add.getText()).contains("10,00");
        add.click();
        browser.waitText("#heard-status", "добавлена");
        browser.screenshots("cabinet-heard", "#heard-list .tone");

        section(browser, "account");
        browser.waitText("#charge-rows", "мелодия «Шутка про кота»");
        assertThat(browser.find("#charge-rows").getText()).contains("абонентская плата").contains("2,50");
        browser.screenshots("cabinet-account", "#charge-rows tr", "#account h1");
        browser.click("#suspend");
        browser.waitText("#account-status", "приостановлена");
        browser.find("#suspended-note");
        assertThat(vg.gateway().get("/api/playback/resolve?caller=9990000002&callee=" + me).status()).isEqualTo(204);
        browser.click("#resume");
        browser.waitText("#account-status", "снова работает");

        browser.click("#disconnect");
        WebElement dialog = browser.find("#disconnect-dialog");
        assertThat(dialog.getText()).contains("«0»").contains("1090").contains("обычные гудки").contains("плата перестанет");
        browser.screenshots("cabinet-disconnect", "#disconnect-dialog");
        dialog.sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> !browser.all("#disconnect-dialog").get(0).isDisplayed());
    }
}
