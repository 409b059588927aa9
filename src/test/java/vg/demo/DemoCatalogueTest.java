package vg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.Http;
import vg.support.RunningApp;

class DemoCatalogueTest {
    static final Path SAMPLES = Path.of("media-samples").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theSamplesAreSmallLicensedAndDescribed() throws IOException {
        JsonNode catalogue = new ObjectMapper().readTree(SAMPLES.resolve(DemoCatalogue.METADATA_FILE).toFile());
        long bytes = 0;
        Set<String> themes = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (JsonNode t : catalogue.get("tones")) {
            Path file = SAMPLES.resolve(t.get("file").asText());
            assertThat(file).isRegularFile();
            bytes += Files.size(file);
            assertThat(t.get("licence").asText()).as(t.get("file").asText()).isNotBlank();
            themes.add(t.get("theme").asText());
            kinds.add(t.get("kind").asText());
        }
        assertThat(catalogue.get("tones").size()).isGreaterThanOrEqualTo(30);
        assertThat(themes).hasSizeGreaterThanOrEqualTo(6);
        assertThat(kinds).containsExactlyInAnyOrder("melody", "status", "joke");
        assertThat(bytes).isLessThan(10L * 1024 * 1024);
    }

    @Test
    void anEmptyDatabaseIsFilledWithTheDemoCatalogueOnceAndItIsSearchableAndPlayable() throws IOException {
        int expected = new ObjectMapper().readTree(SAMPLES.resolve(DemoCatalogue.METADATA_FILE).toFile()).get("tones").size();
        try (RunningApp vg = new RunningApp(dir, Map.of("VG_DEMO", "true", "VG_SAMPLES", SAMPLES.toString()))) {
            Http http = vg.http();
            JsonNode page = Await.until(Duration.ofMinutes(4), () -> http.get("/api/tones?size=100").json(),
                    p -> p.get("total").asInt() == expected);
            assertThat(vg.editor().get("/api/editor/tones?status=failed").json().get("items")).isEmpty();
            assertThat(page.get("facets").get("kind").size()).isEqualTo(3);
            assertThat(page.get("facets").get("theme").size()).isGreaterThanOrEqualTo(6);
            assertThat(http.get("/api/tones?q=" + Http.q("бетховен")).json().get("total").asInt()).isPositive();
            assertThat(http.get("/api/tones?q=beethoven").json().get("total").asInt()).isPositive();
            long first = page.get("items").get(0).get("id").asLong();
            Http.Response preview = http.get("/api/tones/" + first + "/preview.mp3", "Range", "bytes=0-1023");
            assertThat(preview.status()).isEqualTo(206);
            assertThat(preview.body()).hasSize(1024);

            vg.restart();
            assertThat(vg.http().get("/api/tones").json().get("total").asInt()).isEqualTo(expected);
            assertThat(vg.editor().get("/api/editor/tones?size=200").json().get("total").asLong()).isEqualTo(expected);
        }
    }
}
