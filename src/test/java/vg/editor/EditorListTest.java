package vg.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.RunningApp;

/** The editor's list at catalogue scale: search over every status, filters, order, pages, and a selection's publish and withdraw. */
class EditorListTest {
    @TempDir
    Path dir;
    RunningApp vg;
    Http desk;
    final List<Long> ready = new ArrayList<>();
    long processing;
    long sonata;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir);
        vg.close();
        // written behind vg's back, as an older version would have left them: the start fills in their search keys
        vg.whileStopped(jdbi -> jdbi.useTransaction(h -> {
            for (int i = 0; i < 120; i++) {
                String status = i % 3 == 0 ? "published" : i % 3 == 1 ? "ready" : "withdrawn";
                long id = h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, duration_ms, created_at,"
                                + " updated_at) VALUES (:t, :a, :th, :k, 1000, :s, 20000, :at, :at)")
                        .bind("t", "Мелодия " + i).bind("a", i % 2 == 0 ? "Оркестр" : "Квартет").bind("th", i % 4 == 0 ? "classical" : "pop")
                        .bind("k", i % 5 == 0 ? "joke" : "melody").bind("s", status).bind("at", 1_000L + i)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                if (status.equals("ready")) ready.add(id);
            }
            sonata = h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, created_at, updated_at)"
                    + " VALUES ('Лунная Соната', 'Людвиг ван Бетховен', 'classical', 'melody', 2500, 'failed', 5000, 5000)")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            processing = h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, created_at, updated_at)"
                    + " VALUES ('Ёлочка', 'Хор', 'holidays', 'melody', 1500, 'processing', 6000, 6000)")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("UPDATE counters SET value = value + 1 WHERE name = 'changes'");
        }));
        vg.start();
        desk = vg.editor();
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private JsonNode list(String query) {
        Http.Response r = desk.get("/api/editor/tones?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(t -> t.get("id").asLong()).toList();
    }

    @Test
    void theListPagesOverEveryStatusNewestFirstWithTheTotal() {
        JsonNode first = list("size=50");
        assertThat(first.get("total").asLong()).isEqualTo(122);
        assertThat(ids(first)).hasSize(50).startsWith(processing, sonata);
        JsonNode third = list("size=50&page=3");
        assertThat(ids(third)).hasSize(22);
        assertThat(list("size=50&page=9").get("items")).isEmpty();
        assertThat(first.get("items").get(0).get("themeName").asText()).isEqualTo("Праздники");
        assertThat(first.get("items").get(0).get("theme").asText()).isEqualTo("holidays");
    }

    @Test
    void searchFindsTitleOrArtistInAnyCaseAndAnyStatus() {
        assertThat(ids(list("q=" + Http.q("СОНАТА")))).containsExactly(sonata);
        assertThat(ids(list("q=" + Http.q("бетховен")))).containsExactly(sonata);
        assertThat(ids(list("q=" + Http.q("елочка")))).as("ё is е").containsExactly(processing);
        assertThat(list("q=" + Http.q("квартет")).get("total").asLong()).isEqualTo(60);
        assertThat(list("q=" + Http.q("100%")).get("total").asLong()).as("% is a letter here").isZero();
        assertThat(list("q=" + Http.q("мелодия 11")).get("total").asLong()).isEqualTo(11); // 11, 110–119
    }

    @Test
    void filtersCombineAndTheTitleOrderHolds() {
        assertThat(list("status=ready").get("total").asLong()).isEqualTo(40);
        assertThat(list("status=ready&theme=classical").get("total").asLong()).isEqualTo(10);
        assertThat(list("kind=joke&theme=classical").get("total").asLong()).isEqualTo(6);
        JsonNode byTitle = list("sort=title&size=3");
        assertThat(StreamSupport.stream(byTitle.get("items").spliterator(), false).map(t -> t.get("title").asText()))
                .containsExactly("Ёлочка", "Лунная Соната", "Мелодия 0");
        for (String bad : List.of("status=lost", "theme=jazz", "kind=song", "sort=price", "page=0", "size=500"))
            assertThat(desk.get("/api/editor/tones?" + bad).status()).as(bad).isEqualTo(400);
    }

    @Test
    void aSelectionIsPublishedAndWithdrawnToneByToneAndWhatCannotBeSaysWhy() {
        List<Long> chosen = List.of(ready.get(0), ready.get(1), processing, ready.get(2));
        JsonNode published = desk.postJson("/api/editor/tones/publish", Map.of("ids", chosen)).json();
        assertThat(published.get("tones")).hasSize(4);
        assertThat(published.get("tones").get(2).get("error").asText()).isEqualTo("not_ready");
        assertThat(published.get("tones").get(0).get("status").asText()).isEqualTo("published");
        assertThat(vg.http().get("/api/tones/" + ready.get(1)).status()).isEqualTo(200);
        JsonNode withdrawn = desk.postJson("/api/editor/tones/withdraw", Map.of("ids", List.of(ready.get(0), sonata))).json();
        assertThat(withdrawn.get("tones").get(0).get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.get("tones").get(1).get("error").asText()).isEqualTo("not_published");
        assertThat(vg.http().get("/api/tones/" + ready.get(0)).status()).isEqualTo(404);
        JsonNode audit = desk.get("/api/editor/audit?size=10").json();
        assertThat(audit.findValuesAsText("action")).containsSubsequence("withdraw", "publish", "publish", "publish");
        for (Object bad : List.of(Map.of("ids", List.of()), Map.of("ids", List.of(-1)), "[1]", Map.of()))
            assertThat(desk.postJson("/api/editor/tones/publish", bad).status()).as(String.valueOf(bad)).isEqualTo(400);
        assertThat(vg.http().postJson("/api/editor/tones/publish", Map.of("ids", List.of(ready.get(3)))).status()).isEqualTo(401);
    }
}
