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
import vg.support.Await;
import vg.support.MutableClock;
import vg.support.RunningApp;
import vg.support.Seed;

/** «Популярное за неделю»: {@code sort=popular_week} orders by the plays of the last seven days, and a week later forgets them. */
class WeekPlaysTest {
    private static final String CALLEE = "9121234567";
    @TempDir
    Path dir;
    RunningApp vg;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("UTC"));
    List<Long> tones;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir, Map.of(), clock);
        vg.close();
        vg.whileStopped(jdbi -> {
            tones = Seed.tones(jdbi, "Хит прошлых лет", "Новинка недели");
            // the old hit was played a lot long ago
            jdbi.useHandle(h -> h.execute("UPDATE tones SET play_count = 1000 WHERE id = ?", tones.get(0)));
        });
        vg.start();
        var me = Seed.subscriber(vg, CALLEE);
        me.postJson("/api/me/tones", Map.of("toneId", tones.get(1)));
        me.putJson("/api/me/default", Map.of("toneId", tones.get(1)));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private List<Long> order(String sort) {
        JsonNode page = vg.http().get("/api/tones?sort=" + sort).json();
        return java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false).map(t -> t.get("id").asLong()).toList();
    }

    @Test
    void theWeeksChartFollowsThisWeeksPlaysAndForgetsThemAWeekLater() {
        assertThat(order("popular")).containsExactly(tones.get(0), tones.get(1));
        for (int i = 0; i < 3; i++)
            assertThat(vg.gateway().get("/api/playback/resolve?caller=912000000" + i + "&callee=" + CALLEE).status()).isEqualTo(200);
        // the plays reach the index within the heard log's popularity round
        Await.until(Duration.ofSeconds(15), () -> order("popular_week"), o -> o.get(0).equals(tones.get(1)));
        assertThat(order("popular")).as("all time, the old hit still leads").containsExactly(tones.get(0), tones.get(1));

        clock.advance(Duration.ofDays(6));
        vg.restart();
        assertThat(order("popular_week")).as("six days on, still this week").startsWith(tones.get(1));

        clock.advance(Duration.ofDays(1));
        vg.restart();
        Await.until(Duration.ofSeconds(15), () -> order("popular_week"), o -> o.get(0).equals(tones.get(0)));
        long weekPlays = vg.app().database().jdbi().withHandle(h -> h.createQuery("SELECT week_plays FROM tones WHERE id = :id")
                .bind("id", tones.get(1)).mapTo(Long.class).one());
        assertThat(weekPlays).isZero();
    }

    @Test
    void anUnknownSortIsRefused() {
        assertThat(vg.http().get("/api/tones?sort=popular_month").json().get("error").asText()).isEqualTo("invalid_sort");
    }
}
