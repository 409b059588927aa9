package vg.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.db.Database;
import vg.db.DatabaseUrl;
import vg.support.Await;
import vg.support.Editor;
import vg.support.Http;
import vg.support.NodeProcess;
import vg.support.Seed;
import vg.support.SmsInbox;
import vg.support.TestAudio;
import vg.support.TestDb;

/** Nodes that die, restart behind the others, or start together on an empty database. */
class NodeFailuresTest {
    @TempDir
    Path dir;
    DatabaseUrl db;

    @BeforeEach
    void freshDatabase() {
        assumeTrue(TestDb.postgres(), "several nodes share PostgreSQL: this runs in the PostgreSQL run");
        db = TestDb.fresh();
    }

    private NodeProcess node(String name) {
        return NodeProcess.start(name, dir.resolve(name), db.jdbcUrl().orElseThrow(), dir.resolve("media"), Map.of());
    }

    private static Http login(NodeProcess node, SmsInbox sms, String phone) {
        node.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5");
        String password = sms.awaitPassword(phone, 0);
        Http browser = node.http().withCookies();
        assertThat(browser.postJson("/api/session", Map.of("phone", phone, "password", password)).status()).isEqualTo(200);
        return browser;
    }

    @Test
    void aNodeKilledMidPurchaseLosesNoAnsweredPurchaseAndDoublesNoChargeWhileTheOtherKeepsAnswering() throws Exception {
        List<Long> tones;
        try (Database shared = Database.open(db, dir.resolve("seed"))) {
            String[] titles = new String[60];
            for (int i = 0; i < titles.length; i++) titles[i] = "Тон " + i;
            tones = Seed.tones(shared.jdbi(), titles);
        }
        try (NodeProcess a = node("node-a"); NodeProcess b = node("node-b")) {
            SmsInbox sms = new SmsInbox(a.smsFile(), b.smsFile());
            Map<String, Http> onA = new HashMap<>();
            Map<String, Http> onB = new HashMap<>();
            List<String> buyers = List.of("9130000001", "9130000002", "9130000003", "9130000004");
            for (String phone : buyers) {
                Http browser = login(a, sms, phone);
                onA.put(phone, browser);
                onB.put(phone, new Http(b.port(), "Cookie", browser.cookieHeader()));
            }
            // every buyer buys every tone, through A and B at once; A dies in the middle
            Map<String, Integer> answered = new ConcurrentHashMap<>();
            AtomicInteger bFailures = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch halfway = new CountDownLatch(tones.size() * buyers.size() / 3);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (String phone : buyers) {
                for (boolean viaA : new boolean[] {true, false}) {
                    work.add(pool.submit(() -> {
                        for (long tone : tones) {
                            Http browser = (viaA ? onA : onB).get(phone);
                            try {
                                int status = browser.postJson("/api/me/tones", Map.of("toneId", tone)).status();
                                if (status == 201) answered.merge(phone + "/" + tone, 1, Integer::sum);
                                else if (!viaA && status >= 500) bFailures.incrementAndGet();
                            } catch (RuntimeException connectionLost) {
                                if (!viaA) bFailures.incrementAndGet();
                            }
                            done.incrementAndGet();
                            halfway.countDown();
                        }
                    }));
                }
            }
            assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
            a.kill9();
            for (Future<?> f : work) f.get(120, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(bFailures).as("B went on answering").hasValue(0);
            assertThat(answered.values()).as("a tone is added (201) once per subscriber, whichever node").containsOnly(1);
            for (String phone : buyers) {
                List<Long> owned = new ArrayList<>();
                onB.get(phone).get("/api/me/tones").json().forEach(t -> owned.add(t.get("id").asLong()));
                for (long tone : tones)
                    if (answered.containsKey(phone + "/" + tone)) assertThat(owned).as("answered 201, so kept").contains(tone);
                List<JsonNode> charges = new ArrayList<>();
                onB.get(phone).get("/api/me/charges?limit=1000").json().forEach(charges::add);
                List<Long> charged = charges.stream().filter(c -> c.get("kind").asText().equals("tone"))
                        .map(c -> c.get("toneId").asLong()).toList();
                assertThat(charged).as("one charge per tone owned").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(owned);
            }
        }
    }

    @Test
    void aNodeRestartedWithAStaleIndexCatchesUpWithWhatWasPublishedWhileItWasDown() throws Exception {
        try (NodeProcess a = node("node-a"); NodeProcess b = node("node-b")) {
            b.stop();
            Editor editor = new Editor(a.editor());
            long id = editor.publishNew(Editor.fields("Пока тебя не было", "Кластер", "pop", "melody", ""), "late.mp3",
                    TestAudio.mp3(dir, 2));
            assertThat(a.http().get("/api/tones?q=" + Http.q("пока не было")).json().get("total").asInt()).isEqualTo(1);
            b.restart();
            assertThat(b.http().get("/api/tones?q=" + Http.q("пока не было")).json().get("items").get(0).get("id").asLong())
                    .isEqualTo(id);
            assertThat(java.nio.file.Files.readString(b.log())).as("caught up from the feed, not rebuilt")
                    .doesNotContain("rebuilding the catalogue index");
        }
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<NodeProcess> a = pool.submit(() -> node("node-a"));
        Future<NodeProcess> b = pool.submit(() -> node("node-b"));
        try (NodeProcess first = a.get(90, TimeUnit.SECONDS); NodeProcess second = b.get(90, TimeUnit.SECONDS)) {
            pool.shutdown();
            assertThat(first.readiness()).isEqualTo(200);
            assertThat(second.readiness()).isEqualTo(200);
            try (Database shared = Database.open(db, dir.resolve("reader"))) {
                assertThat(count(shared, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                        .isEqualTo(vg.db.DatabaseMigrationTest.MIGRATIONS.size());
                assertThat(count(shared, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")).isZero();
                assertThat(count(shared, "SELECT COUNT(*) FROM themes")).isEqualTo(7);
                assertThat(count(shared, "SELECT COUNT(*) FROM editors")).isEqualTo(1);
            }
        }
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
