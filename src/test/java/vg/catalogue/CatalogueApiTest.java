package vg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Editor;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.TestAudio;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueApiTest {
    @TempDir
    static Path dir;
    RunningApp vg;
    Http http;
    long previewed;

    @BeforeAll
    void catalogue() {
        vg = new RunningApp(dir.resolve("data"));
        previewed = new Editor(vg.editor()).publishNew(
                Editor.fields("Весна", "Антонио Вивальди", "classical", "melody", "времена года seasons"), "spring.mp3", TestAudio.mp3(dir, 6));
        // the rest goes straight into the database; the restart below must rebuild the index from it
        vg.close();
        vg.whileStopped(jdbi -> jdbi.useHandle(h -> {
            String[][] rows = {
                    {"Kino", "Группа крови", "rock", "melody", "300", "5"},
                    {"Кино", "Звезда по имени Солнце", "rock", "melody", "500", "50"},
                    {"Оркестр", "Jingle Bells", "holidays", "melody", "100", "1"},
                    {"Голос", "На совещании", "status", "status", "1000", "20"},
                    {"Голос", "За рулём", "status", "status", "900", "30"},
                    {"Шутник", "Алло, это пицца?", "humour", "joke", "1500", "40"},
            };
            long t = 1_000;
            for (String[] r : rows) {
                h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, duration_ms, play_count,"
                                + " created_at, published_at, updated_at) VALUES (:title, :artist, :theme, :kind, :price, 'published',"
                                + " 20000, :plays, :t, :t, :t)")
                        .bind("artist", r[0]).bind("title", r[1]).bind("theme", r[2]).bind("kind", r[3])
                        .bind("price", Long.parseLong(r[4])).bind("plays", Long.parseLong(r[5])).bind("t", t++).execute();
            }
            // written behind vg's back: the change feed does not hold it, so the next start rebuilds the index
            h.execute("UPDATE counters SET value = value + 1 WHERE name = 'changes'");
        }));
        vg.start();
        http = vg.http();
    }

    @AfterAll
    void stop() {
        vg.close();
    }

    @Test
    void themesComeInShelfOrderWithPublishedCounts() {
        JsonNode themes = http.get("/api/themes").json();
        List<String> ids = new ArrayList<>();
        themes.forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).startsWith("pop", "rock", "classical", "holidays", "children", "humour", "status");
        assertThat(count(themes, "rock")).isEqualTo(2);
        assertThat(count(themes, "classical")).isEqualTo(1);
        assertThat(count(themes, "pop")).isZero();
        assertThat(themes.get(0).get("name").asText()).isEqualTo("Поп");
    }

    private static int count(JsonNode themes, String id) {
        for (JsonNode t : themes) if (t.get("id").asText().equals(id)) return t.get("count").asInt();
        throw new AssertionError("no theme " + id);
    }

    @Test
    void theWholeCatalogueIsListedByPopularityWithFacetsWhenNothingIsAsked() {
        JsonNode page = http.get("/api/tones").json();
        assertThat(page.get("total").asInt()).isEqualTo(7);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("title").asText()).isEqualTo("Звезда по имени Солнце");
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("artist").asText()).isEqualTo("Кино");
        assertThat(item.get("theme").asText()).isEqualTo("rock");
        assertThat(item.get("kind").asText()).isEqualTo("melody");
        assertThat(item.get("durationSec").asInt()).isEqualTo(20);
        assertThat(item.get("price").asInt()).isEqualTo(500);
        assertThat(page.get("facets").get("kind").get("status").asInt()).isEqualTo(2);
        assertThat(page.get("facets").get("theme").get("rock").asInt()).isEqualTo(2);
    }

    @Test
    void filtersSortsAndPagesWork() {
        assertThat(titles(http.get("/api/tones?theme=status&sort=price").json())).containsExactly("За рулём", "На совещании");
        assertThat(titles(http.get("/api/tones?kind=joke").json())).containsExactly("Алло, это пицца?");
        assertThat(titles(http.get("/api/tones?sort=new&size=2").json())).containsExactly("Весна", "Алло, это пицца?");
        JsonNode second = http.get("/api/tones?sort=title&size=3&page=2").json();
        assertThat(second.get("total").asInt()).isEqualTo(7);
        assertThat(second.get("items")).hasSize(3);
        JsonNode rock = http.get("/api/tones?theme=rock").json();
        // each facet is counted as if its own filter were off, so the other shelves stay visible
        assertThat(rock.get("facets").get("theme").get("status").asInt()).isEqualTo(2);
        assertThat(rock.get("facets").get("kind").get("melody").asInt()).isEqualTo(2);
    }

    @Test
    void searchFindsAcrossScriptsAndSuggestsAsYouType() {
        assertThat(titles(http.get("/api/tones?q=kino").json())).contains("Группа крови", "Звезда по имени Солнце");
        assertThat(titles(http.get("/api/tones?q=" + Http.q("совещание")).json())).contains("На совещании");
        JsonNode suggestions = http.get("/api/tones/suggest?q=" + Http.q("Звез")).json();
        assertThat(suggestions.get(0).get("title").asText()).isEqualTo("Звезда по имени Солнце");
        assertThat(suggestions.get(0).get("id").asLong()).isPositive();
        assertThat(http.get("/api/tones/suggest?q=").json()).isEmpty();
    }

    @Test
    void anyQueryTextIsAnsweredWithoutError() {
        for (String q : List.of("\"", "(", "a:b", "*?", "~", "\\", "AND OR NOT", "[1 TO 2]", "x".repeat(10_000), "🎵🎶", " ")) {
            Http.Response r = http.get("/api/tones?q=" + Http.q(q));
            assertThat(r.status()).as(q).isEqualTo(200);
            assertThat(http.get("/api/tones/suggest?q=" + Http.q(q)).status()).as(q).isEqualTo(200);
        }
    }

    @Test
    void badParametersAreRefusedWithJson() {
        for (String bad : List.of("sort=loud", "kind=song", "page=0", "page=x", "size=101", "size=0", "theme=jazz")) {
            Http.Response r = http.get("/api/tones?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(bad).startsWith("invalid_");
            assertThat(r.json().get("message").asText()).as(bad).isNotBlank();
        }
        assertThat(http.get("/api/tones/abc").json().get("error").asText()).isEqualTo("not_found");
        assertThat(http.get("/api/tones/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/nothing-here").json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void oneToneIsShownByItsId() {
        JsonNode t = http.get("/api/tones/" + previewed).json();
        assertThat(t.get("title").asText()).isEqualTo("Весна");
        assertThat(t.get("previewUrl").asText()).isEqualTo("/api/tones/" + previewed + "/preview.mp3");
    }

    @Test
    void thePreviewAnswersRangeRequestsAndRevalidatesByEtag() {
        String url = "/api/tones/" + previewed + "/preview.mp3";
        Http.Response whole = http.get(url);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Accept-Ranges")).contains("bytes");
        int size = whole.body().length;
        assertThat(size).isGreaterThan(10_000);

        Http.Response first = http.get(url, "Range", "bytes=0-99");
        assertThat(first.status()).isEqualTo(206);
        assertThat(first.body()).hasSize(100).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 0, 100));
        assertThat(first.header("Content-Range")).contains("bytes 0-99/" + size);

        Http.Response tail = http.get(url, "Range", "bytes=" + (size - 10) + "-");
        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), size - 10, size));

        String etag = whole.header("ETag").orElseThrow();
        assertThat(http.get(url, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(http.get(url, "Range", "bytes=" + (size + 100) + "-").status()).isEqualTo(416);
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(i -> titles.add(i.get("title").asText()));
        return titles;
    }
}
