package vg.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vg.db.Database;
import vg.db.DatabaseUrl;
import vg.support.Await;
import vg.support.Editor;
import vg.support.Http;
import vg.support.NodeProcess;
import vg.support.SmsInbox;
import vg.support.TestAudio;
import vg.support.TestDb;

/** Two vg processes on one PostgreSQL, as an operator runs them behind a load balancer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {
    @TempDir
    static Path dir;
    DatabaseUrl db;
    NodeProcess a;
    NodeProcess b;
    SmsInbox sms;

    @BeforeAll
    void start() {
        assumeTrue(TestDb.postgres(), "several nodes share PostgreSQL: this runs in the PostgreSQL run");
        db = TestDb.fresh();
        Path media = dir.resolve("shared-media");
        a = NodeProcess.start("node-a", dir.resolve("a"), db.jdbcUrl().orElseThrow(), media, Map.of());
        b = NodeProcess.start("node-b", dir.resolve("b"), db.jdbcUrl().orElseThrow(), media, Map.of());
        sms = new SmsInbox(a.smsFile(), b.smsFile());
    }

    @AfterAll
    void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
    }

    /** Connects {@code phone} by SMS through {@code via} and returns the password it was sent (by whichever node). */
    private String connect(NodeProcess via, String phone) {
        int before = sms.to(phone).size();
        assertThat(via.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5").status()).isEqualTo(202);
        return sms.awaitPassword(phone, before);
    }

    private static Http login(NodeProcess node, String phone, String password) {
        Http browser = node.http().withCookies();
        Http.Response r = browser.postJson("/api/session", Map.of("phone", phone, "password", password));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return browser;
    }

    /** The same session, asked through another node. */
    private static Http sameSession(Http browser, NodeProcess other) {
        return new Http(other.port(), "Cookie", browser.cookieHeader());
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeWorksOnTheOtherAndEndsOnBoth() {
        Http onA = login(a, "9120000001", connect(a, "9120000001"));
        Http onB = sameSession(onA, b);
        assertThat(onB.get("/api/me").json().get("phone").asText()).isEqualTo("9120000001");
        assertThat(onA.delete("/api/session").status()).isIn(200, 204);
        assertThat(onB.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void aPublishOnAIsSearchableOnBWithinASecondAndBServesItsMedia() throws Exception {
        Editor editor = new Editor(a.editor());
        long id = editor.upload(Editor.fields("Облачный вальс", "Кластер", "classical", "melody", "вальс"), "waltz.mp3",
                TestAudio.mp3(dir, 3));
        assertThat(editor.awaitSettled(id).get("status").asText()).isEqualTo("ready");
        long published = System.nanoTime();
        assertThat(a.editor().post("/api/editor/tones/" + id + "/publish").status()).isEqualTo(200);
        Await.until(Duration.ofSeconds(5), () -> b.http().get("/api/tones?q=" + Http.q("облачный")).json().get("total").asInt(),
                n -> n == 1);
        double seconds = (System.nanoTime() - published) / 1e9;
        assertThat(seconds).as("seen on B after %.3f s", seconds).isLessThan(1.0);
        assertThat(b.http().get("/api/tones/" + id + "/preview.mp3").status()).isEqualTo(200);
        assertThat(b.gateway().get("/media/" + id + ".wav").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aCabinetChangeOnAIsHeardOnBsNextDecisionWithinASecond() {
        long tone = b.http().get("/api/tones?q=" + Http.q("облачный")).json().get("items").get(0).get("id").asLong();
        Http callee = login(a, "9120000002", connect(a, "9120000002"));
        String ask = "/api/playback/resolve?caller=9120000099&callee=9120000002";
        assertThat(b.gateway().get(ask).status()).as("nothing chosen yet: beeps").isEqualTo(204);
        assertThat(callee.postJson("/api/me/tones", Map.of("toneId", tone)).status()).isEqualTo(201);
        long changed = System.nanoTime();
        assertThat(callee.putJson("/api/me/default", Map.of("toneId", tone)).status()).isIn(200, 204);
        Await.until(Duration.ofSeconds(5), () -> b.gateway().get(ask).status(), s -> s == 200);
        double seconds = (System.nanoTime() - changed) / 1e9;
        assertThat(seconds).as("heard on B after %.3f s", seconds).isLessThan(1.0);
        assertThat(b.gateway().get(ask).json().get("toneId").asLong()).isEqualTo(tone);

        callee.post("/api/me/suspend");
        Await.until(Duration.ofSeconds(1), () -> b.gateway().get(ask).status(), s -> s == 204);
    }

    @Test
    @Order(4)
    void twentyConcurrentFirstLoginsSpreadOverTwoNodesWriteOneCharge() throws Exception {
        String phone = "9120000003";
        String password = connect(b, phone);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> logins = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            NodeProcess node = i % 2 == 0 ? a : b;
            logins.add(() -> node.http().postJson("/api/session", Map.of("phone", phone, "password", password)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(logins)) statuses.add(f.get());
        pool.shutdown();
        assertThat(statuses).containsOnly(200);
        List<JsonNode> charges = new ArrayList<>();
        login(b, phone, password).get("/api/me/charges").json().forEach(charges::add);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("kind").asText()).isEqualTo("subscription");
    }

    @Test
    @Order(5)
    void fiveFailuresSpreadOverTwoNodesLockTheNumberOnBoth() {
        String phone = "9120000004";
        String password = connect(a, phone);
        for (int i = 0; i < 5; i++) {
            NodeProcess node = i % 2 == 0 ? a : b;
            assertThat(node.http().postJson("/api/session", Map.of("phone", phone, "password", "wrong" + i)).status()).isEqualTo(401);
        }
        assertThat(a.http().postJson("/api/session", Map.of("phone", phone, "password", password)).status()).isEqualTo(429);
        assertThat(b.http().postJson("/api/session", Map.of("phone", phone, "password", password)).status()).isEqualTo(429);
    }

    @Test
    @Order(6)
    void theBillingFeedIsTheSameFromEveryNode() {
        String fromA = a.gateway().get("/api/billing/events?after=0&limit=1000").text();
        String fromB = b.gateway().get("/api/billing/events?after=0&limit=1000").text();
        assertThat(fromB).isEqualTo(fromA);
        JsonNode events = a.gateway().get("/api/billing/events?after=0&limit=1000").json();
        JsonNode items = events.isArray() ? events : events.get("events");
        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < items.size(); i++) assertThat(items.get(i).get("id").asLong()).as("gap-free").isEqualTo(i + 1);
    }

    @Test
    @Order(7)
    void eachSmsWentOutOnceFromOneNodeOrTheOther() {
        try (Database shared = Database.open(db, dir.resolve("reader"))) {
            long queued = shared.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sms_outbox").mapTo(Long.class).one());
            Await.until(Duration.ofSeconds(10), () -> sms.all().size(), n -> n >= queued);
            Set<String> ids = new HashSet<>();
            List<String> seen = sms.all().stream().map(m -> m.get("id").asText()).toList();
            ids.addAll(seen);
            assertThat(seen).hasSize((int) queued);
            assertThat(ids).as("no SMS twice").hasSize(seen.size());
        }
    }
}
