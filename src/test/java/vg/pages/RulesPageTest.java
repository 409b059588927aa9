package vg.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.pages.Cabinet.logIn;
import static vg.pages.Cabinet.section;
import static vg.pages.Cabinet.tone;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vg.support.RunningApp;
import vg.support.Seed;

/** The rules page in a real browser: a rule edited in place, and «Что услышит номер…» telling which rule decides. */
class RulesPageTest {
    @TempDir
    static Path dir;
    static RunningApp vg;
    static Browser browser;
    static List<Long> seeded;

    @BeforeAll
    static void start() {
        Browser.assumeChromium();
        vg = new RunningApp(dir.resolve("data"));
        vg.close();
        vg.whileStopped(jdbi -> seeded = Seed.tones(jdbi, "Утренний звон", "Вечерний блюз"));
        vg.start();
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

    private static void add(long toneId) {
        browser.click(tone(toneId) + " button.add");
        browser.waitText("#catalogue-status", "теперь среди ваших мелодий");
    }

    private static String explain(String caller, String localDateTime) {
        browser.type("#explain-caller", caller);
        browser.js("arguments[0].value = arguments[1]", browser.find("#explain-at"), localDateTime);
        String before = browser.find("#explain-result").getText();
        browser.click("#explain-form button[type=submit]");
        browser.waitFor(d -> !browser.find("#explain-result").getText().equals(before)
                && !browser.find("#explain-result").getText().isEmpty());
        return browser.find("#explain-result").getText();
    }

    @Test
    void aRuleIsEditedInPlaceAndTheExplainBoxSaysWhichRuleDecidesWhen() {
        logIn(browser, vg, "9123330001");
        add(seeded.get(0));
        add(seeded.get(1));
        section(browser, "rules");

        browser.click("#rule-tones input[value='" + seeded.get(0) + "']");
        browser.type("#rule-callers", "+7 912 000-00-01");
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Правило сохранено");
        assertThat(browser.find("#rule-list").getText()).contains("№1").contains("Утренний звон").contains("всегда");

        browser.click("#rule-list li button");
        assertThat(browser.find("#rule-form-h").getText()).isEqualTo("Правило №1");
        assertThat(browser.find("#rule-callers").getAttribute("value")).isEqualTo("9120000001");
        browser.click("#rule-tones input[value='" + seeded.get(0) + "']");
        browser.click("#rule-tones input[value='" + seeded.get(1) + "']");
        for (int day = 1; day <= 5; day++) browser.click("#rule-days input[value='" + day + "']");
        browser.js("arguments[0].value = '18:00'", browser.find("#rule-from"));
        browser.js("arguments[0].value = '23:00'", browser.find("#rule-to"));
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Правило изменено");
        assertThat(browser.all("#rule-list li")).hasSize(1);
        assertThat(browser.find("#rule-list").getText()).contains("Вечерний блюз").contains("с 18:00 до 23:00")
                .doesNotContain("Утренний звон");
        assertThat(browser.find("#rule-form-h").getText()).isEqualTo("Новое правило");

        assertThat(explain("9120000001", "2026-12-02T19:30"))
                .isEqualTo("+7 912 000-00-01 услышит: «Вечерний блюз» — правило №1: номер +7 912 000-00-01, будни 18:00–23:00.");
        assertThat(explain("9120000001", "2026-12-05T19:30")).contains("Обычные гудки");
        browser.screenshots("cabinet-explain", "#explain-result", "#explain-h");
        assertThat(browser.driver.findElements(By.cssSelector("#explain-result.error"))).isEmpty();
        assertThat(explain("12345", "2026-12-05T19:30")).contains("Номер не похож на мобильный");
    }

    @Test
    void aRuleForTheNewYearHolidaysIsSetByItsDatesAndABadDateIsExplained() {
        logIn(browser, vg, "9123330002");
        add(seeded.get(0));
        section(browser, "rules");
        browser.click("#rule-tones input[value='" + seeded.get(0) + "']");
        browser.type("#rule-callers", "9120000002");
        browser.type("#rule-date-from", "30.02");
        browser.type("#rule-date-to", "01.03");
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Даты — день.месяц");

        browser.type("#rule-date-from", "31.12");
        browser.type("#rule-date-to", "01.01");
        browser.click("#rule-form button[type=submit]");
        browser.waitText("#rule-status", "Правило сохранено");
        assertThat(browser.find("#rule-list").getText()).contains("31.12–01.01").doesNotContain("всегда");
        assertThat(explain("9120000002", "2027-01-01T00:30"))
                .isEqualTo("+7 912 000-00-02 услышит: «Утренний звон» — правило №1: номер +7 912 000-00-02, каждый день весь день, 31.12–01.01.");
        assertThat(explain("9120000002", "2027-01-02T12:00")).contains("Обычные гудки");
        browser.screenshots("cabinet-rule-dates", "#rule-list li", "#rules h2");
    }
}
