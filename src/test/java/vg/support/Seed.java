package vg.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Puts published tones and connected subscribers straight into a stopped vg's database, for tests about what comes after. */
public final class Seed {
    private Seed() {
    }

    /** Published tones titled as given (price 1000 kopecks, 20 s, theme pop); returns their ids in order. */
    public static List<Long> tones(Jdbi jdbi, String... titles) {
        List<Long> ids = new ArrayList<>();
        jdbi.useTransaction(h -> {
            for (String title : titles) {
                ids.add(h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, duration_ms, created_at,"
                                + " published_at, updated_at) VALUES (:t, 'Seed', 'pop', 'melody', 1000, 'published', 20000, 1, 1, 1)")
                        .bind("t", title).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            }
            // written behind vg's back: the change feed does not hold it, so the next start rebuilds the index
            h.execute("UPDATE counters SET value = value + 1 WHERE name = 'changes'");
        });
        return ids;
    }

    /** A subscriber connected by SMS «5» and logged in: the returned client holds the session cookie. */
    public static Http subscriber(RunningApp vg, String phone) {
        int before = vg.sms().to(phone).size();
        vg.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5");
        String password = vg.sms().awaitPassword(phone, before);
        Http browser = vg.http().withCookies();
        Http.Response r = browser.postJson("/api/session", Map.of("phone", phone, "password", password));
        if (r.status() != 200) throw new AssertionError("login failed: " + r);
        return browser;
    }
}
