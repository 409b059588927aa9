package vg.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;

/** «Что услышит номер…»: the switch's own decision for a caller at a time, with the rule that makes it in words. */
class ExplainApiTest {
    private static final String ME = "9121234567";
    private static final String MUM = "9120000001";
    private static final String BOSS = "9120000002";
    @TempDir
    Path dir;
    RunningApp vg;
    List<Long> tones;
    Http me;
    long evenings;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir);
        vg.close();
        vg.whileStopped(jdbi -> tones = Seed.tones(jdbi, "Утро", "Вечер", "Гудок шефу"));
        vg.start();
        me = Seed.subscriber(vg, ME);
        for (long t : tones) me.postJson("/api/me/tones", Map.of("toneId", t));
        me.putJson("/api/me/default", Map.of("toneId", tones.get(0)));
        long family = me.postJson("/api/me/groups", Map.of("name", "Семья", "callers", List.of(MUM))).json().get("id").asLong();
        me.postJson("/api/me/rules", Map.of("toneId", tones.get(2), "callers", List.of(BOSS)));
        evenings = me.postJson("/api/me/rules", Map.of("toneId", tones.get(1), "group", family, "days", List.of(1, 2, 3, 4, 5),
                "from", "18:00", "to", "23:00")).json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private JsonNode explain(String caller, String at) {
        Http.Response r = me.get("/api/me/explain?caller=" + caller + (at == null ? "" : "&at=" + at));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aGroupRuleInItsHoursIsNamedByItsNumberGroupDaysAndHours() {
        JsonNode weekdayEvening = explain(MUM, "2026-12-02T19:30"); // a Wednesday
        assertThat(weekdayEvening.get("toneId").asLong()).isEqualTo(tones.get(1));
        assertThat(weekdayEvening.get("level").asText()).isEqualTo("timed_group");
        assertThat(weekdayEvening.get("ruleId").asLong()).isEqualTo(evenings);
        assertThat(weekdayEvening.get("reason").asText()).isEqualTo("«Вечер» — правило №2: группа «Семья», будни 18:00–23:00.");
    }

    @Test
    void outsideItsHoursTheDefaultToneIsExplained() {
        JsonNode saturday = explain(MUM, "2026-12-05T19:30");
        assertThat(saturday.get("toneId").asLong()).isEqualTo(tones.get(0));
        assertThat(saturday.get("level").asText()).isEqualTo("default");
        assertThat(saturday.get("ruleId").isNull()).isTrue();
        assertThat(saturday.get("reason").asText()).isEqualTo("«Утро» — мелодия по умолчанию: ни одно правило не подходит.");
        assertThat(explain(Http.q("+7 912 999-99-99"), "2026-12-02T19:30").get("level").asText()).isEqualTo("default");
    }

    @Test
    void aCallerRuleIsNamedWithTheNumberAsTheCabinetWritesIt() {
        JsonNode boss = explain(BOSS, null);
        assertThat(boss.get("toneId").asLong()).isEqualTo(tones.get(2));
        assertThat(boss.get("level").asText()).isEqualTo("caller");
        assertThat(boss.get("reason").asText()).isEqualTo("«Гудок шефу» — правило №1: номер +7 912 000-00-02, каждый день весь день.");
    }

    @Test
    void theExplanationIsWhatTheSwitchIsToldNow() {
        for (String caller : List.of(MUM, BOSS, "9125550000")) {
            JsonNode now = explain(caller, null);
            Http.Response switchAsks = vg.gateway().get("/api/playback/resolve?caller=" + caller + "&callee=" + ME);
            assertThat(switchAsks.json().get("toneId").asLong()).as(caller).isEqualTo(now.get("toneId").asLong());
        }
    }

    @Test
    void withoutADefaultToneOrWhileSuspendedItIsOrdinaryBeeps() {
        me.putJson("/api/me/default", "{\"toneId\": null}");
        JsonNode none = explain("9125550000", null);
        assertThat(none.get("toneId").isNull()).isTrue();
        assertThat(none.get("level").asText()).isEqualTo("none");
        assertThat(none.get("reason").asText()).startsWith("Обычные гудки: ни одно правило не подходит");
        me.post("/api/me/suspend");
        JsonNode suspended = explain(BOSS, null);
        assertThat(suspended.get("toneId").isNull()).isTrue();
        assertThat(suspended.get("reason").asText()).isEqualTo("Обычные гудки: услуга приостановлена.");
    }

    @Test
    void aBadNumberOrTimeIsRefusedAndAnotherSubscriberSeesOnlyTheirOwn() {
        assertThat(me.get("/api/me/explain?caller=123").json().get("error").asText()).isEqualTo("invalid_phone");
        assertThat(me.get("/api/me/explain").json().get("error").asText()).isEqualTo("invalid_phone");
        assertThat(me.get("/api/me/explain?caller=" + MUM + "&at=tomorrow").json().get("error").asText()).isEqualTo("invalid_at");
        assertThat(me.get("/api/me/explain?caller=" + MUM + "&at=2026-02-30T10:00").status()).isEqualTo(400);
        assertThat(vg.http().get("/api/me/explain?caller=" + MUM).status()).isEqualTo(401);
        Http other = Seed.subscriber(vg, "9127654321");
        JsonNode theirs = other.get("/api/me/explain?caller=" + MUM + "&at=2026-12-02T19:30").json();
        assertThat(theirs.get("level").asText()).isEqualTo("none");
        assertThat(theirs.get("reason").asText()).doesNotContain("Семья").doesNotContain("Вечер");
    }
}
