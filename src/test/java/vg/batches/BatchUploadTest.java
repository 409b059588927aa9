package vg.batches;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.TestAudio;

class BatchUploadTest {
    @TempDir
    Path dir;
    RunningApp vg;
    Http desk;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"));
        desk = vg.editor();
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    @Test
    void eachFileOfAZipWithACsvManifestBecomesItsOwnToneAndABrokenFileFailsAloneWithItsReason() {
        byte[] broken = new byte[40_000];
        new java.util.Random(3).nextBytes(broken);
        byte[] zip = new TestZips()
                .with("manifest.csv", """
                        file,title,artist,theme,kind,price,tags
                        sonata.wav,Лунная соната,Бетховен,classical,melody,2500,piano
                        songs/march.mp3,Марш,Оркестр,classical,melody,1500,
                        broken.mp3,Сломанный,Никто,pop,melody,1000,
                        """)
                .with("sonata.wav", TestAudio.wav(2))
                .with("songs/march.mp3", TestAudio.mp3(dir, 3))
                .with("broken.mp3", broken)
                .with("readme.txt", "not a tone")
                .bytes();

        Http.Response r = desk.postMultipart("/api/editor/batches", Map.of(), "tones.zip", zip);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        Map<String, JsonNode> taken = byFile(r.json());
        assertThat(taken).containsOnlyKeys("sonata.wav", "songs/march.mp3", "broken.mp3", "readme.txt");
        assertThat(taken.get("sonata.wav").get("status").asText()).as("taken; a short file may be transcoded already").isIn("processing", "ready");
        assertThat(taken.get("broken.mp3").get("status").asText()).isEqualTo("failed");
        assertThat(taken.get("broken.mp3").get("id").isNull()).isTrue();
        assertThat(taken.get("broken.mp3").get("error").asText()).isNotBlank();
        assertThat(taken.get("readme.txt").get("error").asText()).contains("manifest does not list");

        long id = r.json().get("id").asLong();
        JsonNode done = Await.until(Duration.ofSeconds(60), () -> desk.get("/api/editor/batches/" + id).json(),
                b -> b.get("done").asBoolean());
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        Map<String, JsonNode> files = byFile(done);
        assertThat(files.get("sonata.wav").get("status").asText()).isEqualTo("ready");
        assertThat(files.get("songs/march.mp3").get("status").asText()).isEqualTo("ready");
        JsonNode sonata = desk.get("/api/editor/tones/" + files.get("sonata.wav").get("id").asLong()).json();
        assertThat(sonata.get("title").asText()).isEqualTo("Лунная соната");
        assertThat(sonata.get("price").asLong()).isEqualTo(2500);
        assertThat(desk.get("/api/editor/tones").json().get("total").asLong()).as("the broken file left no tone").isEqualTo(2);
        assertThat(leftoverTempFiles()).isEmpty();
    }

