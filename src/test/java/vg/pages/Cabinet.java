package vg.pages;

import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.openqa.selenium.Keys;
import vg.support.RunningApp;

/** What a subscriber does to get into the cabinet: SMS «5» to 1090, then the password from that SMS on the login page. */
final class Cabinet {
    private Cabinet() {
    }

    static String connect(RunningApp vg, String phone) {
        int before = vg.sms().to(phone).size();
        vg.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5");
        return vg.sms().awaitPassword(phone, before);
    }

    /** Logs in from the keyboard, waits for the cabinet's catalogue and reads the first visit's note away. */
    static void logIn(Browser b, RunningApp vg, String phone) {
        logInFirstTime(b, vg, phone);
        // a server clock moved ahead by a test no longer matches the browser's, and then the note is not shown
        if (b.all("#first-visit").get(0).isDisplayed()) b.click("#first-visit-ok");
    }

    /** Logs in from the keyboard and waits for the cabinet's catalogue. */
    static void logInFirstTime(Browser b, RunningApp vg, String phone) {
        String password = connect(vg, phone);
        b.open("/login.html");
        b.type("#phone", phone);
        b.type("#password", password);
        b.find("#password").sendKeys(Keys.ENTER);
        b.waitFor(urlContains("/cabinet.html"));
        b.waitFor(d -> !b.find("#catalogue-status").getText().isEmpty());
    }

    static void section(Browser b, String name) {
        b.click(".tabs a[data-section='" + name + "']");
        b.waitFor(d -> b.find("#" + name).isDisplayed());
    }

    static String tone(long id) {
        return "li[data-tone-id='" + id + "']";
    }
}
