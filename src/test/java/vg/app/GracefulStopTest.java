package vg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.db.Database;
import vg.db.DatabaseUrl;
import vg.support.Await;
import vg.support.Editor;
import vg.support.Http;
import vg.support.NodeProcess;
import vg.support.SmsInbox;
import vg.support.TestAudio;

/** SIGTERM: readiness turns 503 at once, the node keeps answering while it drains, and nothing answered is lost. */
class GracefulStopTest {
    private static final String CALLEE = "9121234567";

    @TempDir
    Path dir;

    @Test
    void callsAnsweredUpToTheStopAreAllHeardAfterTheRestartAndTheProcessExitsWithinTenSeconds() throws Exception {
        Path data = dir.resolve("data");
        try (NodeProcess vg = NodeProcess.start("stop", data, "sqlite", dir.resolve("media"), Map.of())) {
            Editor editor = new Editor(vg.editor());
            long tone = editor.upload(Editor.fields("Прощальный вальс", "Оркестр", "classical", "melody", "вальс"), "waltz.mp3",
                    TestAudio.mp3(dir, 3));
            assertThat(editor.awaitSettled(tone).get("status").asText()).isEqualTo("ready");
            assertThat(vg.editor().post("/api/editor/tones/" + tone + "/publish").status()).isEqualTo(200);
            vg.gateway().get("/sms/inbound?from=" + CALLEE + "&to=1090&text=5");
            Http callee = vg.http().withCookies();
            String password = new SmsInbox(vg.smsFile()).awaitPassword(CALLEE, 0);
            assertThat(callee.postJson("/api/session", Map.of("phone", CALLEE, "password", password)).status()).isEqualTo(200);
            assertThat(callee.postJson("/api/me/tones", Map.of("toneId", tone)).status()).isEqualTo(201);
            assertThat(callee.putJson("/api/me/default", Map.of("toneId", tone)).status()).isIn(200, 204);

            // the switch asks without pause from two threads until the node no longer takes connections
            ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
            AtomicInteger caller = new AtomicInteger();
            List<Thread> switches = List.of(switchAsking(vg, caller, answered), switchAsking(vg, caller, answered));
            switches.forEach(Thread::start);
            Await.until(Duration.ofSeconds(10), answered::size, n -> n >= 50);

            long stopAt = System.nanoTime();
            vg.signalStop();
            Await.until(Duration.ofSeconds(2), () -> readiness(vg), status -> status == 503);
            int answeredWhenNotReady = answered.size();
            int exit = vg.awaitExit();
            double seconds = (System.nanoTime() - stopAt) / 1e9;
            for (Thread t : switches) t.join(10_000);

            assertThat(seconds).as("exited after %.1f s", seconds).isLessThan(10.0);
            assertThat(exit).as("the exit code of a SIGTERM'd JVM").isEqualTo(143);
            assertThat(answered.size()).as("calls still answered while draining").isGreaterThan(answeredWhenNotReady);
            assertThat(Files.readString(vg.log())).contains("stopping: /api/ready answers 503").contains("stopped");

            Set<String> written;
            try (Database db = Database.open(DatabaseUrl.parse("sqlite"), data)) {
                written = Set.copyOf(db.jdbi().withHandle(h -> h.createQuery("SELECT call_id FROM heard").mapTo(String.class).list()));
            }
            assertThat(written).as("every call answered before the stop was written").containsAll(answered);

            vg.restart();
            Await.until(Duration.ofSeconds(30), () -> readiness(vg), status -> status == 200);
            assertThat(vg.gateway().get("/api/playback/resolve?caller=9120000001&callee=" + CALLEE).status()).isEqualTo(200);
        }
    }

    private static Thread switchAsking(NodeProcess vg, AtomicInteger caller, ConcurrentLinkedQueue<String> answered) {
        return new Thread(() -> {
            Http gateway = vg.gateway();
            while (true) {
                String from = String.format("912%07d", caller.incrementAndGet());
                try {
                    Http.Response r = gateway.get("/api/playback/resolve?caller=" + from + "&callee=" + CALLEE);
                    if (r.status() == 200) answered.add(r.json().get("callId").asText());
                } catch (RuntimeException refused) {
                    return;
                }
            }
        });
    }

    private static int readiness(NodeProcess vg) {
        try {
            return vg.http().get("/api/ready").status();
        } catch (RuntimeException refused) {
            return -1;
        }
    }
}
