package vg.mytones;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;

class MyTonesApiTest {
    @TempDir
    Path dir;
    RunningApp vg;
    List<Long> tones;
    Http me;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir);
        vg.close();
        vg.whileStopped(jdbi -> tones = Seed.tones(jdbi, "Первая", "Вторая", "Третья"));
        vg.start();
        me = Seed.subscriber(vg, "9121234567");
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    @Test
    void addingATonePutsItAmongMyTonesAndChargesItsPriceOnce() {
        Http.Response added = me.postJson("/api/me/tones", Map.of("toneId", tones.get(0)));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("title").asText()).isEqualTo("Первая");
        assertThat(me.postJson("/api/me/tones", Map.of("toneId", tones.get(0))).json().get("error").asText()).isEqualTo("already_added");
        JsonNode list = me.get("/api/me/tones").json();
        assertThat(list).hasSize(1);
        JsonNode charges = me.get("/api/me/charges").json();
        assertThat(charges).hasSize(2);
        assertThat(charges.get(0).get("kind").asText()).isEqualTo("tone");
        assertThat(charges.get(0).get("amount").asInt()).isEqualTo(1000);
        assertThat(charges.get(0).get("toneId").asLong()).isEqualTo(tones.get(0));
        JsonNode events = vg.gateway().get("/api/billing/events").json().get("events");
        assertThat(events.get(events.size() - 1).get("kind").asText()).isEqualTo("tone");
        assertThat(vg.http().get("/api/tones?sort=popular").json().get("items").get(0).get("id").asLong())
                .as("owners count in popularity").isEqualTo(tones.get(0));
    }

    @Test
    void theDefaultMustBeOneOfMyTonesAndRemovingATakesItsRulesAndDefaultAlong() {
        me.postJson("/api/me/tones", Map.of("toneId", tones.get(0)));
        assertThat(me.putJson("/api/me/default", Map.of("toneId", tones.get(1))).json().get("error").asText()).isEqualTo("tone_not_owned");
        assertThat(me.putJson("/api/me/default", Map.of("toneId", tones.get(0))).status()).isEqualTo(200);
        assertThat(me.get("/api/me").json().get("defaultToneId").asLong()).isEqualTo(tones.get(0));
        assertThat(me.postJson("/api/me/rules", Map.of("toneId", tones.get(0), "callers", List.of("9001112233"))).status()).isEqualTo(201);
        assertThat(me.delete("/api/me/tones/" + tones.get(0)).status()).isEqualTo(204);
        assertThat(me.get("/api/me/rules").json()).isEmpty();
        assertThat(me.get("/api/me").json().get("defaultToneId").isNull()).isTrue();
        assertThat(me.delete("/api/me/tones/" + tones.get(0)).status()).isEqualTo(404);
    }

    @Test
    void unknownOrUnpublishedTonesAndBadBodiesAreRefused() {
        assertThat(me.postJson("/api/me/tones", Map.of("toneId", 999999)).status()).isEqualTo(404);
        assertThat(me.postJson("/api/me/tones", Map.of("toneId", "abc")).json().get("error").asText()).isEqualTo("invalid_tone_id");
        assertThat(me.postJson("/api/me/tones", "{oops").json().get("error").asText()).isEqualTo("invalid_body");
        Map<String, Object> nullTone = new HashMap<>();
        nullTone.put("toneId", null);
        assertThat(me.postJson("/api/me/tones", nullTone).status()).isEqualTo(400);
        assertThat(me.get("/api/me/charges").json()).hasSize(1);
    }
}
