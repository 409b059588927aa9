package vg.rules;

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

class RulesApiTest {
    @TempDir
    Path dir;
    RunningApp vg;
    List<Long> tones;
    Http me;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir);
        vg.close();
        vg.whileStopped(jdbi -> tones = Seed.tones(jdbi, "Раз", "Два", "Три"));
        vg.start();
        me = Seed.subscriber(vg, "9121234567");
        me.postJson("/api/me/tones", Map.of("toneId", tones.get(0)));
        me.postJson("/api/me/tones", Map.of("toneId", tones.get(1)));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    @Test
    void groupsAndRulesAreSavedNormalisedAndListed() {
        JsonNode family = me.postJson("/api/me/groups", Map.of("name", "Семья", "callers", List.of("+7 912 000-00-01", "89120000002"))).json();
        assertThat(family.get("callers")).extracting(JsonNode::asText).containsExactly("9120000001", "9120000002");
        JsonNode rule = me.postJson("/api/me/rules", Map.of("toneIds", List.of(tones.get(0), tones.get(1)), "group", family.get("id").asLong(),
                "days", List.of(6, 7), "from", "22:00", "to", "07:00")).json();
        assertThat(rule.get("toneIds")).hasSize(2);
        assertThat(rule.get("group").asLong()).isEqualTo(family.get("id").asLong());
        assertThat(rule.get("from").asText()).isEqualTo("22:00");
        assertThat(me.get("/api/me/rules").json()).hasSize(1);
        JsonNode renamed = me.putJson("/api/me/groups/" + family.get("id").asLong(), Map.of("name", "Родные", "callers", List.of("9120000003"))).json();
        assertThat(renamed.get("name").asText()).isEqualTo("Родные");
        assertThat(me.delete("/api/me/groups/" + family.get("id").asLong()).status()).isEqualTo(204);
        assertThat(me.get("/api/me/rules").json()).as("a group's rules go with it").isEmpty();
    }

    @Test
    void badRulesAreRefusedWithAReasonAndNothingIsSaved() {
        record Bad(String why, Map<String, Object> body, String code) {
        }
        long mine = tones.get(0);
        List<Bad> bads = List.of(
                new Bad("no tone", Map.of("callers", List.of("9120000001")), "invalid_tone_id"),
                new Bad("tone not mine", Map.of("toneId", tones.get(2), "callers", List.of("9120000001")), "tone_not_owned"),
                new Bad("unknown tone", Map.of("toneId", 987654, "callers", List.of("9120000001")), "tone_not_owned"),
                new Bad("no target", Map.of("toneId", mine), "invalid_target"),
                new Bad("both targets", Map.of("toneId", mine, "callers", List.of("9120000001"), "group", 1), "invalid_target"),
                new Bad("bad number", Map.of("toneId", mine, "callers", List.of("12345")), "invalid_phone"),
                new Bad("bad day", Map.of("toneId", mine, "callers", List.of("9120000001"), "days", List.of(0)), "invalid_days"),
                new Bad("day 8", Map.of("toneId", mine, "callers", List.of("9120000001"), "days", List.of(8)), "invalid_days"),
                new Bad("half window", Map.of("toneId", mine, "callers", List.of("9120000001"), "from", "09:00"), "invalid_time_window"),
                new Bad("25 o'clock", Map.of("toneId", mine, "callers", List.of("9120000001"), "from", "25:00", "to", "26:00"), "invalid_time_window"),
                new Bad("empty window", Map.of("toneId", mine, "callers", List.of("9120000001"), "from", "09:00", "to", "09:00"), "invalid_time_window"),
                new Bad("9am", Map.of("toneId", mine, "callers", List.of("9120000001"), "from", "9am", "to", "10:00"), "invalid_time_window"));
        for (Bad b : bads) {
            Http.Response r = me.postJson("/api/me/rules", b.body());
            assertThat(r.status()).as(b.why() + ": " + r).isBetween(400, 404);
            assertThat(r.json().get("error").asText()).as(b.why()).isEqualTo(b.code());
        }
        assertThat(me.postJson("/api/me/rules", Map.of("toneId", mine, "group", 424242)).status()).isEqualTo(404);
        assertThat(me.postJson("/api/me/groups", Map.of("name", "", "callers", List.of())).json().get("error").asText()).isEqualTo("invalid_name");
        assertThat(me.postJson("/api/me/groups", Map.of("name", "A", "callers", List.of("x"))).json().get("error").asText()).isEqualTo("invalid_phone");
        me.postJson("/api/me/groups", Map.of("name", "Друзья", "callers", List.of()));
        assertThat(me.postJson("/api/me/groups", Map.of("name", "Друзья", "callers", List.of())).status()).isEqualTo(409);
        assertThat(me.get("/api/me/rules").json()).isEmpty();
        assertThat(me.get("/api/me/groups").json()).hasSize(1);
    }

    @Test
    void aSubscriberGets404ForEveryReadOrChangeOfAnothersTonesRulesAndGroups() {
        JsonNode group = me.postJson("/api/me/groups", Map.of("name", "Мои", "callers", List.of("9120000001"))).json();
        JsonNode rule = me.postJson("/api/me/rules", Map.of("toneId", tones.get(0), "callers", List.of("9120000001"))).json();
        Http other = Seed.subscriber(vg, "9127654321");
        long groupId = group.get("id").asLong();
        long ruleId = rule.get("id").asLong();
        assertThat(other.get("/api/me/tones").json()).isEmpty();
        assertThat(other.get("/api/me/rules").json()).isEmpty();
        assertThat(other.get("/api/me/groups").json()).isEmpty();
        assertThat(other.delete("/api/me/rules/" + ruleId).status()).isEqualTo(404);
        assertThat(other.putJson("/api/me/rules/" + ruleId, Map.of("toneId", tones.get(2), "callers", List.of("9120000009")))
                .status()).isEqualTo(404);
        assertThat(other.delete("/api/me/groups/" + groupId).status()).isEqualTo(404);
        assertThat(other.putJson("/api/me/groups/" + groupId, Map.of("name", "Чужие", "callers", List.of())).status()).isEqualTo(404);
        assertThat(other.delete("/api/me/tones/" + tones.get(0)).status()).isEqualTo(404);
        other.postJson("/api/me/tones", Map.of("toneId", tones.get(2)));
        assertThat(other.postJson("/api/me/rules", Map.of("toneId", tones.get(2), "group", groupId)).status()).isEqualTo(404);
        Map<String, Object> rename = new HashMap<>(Map.of("name", "x"));
        assertThat(other.putJson("/api/me/groups/" + groupId, rename).status()).isEqualTo(404);
        // and the owner still has everything
        assertThat(me.get("/api/me/rules").json()).hasSize(1);
        assertThat(me.get("/api/me/groups").json().get(0).get("name").asText()).isEqualTo("Мои");
        assertThat(me.get("/api/me/tones").json()).hasSize(2);
    }

    @Test
    void aRuleEditedInPlaceKeepsItsNumberAndTheNextCallFollowsIt() {
        long caller = 9120000001L;
        JsonNode rule = me.postJson("/api/me/rules", Map.of("toneId", tones.get(0), "callers", List.of(Long.toString(caller)))).json();
        long id = rule.get("id").asLong();
        assertThat(heard(caller)).isEqualTo(tones.get(0));

        Http.Response edited = me.putJson("/api/me/rules/" + id, Map.of("toneIds", List.of(tones.get(1)),
                "callers", List.of("9120000001", "+7 912 000-00-02"), "days", List.of(1, 2, 3, 4, 5, 6, 7)));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("id").asLong()).isEqualTo(id);
        assertThat(edited.json().get("callers")).extracting(JsonNode::asText).containsExactly("9120000001", "9120000002");
        assertThat(me.get("/api/me/rules").json()).hasSize(1);
        assertThat(heard(caller)).isEqualTo(tones.get(1));
        assertThat(heard(9120000002L)).isEqualTo(tones.get(1));

        // moved from callers to a group: the callers go
        long family = me.postJson("/api/me/groups", Map.of("name", "Семья", "callers", List.of("9120000003"))).json().get("id").asLong();
        JsonNode toGroup = me.putJson("/api/me/rules/" + id, Map.of("toneId", tones.get(0), "group", family)).json();
        assertThat(toGroup.get("group").asLong()).isEqualTo(family);
        assertThat(toGroup.has("callers")).isFalse();
        assertThat(heard(9120000003L)).isEqualTo(tones.get(0));
        assertThat(vg.gateway().get("/api/playback/resolve?caller=9120000002&callee=9121234567").status()).isEqualTo(204);
    }

    @Test
    void anEditIsCheckedAsANewRuleIsAndABadOneChangesNothing() {
        JsonNode rule = me.postJson("/api/me/rules", Map.of("toneId", tones.get(0), "callers", List.of("9120000001"),
                "from", "18:00", "to", "23:00")).json();
        long id = rule.get("id").asLong();
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("callers", List.of("9120000001")),
                Map.of("toneId", tones.get(2), "callers", List.of("9120000001")),
                Map.of("toneId", tones.get(0)),
                Map.of("toneId", tones.get(0), "callers", List.of("12345")),
                Map.of("toneId", tones.get(0), "callers", List.of("9120000001"), "days", List.of(9)),
                Map.of("toneId", tones.get(0), "callers", List.of("9120000001"), "from", "09:00"))) {
            Http.Response r = me.putJson("/api/me/rules/" + id, bad);
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
        }
        assertThat(me.putJson("/api/me/rules/" + id, Map.of("toneId", tones.get(0), "group", 424242)).status()).isEqualTo(404);
        assertThat(me.putJson("/api/me/rules/" + id, "[1]").json().get("error").asText()).isEqualTo("invalid_body");
        assertThat(me.putJson("/api/me/rules/999999", Map.of("toneId", tones.get(0), "callers", List.of("9120000001")))
                .status()).isEqualTo(404);
        assertThat(me.get("/api/me/rules").json().get(0)).isEqualTo(rule);
    }

    /** The tone the switch is told to play when {@code caller} calls this test's subscriber. */
    private long heard(long caller) {
        Http.Response r = vg.gateway().get("/api/playback/resolve?caller=" + caller + "&callee=9121234567");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("toneId").asLong();
    }

    @Test
    void aRuleForTheNewYearHoldsOnItsDatesAndBadDatesAreRefused() {
        JsonNode rule = me.postJson("/api/me/rules", Map.of("toneId", tones.get(1), "callers", List.of("9120000001"),
                "dates", Map.of("from", "31.12", "to", "1.1"))).json();
        assertThat(rule.get("dates").get("from").asText()).isEqualTo("31.12");
        assertThat(rule.get("dates").get("to").asText()).isEqualTo("01.01");
        assertThat(me.get("/api/me/rules").json().get(0).get("dates")).isEqualTo(rule.get("dates"));
        long id = rule.get("id").asLong();
        String explainNewYear = me.get("/api/me/explain?caller=9120000001&at=2027-01-01T00:30").json().get("reason").asText();
        assertThat(explainNewYear).contains("правило №1").contains("31.12–01.01");
        assertThat(me.get("/api/me/explain?caller=9120000001&at=2027-01-02T00:30").json().get("level").asText()).isNotEqualTo("timed_caller");

        for (Map<String, Object> dates : List.<Map<String, Object>>of(Map.of("from", "30.02", "to", "01.03"),
                Map.of("from", "29.02.2027", "to", "01.03.2027"), Map.of("from", "31.12", "to", "01.01.2027"),
                Map.of("from", "02.01.2027", "to", "01.01.2027"), Map.of("from", "31.12"), Map.of("from", "завтра", "to", "послезавтра"))) {
            Http.Response r = me.postJson("/api/me/rules", Map.of("toneId", tones.get(0), "callers", List.of("9120000002"), "dates", dates));
            assertThat(r.status()).as(dates + ": " + r).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("invalid_dates");
            assertThat(me.putJson("/api/me/rules/" + id, Map.of("toneId", tones.get(0), "callers", List.of("9120000002"),
                    "dates", dates)).status()).isEqualTo(400);
        }
        assertThat(me.get("/api/me/rules").json()).hasSize(1);
        assertThat(me.get("/api/me/rules").json().get(0)).isEqualTo(rule);

        JsonNode leap = me.putJson("/api/me/rules/" + id, Map.of("toneId", tones.get(1), "callers", List.of("9120000001"),
                "dates", Map.of("from", "29.02", "to", "29.02"))).json();
        assertThat(leap.get("dates").get("from").asText()).isEqualTo("29.02");
        assertThat(me.get("/api/me/explain?caller=9120000001&at=2028-02-29T10:00").json().get("level").asText()).isEqualTo("timed_caller");
        assertThat(me.get("/api/me/explain?caller=9120000001&at=2027-02-28T10:00").json().get("level").asText()).isNotEqualTo("timed_caller");
        JsonNode cleared = me.putJson("/api/me/rules/" + id, Map.of("toneId", tones.get(1), "callers", List.of("9120000001"))).json();
        assertThat(cleared.has("dates")).isFalse();
    }
}
