package vg.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.Editor;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.TestAudio;

class ToneUploadFlowTest {
    @TempDir
    Path dir;
    RunningApp vg;
    Http editorHttp;
    Editor editor;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"));
        editorHttp = vg.editor();
        editor = new Editor(editorHttp);
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private static Map<String, String> meta() {
        return Editor.fields("Лунная соната", "Людвиг ван Бетховен", "classical", "melody", "piano фортепиано");
    }

    @Test
    void anUploadIsTranscodedWithProgressAndMeasuredThenPublishedAndSearchableAtOnce() throws IOException {
        long id = editor.upload(meta(), "sonata.mp3", TestAudio.mp3(dir, 8));
        JsonNode settled = editor.awaitSettled(id);
        assertThat(settled.get("status").asText()).isEqualTo("ready");
        assertThat(settled.get("progress").asInt()).isEqualTo(100);
        assertThat(settled.get("durationSec").asInt()).isEqualTo(8);
        assertThat(settled.get("sourceFormat").asText()).isEqualTo("mp3");
        assertThat(settled.get("sourceLoudness").isNumber()).isTrue();
        assertThat(settled.get("loudness").isNumber()).isTrue();
        assertThat(Files.exists(dir.resolve("data/media"))).isTrue();
        Http.Response wave = editorHttp.get(settled.get("waveformUrl").asText());
        assertThat(wave.status()).isEqualTo(200);
        assertThat(wave.header("Content-Type").orElse("")).startsWith("image/png");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(wave.body()));
        assertThat(picture.getWidth()).as("a waveform drawn by ffmpeg").isEqualTo(800);
        assertThat(editorHttp.get(settled.get("waveformUrl").asText()).body()).as("drawn once, then kept").isEqualTo(wave.body());
        assertThat(vg.http().get(settled.get("waveformUrl").asText()).status()).as("for editors only").isEqualTo(401);

