package vg.playback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.MutableClock;
import vg.support.RunningApp;
import vg.support.Seed;

class PlaybackFlowTest {
    static final String CALLEE = "9121234567";
    static final String FRIEND = "9120000001";
    /** Thursday 26 November 2026, 15:00 in Yekaterinburg. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    RunningApp vg;
    List<Long> tones;
    Http callee;
    Http gateway;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir, Map.of(), clock);
        vg.close();
        vg.whileStopped(jdbi -> tones = Seed.tones(jdbi, "Обычный", "Для друзей", "Ночной", "Второй ночной"));
        vg.start();
        gateway = vg.gateway();
        callee = Seed.subscriber(vg, CALLEE);
        for (long t : tones) assertThat(callee.postJson("/api/me/tones", Map.of("toneId", t)).status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private Http.Response resolve(String caller) {
        return gateway.get("/api/playback/resolve?caller=" + caller + "&callee=" + CALLEE);
    }

    private long heard(String caller) {
        Http.Response r = resolve(caller);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("toneId").asLong();
    }

    @Test
    void nobodyHearsATonUntilTheSubscriberChoosesOneAndAChangeCountsForTheNextCall() {
        assertThat(resolve(FRIEND).status()).isEqualTo(204);
        assertThat(gateway.get("/api/playback/resolve?caller=" + FRIEND + "&callee=9990001122").status())
                .as("a number without the service").isEqualTo(204);
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        JsonNode answer = resolve(FRIEND).json();
        assertThat(answer.get("toneId").asLong()).isEqualTo(tones.get(0));
        assertThat(answer.get("mediaUrl").asText()).isEqualTo("/media/" + tones.get(0) + ".wav");
        assertThat(answer.get("callId").asText()).isNotBlank();
        callee.post("/api/me/suspend");
        assertThat(resolve(FRIEND).status()).as("suspended: ordinary beeps").isEqualTo(204);
        callee.post("/api/me/resume");
        assertThat(heard(FRIEND)).isEqualTo(tones.get(0));
    }

    @Test
    void theMostSpecificRuleWinsAndTimeWindowsFollowTheOperatorsClockAcrossMidnight() {
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        callee.postJson("/api/me/rules", Map.of("toneId", tones.get(1), "callers", List.of(FRIEND)));
        long family = callee.postJson("/api/me/groups", Map.of("name", "Ночные", "callers", List.of(FRIEND))).json().get("id").asLong();
        // Thursday nights, 22:00 to 07:00 on Friday morning
        callee.postJson("/api/me/rules", Map.of("toneId", tones.get(2), "group", family, "days", List.of(4), "from", "22:00", "to", "07:00"));

        assertThat(heard(FRIEND)).as("Thu 15:00: the caller's own rule beats the default").isEqualTo(tones.get(1));
        assertThat(heard("9129999999")).as("someone else: the default").isEqualTo(tones.get(0));
        clock.advance(Duration.ofHours(7));
        assertThat(heard(FRIEND)).as("Thu 22:00: a time-limited group rule beats an unlimited caller rule").isEqualTo(tones.get(2));
        clock.advance(Duration.ofHours(8).plusMinutes(59));
        assertThat(heard(FRIEND)).as("Fri 06:59: still Thursday night's window").isEqualTo(tones.get(2));
        clock.advance(Duration.ofMinutes(1));
        assertThat(heard(FRIEND)).as("Fri 07:00: the window has ended").isEqualTo(tones.get(1));
        clock.advance(Duration.ofHours(16));
        assertThat(heard(FRIEND)).as("Fri 23:00: Friday is not in the rule").isEqualTo(tones.get(1));
    }

    @Test
    void aRestartLoadsEveryPlanAsItWas() {
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        callee.postJson("/api/me/rules", Map.of("toneId", tones.get(1), "callers", List.of(FRIEND)));
        long night = callee.postJson("/api/me/groups", Map.of("name", "Ночные", "callers", List.of("9120000002"))).json().get("id").asLong();
        callee.postJson("/api/me/rules", Map.of("toneId", tones.get(2), "group", night, "days", List.of(4), "from", "12:00", "to", "18:00"));
        Http other = Seed.subscriber(vg, "9127654321");
        other.postJson("/api/me/tones", Map.of("toneId", tones.get(3)));
        other.putJson("/api/me/default", Map.of("toneId", tones.get(3)));
        other.post("/api/me/suspend");
        Seed.subscriber(vg, "9125550000"); // active, with no default tone and no rules: beeps for everyone
        vg.restart();
        gateway = vg.gateway();
        assertThat(heard(FRIEND)).isEqualTo(tones.get(1));
        assertThat(heard("9120000002")).isEqualTo(tones.get(2));
        assertThat(heard("9129999999")).isEqualTo(tones.get(0));
        assertThat(gateway.get("/api/playback/resolve?caller=" + FRIEND + "&callee=9127654321").status())
                .as("a suspended subscriber stays silent after a restart").isEqualTo(204);
        assertThat(gateway.get("/api/playback/resolve?caller=" + FRIEND + "&callee=9125550000").status()).isEqualTo(204);
    }

    @Test
    void aShuffleNeverPlaysTheSameToneTwiceInARow() {
        callee.postJson("/api/me/rules", Map.of("toneIds", List.of(tones.get(2), tones.get(3)), "callers", List.of(FRIEND)));
        long previous = heard(FRIEND);
        for (int i = 0; i < 10; i++) {
            long now = heard(FRIEND);
            assertThat(now).isIn(tones.get(2), tones.get(3)).isNotEqualTo(previous);
            previous = now;
        }
    }

    @Test
    void aWithdrawnToneStopsAtOnceAndTheNextRuleOrTheDefaultPlays() {
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        callee.postJson("/api/me/rules", Map.of("toneId", tones.get(1), "callers", List.of(FRIEND)));
        assertThat(heard(FRIEND)).isEqualTo(tones.get(1));
        assertThat(vg.editor().post("/api/editor/tones/" + tones.get(1) + "/withdraw").status()).isEqualTo(200);
        assertThat(heard(FRIEND)).isEqualTo(tones.get(0));
        vg.editor().post("/api/editor/tones/" + tones.get(0) + "/withdraw");
        assertThat(resolve(FRIEND).status()).isEqualTo(204);
        vg.editor().post("/api/editor/tones/" + tones.get(1) + "/publish");
        assertThat(heard(FRIEND)).isEqualTo(tones.get(1));
    }

    @Test
    void aSubscriberCallerSeesWhatTheyHeardNewestFirstOncePerTone() {
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        Http friend = Seed.subscriber(vg, FRIEND);
        heard(FRIEND);
        clock.advance(Duration.ofMinutes(1));
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(1)));
        heard(FRIEND);
        clock.advance(Duration.ofMinutes(1));
        heard(FRIEND);
        JsonNode list = friend.get("/api/me/heard").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("toneId").asLong()).isEqualTo(tones.get(1));
        assertThat(list.get(0).get("title").asText()).isEqualTo("Для друзей");
        assertThat(list.get(0).get("callee").asText()).isEqualTo(CALLEE);
        assertThat(list.get(0).get("price").asInt()).isEqualTo(1000);
        assertThat(list.get(0).get("previewUrl").asText()).isEqualTo("/api/tones/" + tones.get(1) + "/preview.mp3");
        assertThat(list.get(0).get("available").asBoolean()).isTrue();
        assertThat(list.get(1).get("toneId").asLong()).isEqualTo(tones.get(0));
        assertThat(callee.get("/api/me/heard").json()).as("the callee heard nothing").isEmpty();
        assertThat(vg.http().get("/api/tones/" + tones.get(1)).status()).isEqualTo(200);
    }

    @Test
    void starCopiesTheToneToASubscriberCallerOnceAndOffersTheServiceToOthers() {
        callee.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        Http friend = Seed.subscriber(vg, FRIEND);
        String callId = resolve(FRIEND).json().get("callId").asText();
        JsonNode result = gateway.post("/api/playback/calls/" + callId + "/star").json();
        assertThat(result.get("result").asText()).isEqualTo("added");
        assertThat(friend.get("/api/me/tones").json().get(0).get("id").asLong()).isEqualTo(tones.get(0));
        assertThat(friend.get("/api/me/charges").json().get(0).get("kind").asText()).isEqualTo("tone");
        assertThat(vg.sms().await(FRIEND, 2).get("text").asText()).contains("Обычный");
        assertThat(gateway.post("/api/playback/calls/" + callId + "/star").json().get("result").asText()).isEqualTo("already_had");
        assertThat(friend.get("/api/me/charges").json()).hasSize(2);

        String stranger = "9125550000";
        String strangerCall = resolve(stranger).json().get("callId").asText();
        assertThat(gateway.post("/api/playback/calls/" + strangerCall + "/star").json().get("result").asText()).isEqualTo("offered");
        assertThat(vg.sms().await(stranger, 1).get("text").asText()).contains("5 на 1090");

        assertThat(gateway.post("/api/playback/calls/no-such-call/star").json().get("error").asText()).isEqualTo("unknown_call");
        clock.advance(Duration.ofHours(2));
        assertThat(gateway.post("/api/playback/calls/" + strangerCall + "/star").status()).as("an old call").isEqualTo(404);
    }

    @Test
    void theNetworkSideNeedsTheTokenAndValidNumbers() {
        assertThat(vg.http().get("/api/playback/resolve?caller=" + FRIEND + "&callee=" + CALLEE).status()).isEqualTo(401);
        assertThat(vg.http().post("/api/playback/calls/x/star").status()).isEqualTo(401);
        assertThat(vg.http().get("/media/" + tones.get(0) + ".wav").status()).isEqualTo(401);
        assertThat(gateway.get("/api/playback/resolve?caller=123&callee=" + CALLEE).json().get("error").asText()).isEqualTo("invalid_phone");
        assertThat(gateway.get("/api/playback/resolve?callee=" + CALLEE).status()).isEqualTo(400);
        assertThat(gateway.get("/media/abc.wav").status()).isEqualTo(404);
    }
}
