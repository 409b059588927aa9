package vg.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What a content editor does over HTTP, step by step, for tests that need published tones. */
public final class Editor {
    private final Http http;

    public Editor(Http authenticated) {
        this.http = authenticated;
    }

    public static Map<String, String> fields(String title, String artist, String theme, String kind, String tags) {
        Map<String, String> f = new HashMap<>(Map.of("title", title, "artist", artist, "theme", theme, "kind", kind, "price", "2500"));
        f.put("tags", tags);
        return f;
    }

    public long upload(Map<String, String> fields, String fileName, byte[] audio) {
        Http.Response r = http.postMultipart("/api/editor/tones", fields, fileName, audio);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        return r.json().get("id").asLong();
    }

    public JsonNode awaitSettled(long id) {
        return Await.until(Duration.ofSeconds(60), () -> http.get("/api/editor/tones/" + id).json(),
                j -> !j.get("status").asText().equals("processing"));
    }

    public long publishNew(Map<String, String> fields, String fileName, byte[] audio) {
        long id = upload(fields, fileName, audio);
        assertThat(awaitSettled(id).get("status").asText()).isEqualTo("ready");
        Http.Response p = http.post("/api/editor/tones/" + id + "/publish");
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        return id;
    }
}