    @Test
    void aJsonManifestTakesNumbersAndARowWithBadFieldsOrNoFileFailsAlone() {
        byte[] zip = new TestZips()
                .with("manifest.json", """
                        [{"file": "a.wav", "title": "Первый", "artist": "А", "theme": "pop", "kind": "melody", "price": 900},
                         {"file": "b.wav", "title": "Второй", "artist": "Б", "theme": "no-such-theme", "kind": "melody", "price": 900},
                         {"file": "missing.wav", "title": "Третий", "artist": "В", "theme": "pop", "kind": "melody", "price": 900},
                         {"file": "../../etc/passwd", "title": "Четвёртый", "artist": "Г", "theme": "pop", "kind": "melody", "price": 900}]
                        """)
                .with("a.wav", TestAudio.wav(2))
                .with("b.wav", TestAudio.wav(2))
                .bytes();

        Http.Response r = desk.postMultipart("/api/editor/batches", Map.of(), "tones.zip", zip);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        Map<String, JsonNode> taken = byFile(r.json());
        assertThat(taken.get("a.wav").get("id").asLong()).isPositive();
        assertThat(taken.get("b.wav").get("status").asText()).isEqualTo("failed");
        assertThat(taken.get("b.wav").get("error").asText()).contains("theme");
        assertThat(taken.get("missing.wav").get("error").asText()).contains("no file «missing.wav»");
        assertThat(taken.get("../../etc/passwd").get("error").asText()).contains("no file");
        assertThat(desk.get("/api/editor/tones").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aSemicolonCsvAsARussianExcelSavesItWithAByteOrderMarkIsRead() {
        byte[] zip = new TestZips()
                .with("manifest.csv", "\uFEFFfile;title;artist;theme;kind;price;tags\na.wav;Песня;Хор;pop;melody;500;весна\n")
                .with("a.wav", TestAudio.wav(2))
                .bytes();

        Http.Response r = desk.postMultipart("/api/editor/batches", Map.of(), "tones.zip", zip);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(byFile(r.json()).get("a.wav").get("status").asText()).as("taken; a short file may be transcoded already").isIn("processing", "ready");
    }

    @Test
    void namesFromARussianWindowsZipAndAManifestInWindows1251AreReadAsMeantAndARowListedTwiceIsTakenOnce() {
        byte[] manifest = "file;title;artist;theme;kind;price;tags\nпесня.wav;Весенняя песня;Хор;pop;melody;500;\nпесня.wav;Ещё раз;Хор;pop;melody;500;\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] zip = new TestZips().namesIn("IBM866").with("manifest.csv", manifest).with("песня.wav", TestAudio.wav(2)).bytes();

        Http.Response r = desk.postMultipart("/api/editor/batches", Map.of(), "tones.zip", zip);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        JsonNode rows = r.json().get("tones");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("file").asText()).isEqualTo("песня.wav");
        assertThat(rows.get(0).get("status").asText()).as("taken; a short file may be transcoded already").isIn("processing", "ready");
        assertThat(rows.get(1).get("error").asText()).contains("twice");
        JsonNode tone = desk.get("/api/editor/tones/" + rows.get(0).get("id").asLong()).json();
        assertThat(tone.get("title").asText()).isEqualTo("Весенняя песня");
    }

    record Hostile(String what, byte[] zip, int status, String code, String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Test
    void aHostileOrBrokenZipIsRefusedWholeAndWritesNothing() throws IOException {
        byte[] wav = TestAudio.wav(1);
        String manifest = "file,title,artist,theme,kind,price,tags\na.wav,T,A,pop,melody,100,\n";
        byte[] inner = new TestZips().with("x.wav", wav).bytes();
        byte[] many = manyFiles(101, wav);
        TestZips hidden = new TestZips().with("manifest.csv", manifest).with("a.wav", wav);
        for (int i = 0; i < 1_001; i++) hidden.with(".hidden-" + i, new byte[0]);
        byte[] bigManifest = ("file,title\n" + "a.wav,T\n".repeat(200_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] lying = TestZips.withStatedSize(new TestZips().with("manifest.csv", manifest).with("a.wav", wav).bytes(), "a.wav", 100);
        byte[] damaged = TestZips.withPackedSize(new TestZips().with("manifest.csv", manifest).with("a.wav", TestAudio.wav(2)).bytes(), "a.wav", 5_000);
        List<Hostile> cases = List.of(
                new Hostile("climbs out", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).with("../../escaped.wav", wav).bytes(), 422, "hostile_zip", "(..)"),
                new Hostile("absolute", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).with("/tmp/absolute.wav", wav).bytes(), 422, "hostile_zip", "absolute path"),
                new Hostile("drive letter", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).with("C:\\evil.wav", wav).bytes(), 422, "hostile_zip", "absolute path"),
                new Hostile("link", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).link("b.wav", "/etc/passwd").bytes(), 422, "hostile_zip", "is a link"),
                new Hostile("nested by name", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).with("more.zip", inner).bytes(), 422, "hostile_zip", "itself an archive"),
                new Hostile("nested by content", new TestZips().with("manifest.csv", manifest).with("a.wav", inner).bytes(), 422, "hostile_zip", "itself an archive"),
                new Hostile("bomb", new TestZips().with("manifest.csv", manifest).with("a.wav", new byte[30 * 1024 * 1024]).bytes(), 422, "hostile_zip", "times its packed size"),
                new Hostile("same name twice", new TestZips().with("manifest.csv", manifest).with("a.wav", wav).with("A.WAV", wav).bytes(), 422, "hostile_zip", "appears twice"),
                new Hostile("too many files", many, 413, "batch_too_large", "101 files"),
                new Hostile("too many entries, even ones passed over", hidden.bytes(), 413, "batch_too_large", "1,003 entries"),
                new Hostile("a header that understates the size", lying, 422, "hostile_zip", "past the size its header states"),
                new Hostile("a damaged entry", damaged, 422, "invalid_zip", "damaged"),
                new Hostile("both manifests", new TestZips().with("manifest.csv", manifest).with("manifest.json", "[]").with("a.wav", wav).bytes(), 422, "invalid_manifest", "both"),
                new Hostile("a manifest over 1 MB", new TestZips().with("manifest.csv", bigManifest).with("a.wav", wav).bytes(), 422, "invalid_manifest", "larger than 1 MB"),
                new Hostile("no manifest", new TestZips().with("a.wav", wav).bytes(), 422, "no_manifest", "no manifest"),
                new Hostile("manifest without a file column", new TestZips().with("manifest.csv", "title\nx\n").with("a.wav", wav).bytes(), 422, "invalid_manifest", "«file»"),
                new Hostile("manifest that is not JSON", new TestZips().with("manifest.json", "{nope").with("a.wav", wav).bytes(), 422, "invalid_manifest", "not JSON"),
                new Hostile("not a zip", wav, 415, "not_a_zip", "not a ZIP"),
                new Hostile("empty", new byte[0], 415, "not_a_zip", "not a ZIP"));

        for (Hostile c : cases) {
            Http.Response r = desk.postMultipart("/api/editor/batches", Map.of(), "tones.zip", c.zip());

            assertThat(r.status()).as(c + ": " + r).isEqualTo(c.status());
            assertThat(r.json().get("error").asText()).as(c.toString()).isEqualTo(c.code());
            assertThat(r.json().get("message").asText()).as(c.toString()).contains(c.says());
        }
        assertThat(desk.get("/api/editor/tones").json().get("total").asLong()).as("no tone was made").isZero();
        assertThat(leftoverTempFiles()).as("nothing is left unpacked").isEmpty();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).as("nothing was written outside the temporary folder")
                    .doesNotContain("escaped.wav", "absolute.wav", "evil.wav");
        }
        assertThat(Path.of("/tmp/absolute.wav")).doesNotExist();
    }

    @Test
    void aBatchIsTheEditorsAndAnUnknownOneIsNotFound() {
        Http anonymous = vg.http();
        byte[] zip = new TestZips().with("manifest.csv", "file\na.wav\n").with("a.wav", TestAudio.wav(1)).bytes();

        assertThat(anonymous.postMultipart("/api/editor/batches", Map.of(), "tones.zip", zip).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/editor/batches/1").status()).isEqualTo(401);
        assertThat(desk.get("/api/editor/batches/999").status()).isEqualTo(404);
        assertThat(desk.get("/api/editor/batches/abc").status()).isEqualTo(404);
        assertThat(desk.postMultipart("/api/editor/batches", Map.of(), "x", new byte[0]).status()).isEqualTo(415);
    }

    private static byte[] manyFiles(int n, byte[] wav) {
        TestZips zip = new TestZips();
        StringBuilder manifest = new StringBuilder("file,title,artist,theme,kind,price,tags\n");
        for (int i = 0; i < n; i++) {
            zip.with("f" + i + ".wav", wav);
            manifest.append("f").append(i).append(".wav,T,A,pop,melody,100,\n");
        }
        return zip.with("manifest.csv", manifest.toString()).bytes();
    }

    private static Map<String, JsonNode> byFile(JsonNode batch) {
        Map<String, JsonNode> files = new HashMap<>();
        batch.get("tones").forEach(t -> files.put(t.get("file").asText(), t));
        return files;
    }

    private List<Path> leftoverTempFiles() {
        try (Stream<Path> all = Files.walk(dir.resolve("data").resolve("media").resolve("tmp"))) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
