package vg.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.MutableClock;
import vg.support.RunningApp;
import vg.support.SmsInbox;

class LoginAndBillingTest {
    static final String PHONE = "9121234567";
    /** 15:00 in Yekaterinburg, the operator's default time zone. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    RunningApp vg;
    String password;

    @BeforeEach
    void connect() {
        vg = new RunningApp(dir, Map.of("VG_DAILY_FEE", "300"), clock);
        assertThat(vg.gateway().get("/sms/inbound?from=" + PHONE + "&to=1090&text=5").status()).isEqualTo(202);
        password = SmsInbox.passwordIn(vg.sms().await(PHONE, 1));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private Http loggedIn() {
        Http browser = vg.http().withCookies();
        Http.Response r = browser.postJson("/api/session", Map.of("phone", "8" + PHONE, "password", password));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return browser;
    }

    private List<JsonNode> charges(Http browser) {
        List<JsonNode> list = new ArrayList<>();
        browser.get("/api/me/charges").json().forEach(list::add);
        return list;
    }

    private void restartAfter(Duration offline) {
        vg.close();
        clock.advance(offline);
        vg.start();
    }

    @Test
    void onlyTheFirstLoginSaysItIsTheFirstVisit() {
        assertThat(vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password)).json().get("firstVisit").asBoolean()).isTrue();
        assertThat(vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password)).json().get("firstVisit").asBoolean()).isFalse();
    }

    @Test
    void theCabinetShowsTheSubscribersOwnAccount() {
        JsonNode me = loggedIn().get("/api/me").json();
        assertThat(me.get("phone").asText()).isEqualTo(PHONE);
        assertThat(me.get("status").asText()).isEqualTo("active");
        assertThat(me.get("corporate").asBoolean()).isFalse();
        assertThat(me.get("connectedAt").asText()).isEqualTo("2026-11-26T15:00:00+05:00");
        assertThat(me.get("firstVisitAt").asText()).isEqualTo("2026-11-26T15:00:00+05:00");
        assertThat(me.get("dailyFee").asInt()).isEqualTo(300);
        assertThat(me.get("defaultToneId").isNull()).isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndANewOneIsIssuedAtEveryLogin() {
        Http.Response first = vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password));
        String setCookie = first.header("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("vg_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Http.Response second = vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password), "Cookie", cookie);
        String renewed = second.header("Set-Cookie").orElseThrow();
        assertThat(renewed.substring(0, renewed.indexOf(';'))).isNotEqualTo(cookie);
        assertThat(vg.http().get("/api/me", "Cookie", cookie).json().get("error").asText())
                .as("the session from before the login is over").isEqualTo("not_logged_in");
        assertThat(vg.http().get("/api/me", "Cookie", renewed.substring(0, renewed.indexOf(';'))).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        Http browser = loggedIn();
        assertThat(browser.delete("/api/session").status()).isEqualTo(204);
        assertThat(browser.get("/api/me").json().get("error").asText()).isEqualTo("not_logged_in");
    }

    @Test
    void aSessionEndsAfterFifteenIdleMinutesAndNotBefore() {
        Http browser = loggedIn();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(browser.get("/api/me/charges").status()).as("every request extends it").isEqualTo(200);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        Http.Response expired = browser.get("/api/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error").asText()).isEqualTo("session_expired");
        assertThat(browser.get("/api/me").json().get("error").asText()).isEqualTo("not_logged_in");
    }

    @Test
    void aSessionSurvivesARestart() {
        Http browser = loggedIn();
        restartAfter(Duration.ofMinutes(1));
        Http again = new Http(vg.app().port());
        String cookie = browser.cookieHeader();
        assertThat(again.get("/api/me", "Cookie", cookie).status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresFromAnyAddressesLockTheNumberForFifteenMinutesAndASuccessResetsTheCount() {
        Http http = vg.http();
        String wrong = "{\"phone\":\"" + PHONE + "\",\"password\":\"wrong\"}";
        String right = "{\"phone\":\"" + PHONE + "\",\"password\":\"" + password + "\"}";
        for (int i = 0; i < 4; i++) assertThat(http.postJsonFrom(i % 2 == 0 ? "127.0.0.1" : "127.0.0.2", "/api/session", wrong).status()).isEqualTo(401);
        assertThat(http.postJsonFrom("127.0.0.3", "/api/session", right).status()).as("a success resets the count").isEqualTo(200);
        for (int i = 0; i < 5; i++) assertThat(http.postJsonFrom("127.0.0." + (i + 1), "/api/session", wrong).status()).isEqualTo(401);
        Http.Response locked = http.postJsonFrom("127.0.0.9", "/api/session", right);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("error").asText()).isEqualTo("too_many_attempts");
        assertThat(http.postJson("/api/session", Map.of("phone", "9001112233", "password", "x")).status())
                .as("other numbers are not affected").isEqualTo(401);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(http.postJsonFrom("127.0.0.1", "/api/session", right).status()).isEqualTo(200);
    }

    @Test
    void parallelGuessesCannotGetPastTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++)
            guesses.add(() -> vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", "guess")).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(guesses)) statuses.add(f.get());
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("only five guesses are checked").isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(15);
        assertThat(vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password)).status()).isEqualTo(429);
    }

    @Test
    void badLoginRequestsAreClear4xx() {
        Http http = vg.http();
        assertThat(http.postJson("/api/session", Map.of("phone", "12345", "password", "x")).json().get("error").asText()).isEqualTo("invalid_phone");
        assertThat(http.postJson("/api/session", "{not json").json().get("error").asText()).isEqualTo("invalid_body");
        assertThat(http.postJson("/api/session", Map.of("phone", PHONE)).status()).isEqualTo(401);
        assertThat(http.get("/api/me").json().get("error").asText()).isEqualTo("not_logged_in");
        assertThat(http.post("/api/me/suspend").status()).isEqualTo(401);
    }

    @Test
    void fiftyParallelWrongPasswordsGetFiveChecksBetweenThemAndTheNumberIsLocked() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String guess = "wrong-" + i;
            guesses.add(() -> vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", guess)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(guesses)) statuses.add(f.get());
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("checked and wrong").isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).as("refused unchecked").isEqualTo(45);
        assertThat(vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password)).status()).isEqualTo(429);
    }

    @Test
    void fiftyConcurrentFirstLoginsWriteExactlyOneCharge() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> logins = new ArrayList<>();
        for (int i = 0; i < 50; i++)
            logins.add(() -> vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", password)).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(logins)) statuses.add(f.get());
        pool.shutdown();
        assertThat(statuses).containsOnly(200);
        List<JsonNode> charges = charges(loggedIn());
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("kind").asText()).isEqualTo("subscription");
        assertThat(charges.get(0).get("amount").asInt()).isEqualTo(300);
        assertThat(charges.get(0).get("day").asText()).isEqualTo("2026-11-26");
    }

    @Test
    void nothingIsChargedBeforeTheFirstVisit() {
        restartAfter(Duration.ofDays(3));
        List<JsonNode> charges = charges(loggedIn());
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("day").asText()).isEqualTo("2026-11-29");
    }

    @Test
    void threeDaysWithTheServerOffGiveExactlyThreeMoreChargesAndRestartsAddNone() {
        loggedIn();
        restartAfter(Duration.ofDays(3));
        restartAfter(Duration.ofMinutes(5));
        List<JsonNode> charges = charges(loggedIn());
        assertThat(charges).extracting(c -> c.get("day").asText())
                .containsExactly("2026-11-29", "2026-11-28", "2026-11-27", "2026-11-26");
    }

    @Test
    void theDayChangesAtTheOperatorsMidnight() {
        loggedIn();
        // 18:59 UTC is 23:59 in Yekaterinburg; two minutes later it is the next local day there
        clock.advance(Duration.ofHours(8).plusMinutes(59));
        restartAfter(Duration.ZERO);
        assertThat(charges(loggedIn())).hasSize(1);
        restartAfter(Duration.ofMinutes(2));
        assertThat(charges(loggedIn())).extracting(c -> c.get("day").asText()).containsExactly("2026-11-27", "2026-11-26");
    }

    @Test
    void suspendedAndDisconnectedDaysAreNotCharged() {
        Http browser = loggedIn();
        assertThat(browser.post("/api/me/suspend").json().get("status").asText()).isEqualTo("suspended");
        restartAfter(Duration.ofDays(2));
        browser = loggedIn();
        assertThat(charges(browser)).hasSize(1);
        assertThat(browser.post("/api/me/resume").json().get("status").asText()).isEqualTo("active");
        assertThat(charges(browser)).extracting(c -> c.get("day").asText()).containsExactly("2026-11-28", "2026-11-26");
        assertThat(vg.gateway().get("/sms/inbound?from=" + PHONE + "&to=1090&text=0").status()).isEqualTo(202);
        restartAfter(Duration.ofDays(3));
        browser = loggedIn();
        assertThat(browser.get("/api/me").json().get("status").asText()).isEqualTo("disconnected");
        assertThat(charges(browser)).hasSize(2);
        assertThat(browser.post("/api/me/resume").status()).as("a disconnected service is resumed by SMS only").isEqualTo(409);
    }

    @Test
    void noPlainPasswordIsKeptOnDiskOrInTheLog() throws IOException {
        loggedIn();
        vg.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("sms-outbox.jsonl")) continue; // the SMSC stand-in: the SMS itself
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(password);
            }
        }
        vg.start();
    }
}