        assertThat(vg.http().get("/api/tones?q=" + Http.q("соната")).json().get("total").asInt()).isZero();
        assertThat(editorHttp.post("/api/editor/tones/" + id + "/publish").json().get("status").asText()).isEqualTo("published");
        JsonNode found = vg.http().get("/api/tones?q=" + Http.q("соната")).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("previewUrl").asText()).isEqualTo("/api/tones/" + id + "/preview.mp3");

        assertThat(editorHttp.post("/api/editor/tones/" + id + "/withdraw").json().get("status").asText()).isEqualTo("withdrawn");
        assertThat(vg.http().get("/api/tones?q=" + Http.q("соната")).json().get("total").asInt()).isZero();
        assertThat(vg.http().get("/api/tones/" + id).status()).isEqualTo(404);
        assertThat(vg.http().get("/api/tones/" + id + "/preview.mp3").status()).isEqualTo(404);
    }

    @Test
    void everyUploadFormatBecomesANetworkFileAndAPreview() {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("a.mp3", TestAudio.mp3(dir, 3));
        files.put("a.wav", TestAudio.wav(3));
        files.put("a.ogg", TestAudio.encoded(dir, 3, "ogg", "-c:a", "libvorbis"));
        files.put("a.opus", TestAudio.encoded(dir, 3, "ogg", "-c:a", "libopus"));
        files.put("a.flac", TestAudio.encoded(dir, 3, "flac", "-c:a", "flac"));
        files.put("a.m4a", TestAudio.encoded(dir, 3, "m4a", "-c:a", "aac"));
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        files.forEach((name, bytes) -> ids.put(name, editor.upload(meta(), name, bytes)));
        ids.forEach((name, id) -> {
            JsonNode t = editor.awaitSettled(id);
            assertThat(t.get("status").asText()).as(name + ": " + t).isEqualTo("ready");
            assertThat(t.get("durationSec").asInt()).as(name).isEqualTo(3);
            Http.Response preview = editorHttp.get("/api/editor/tones/" + id + "/preview.mp3");
            assertThat(preview.status()).as(name).isEqualTo(200);
            assertThat(preview.body().length).as(name).isGreaterThan(1000);
        });
        assertThat(ids.keySet().stream().map(n -> editorHttp.get("/api/editor/tones/" + ids.get(n)).json().get("sourceFormat").asText()))
                .containsExactly("mp3", "wav", "ogg", "ogg", "flac", "m4a");
    }

    @Test
    void anEditedPublishedToneIsFoundByItsNewTitleAtOnceAndBadEditsChangeNothing() {
        long id = editor.publishNew(meta(), "a.wav", TestAudio.wav(2));
        Map<String, Object> edit = new java.util.HashMap<>(meta());
        edit.put("title", "Апассионата");
        edit.put("price", 3900);
        Http.Response ok = editorHttp.putJson("/api/editor/tones/" + id, edit);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(vg.http().get("/api/tones?q=" + Http.q("апассионата")).json().get("total").asInt()).isEqualTo(1);
        assertThat(vg.http().get("/api/tones/" + id).json().get("price").asInt()).isEqualTo(3900);

        edit.put("theme", "no-such-theme");
        assertThat(editorHttp.putJson("/api/editor/tones/" + id, edit).json().get("error").asText()).isEqualTo("invalid_theme");
        assertThat(editorHttp.putJson("/api/editor/tones/" + id, "[not json").status()).isEqualTo(400);
        assertThat(editorHttp.putJson("/api/editor/tones/999999", meta()).status()).isEqualTo(404);
        assertThat(vg.http().get("/api/tones/" + id).json().get("title").asText()).isEqualTo("Апассионата");
    }

    @Test
    void onlyAReadyToneCanBePublishedAndOnlyAPublishedOneWithdrawn() {
        long ready = editor.upload(meta(), "a.wav", TestAudio.wav(2));
        assertThat(editor.awaitSettled(ready).get("status").asText()).isEqualTo("ready");
        vg.close();
        long[] stuck = new long[1];
        vg.whileStopped(jdbi -> jdbi.useHandle(h -> {
            // a tone whose transcode failed, as the job leaves it
            stuck[0] = h.createUpdate("INSERT INTO tones (title, artist, theme_id, kind, price, status, created_at, updated_at)"
                    + " VALUES ('x', 'y', 'pop', 'melody', 1, 'failed', 1, 1)").executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }));
        vg.start();
        editorHttp = vg.editor();
        Http.Response failed = editorHttp.post("/api/editor/tones/" + stuck[0] + "/publish");
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.json().get("error").asText()).isEqualTo("not_ready");
        Http.Response notPublished = editorHttp.post("/api/editor/tones/" + ready + "/withdraw");
        assertThat(notPublished.status()).isEqualTo(409);
        assertThat(notPublished.json().get("error").asText()).isEqualTo("not_published");
        assertThat(editorHttp.post("/api/editor/tones/" + ready + "/publish").status()).isEqualTo(200);
        assertThat(editorHttp.post("/api/editor/tones/" + ready + "/publish").status()).as("publishing twice is harmless").isEqualTo(200);
        assertThat(editorHttp.post("/api/editor/tones/" + ready + "/withdraw").status()).isEqualTo(200);
        assertThat(editorHttp.post("/api/editor/tones/" + ready + "/withdraw").status()).isEqualTo(200);
        assertThat(editorHttp.post("/api/editor/tones/999999/publish").status()).isEqualTo(404);
    }

    @Test
    void everyEditorCallNeedsTheEditor() {
        Http anonymous = vg.http();
        assertThat(anonymous.postMultipart("/api/editor/tones", meta(), "a.wav", TestAudio.wav(1)).json().get("error").asText())
                .isEqualTo("not_logged_in");
        assertThat(anonymous.get("/api/editor/tones/1").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/editor/tones/1/publish").status()).isEqualTo(401);
        Http wrong = vg.http().withBasicAuth("editor", "guess");
        assertThat(wrong.get("/api/editor/tones").json().get("error").asText()).isEqualTo("bad_credentials");
        assertThat(vg.http().withBasicAuth("admin", RunningApp.EDITOR_PASSWORD).get("/api/editor/tones").status()).isEqualTo(401);
    }

    @Test
    void theEditorSessionCookieIsHttpOnlyLaxAndEndsOnLogout() {
        Http.Response bad = vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", "nope"));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(vg.http().postJson("/api/editor/session", "{oops").json().get("error").asText()).isEqualTo("invalid_body");
        assertThat(vg.http().postJson("/api/editor/session", "[]").status()).isEqualTo(400);
        Http.Response login = vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", RunningApp.EDITOR_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String setCookie = login.header("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("vg_editor=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertThat(vg.http().get("/api/editor/tones", "Cookie", cookie).status()).isEqualTo(200);
        assertThat(vg.http().delete("/api/editor/session", "Cookie", cookie).status()).isEqualTo(204);
        assertThat(vg.http().get("/api/editor/tones", "Cookie", cookie).status()).isEqualTo(401);
    }

    @Test
    void badUploadsAreRefusedClearlyAndLeaveNothingBehind() throws IOException {
        record Case(String name, Map<String, String> fields, String fileName, byte[] body, int status, String code) {
        }
        byte[] wav = TestAudio.wav(2);
        byte[] mp3 = TestAudio.mp3(dir, 3);
        List<Case> cases = List.of(
                new Case("text as mp3", meta(), "notes.mp3", "just some text, not audio at all\n".repeat(50).getBytes(), 415, "unsupported_media"),
                new Case("png", meta(), "cover.png", pngBytes(), 415, "unsupported_media"),
                new Case("empty", meta(), "empty.mp3", new byte[0], 422, "empty_file"),
                new Case("truncated mp3", meta(), "cut.mp3", java.util.Arrays.copyOf(mp3, mp3.length / 2), 422, null),
                new Case("random bytes", meta(), "noise.ogg", randomBytes(50_000), 415, null),
                new Case("just over 20 MB", meta(), "huge.wav", new byte[20 * 1024 * 1024 + 10], 413, "too_large"),
                new Case("no file", meta(), null, null, 400, "missing_file"),
                new Case("NUL in the file name", meta(), "a\u0000.wav", wav, 400, null),
                new Case("no title", Editor.fields("", "A", "pop", "melody", ""), "a.wav", wav, 400, "invalid_title"),
                new Case("bad kind", Editor.fields("T", "A", "pop", "song", ""), "a.wav", wav, 400, "invalid_kind"),
                new Case("unknown theme", Editor.fields("T", "A", "jazz-fusion", "melody", ""), "a.wav", wav, 400, "invalid_theme"),
                new Case("negative price", withPrice("-5"), "a.wav", wav, 400, "invalid_price"),
                new Case("price in roubles", withPrice("12.50"), "a.wav", wav, 400, "invalid_price"));
        for (Case c : cases) {
            Http.Response r = editorHttp.postMultipart("/api/editor/tones", c.fields(), c.fileName(), c.body());
            assertThat(r.status()).as(c.name() + ": " + r).isEqualTo(c.status());
            assertThat(r.json().get("error").asText()).as(c.name()).isNotBlank();
            if (c.code() != null) assertThat(r.json().get("error").asText()).as(c.name()).isEqualTo(c.code());
            assertThat(r.json().get("message").asText()).as(c.name()).isNotBlank();
        }
        Http.Response farOver = editorHttp.headOnly("POST", "/api/editor/tones", "Content-Type: multipart/form-data; boundary=x",
                "Content-Length: " + 300L * 1024 * 1024, "Expect: 100-continue");
        assertThat(farOver.status()).as("300 MB announced: refused before the body is sent").isEqualTo(413);
        assertThat(farOver.json().get("error").asText()).isEqualTo("too_large");
        assertThat(editorHttp.get("/api/editor/tones").json().get("items")).isEmpty();
        assertThat(filesUnder(dir.resolve("data/media"))).isEmpty();
    }

    @Test
    void theSameAudioUploadedAgainUnderAnotherNameOrInAnotherContainerNamesTheToneItDuplicates() {
        long original = editor.upload(meta(), "first.wav", TestAudio.wav(3));
        long renamed = editor.upload(meta(), "copy of first.wav", TestAudio.wav(3));
        long asFlac = editor.upload(meta(), "first.flac", TestAudio.encoded(dir, 3, "flac", "-c:a", "flac"));
        long other = editor.upload(meta(), "longer.wav", TestAudio.wav(4));

        assertThat(editor.awaitSettled(original).get("duplicateOf").isNull()).isTrue();
        assertThat(editor.awaitSettled(renamed).get("duplicateOf").asLong()).isEqualTo(original);
        assertThat(editor.awaitSettled(asFlac).get("duplicateOf").asLong()).isEqualTo(original);
        assertThat(editor.awaitSettled(other).get("duplicateOf").isNull()).isTrue();
        JsonNode listed = editorHttp.get("/api/editor/tones?size=100").json().get("items");
        Map<Long, JsonNode> byId = new java.util.HashMap<>();
        listed.forEach(item -> byId.put(item.get("id").asLong(), item));
        assertThat(byId.get(asFlac).get("duplicateOf").asLong()).isEqualTo(original);
        assertThat(byId.get(original).get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void aHostileFileNameIsOnlyALabel() throws IOException {
        long id = editor.upload(meta(), "..\\..\\x/../../etc/passwd|*?<>\t.wav", TestAudio.wav(2));
        JsonNode t = editor.awaitSettled(id);
        assertThat(t.get("status").asText()).isEqualTo("ready");
        assertThat(t.get("sourceName").asText()).doesNotContain("/").doesNotContain("\\").doesNotContain("\t").startsWith("passwd");
        assertThat(filesUnder(dir.resolve("data/media"))).allMatch(p -> p.getFileName().toString().startsWith(Long.toString(id)));
    }

    @Test
    void aRestartKeepsPublishedTonesAndPreviewsAndRebuildsAMissingIndex() {
        long id = editor.publishNew(meta(), "a.mp3", TestAudio.mp3(dir, 4));
        vg.close();
        // the index is derived data: without it the next start rebuilds it from the database
        deleteTree(dir.resolve("data/index"));
        vg.start();
        JsonNode found = vg.http().get("/api/tones?q=" + Http.q("бетховен")).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        Http.Response preview = vg.http().get("/api/tones/" + id + "/preview.mp3");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type").orElse("")).startsWith("audio/mpeg");
        assertThat(vg.editor().get("/api/editor/tones/" + id).json().get("status").asText()).isEqualTo("published");
    }

    @Test
    void aTranscodeCutShortByACrashIsRedoneAtTheNextStartAndOneWithoutItsSourceFails() throws IOException {
        long redo = editor.upload(meta(), "a.wav", TestAudio.wav(3));
        long lost = editor.upload(meta(), "b.wav", TestAudio.wav(3));
        editor.awaitSettled(redo);
        editor.awaitSettled(lost);
        vg.close();
        // what a crash in the middle of both transcodes leaves: rows still processing, no outputs yet
        vg.whileStopped(jdbi -> jdbi.useHandle(h -> h.execute("UPDATE tones SET status = 'processing', duration_ms = NULL")));
        for (Path p : filesUnder(dir.resolve("data/media"))) {
            boolean source = p.getParent().getFileName().toString().equals("source");
            if (!source || p.getFileName().toString().startsWith(lost + ".")) Files.delete(p);
        }
        vg.start();
        Http http = vg.editor();
        JsonNode redone = Await.until(Duration.ofSeconds(60), () -> http.get("/api/editor/tones/" + redo).json(),
                j -> !j.get("status").asText().equals("processing"));
        assertThat(redone.get("status").asText()).isEqualTo("ready");
        JsonNode failed = http.get("/api/editor/tones/" + lost).json();
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).isNotBlank();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(root).doesNotExist();
    }

    private static Map<String, String> withPrice(String price) {
        Map<String, String> f = new java.util.HashMap<>(meta());
        f.put("price", price);
        return f;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }

    private static byte[] pngBytes() {
        try {
            var img = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
