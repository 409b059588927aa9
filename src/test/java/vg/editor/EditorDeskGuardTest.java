package vg.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Editor;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.TestAudio;

/** The editor's desk is guarded like the cabinet, and keeps a trail of what was done at it. */
class EditorDeskGuardTest {
    @TempDir
    Path dir;
    RunningApp vg;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    @Test
    void fiveWrongPasswordsThroughBasicAndTheSessionLoginLockTheDeskForBothEvenToTheRightPassword() {
        Http wrongBasic = vg.http().withBasicAuth("editor", "guess");
        for (int i = 0; i < 3; i++) assertThat(wrongBasic.get("/api/editor/tones").status()).isEqualTo(401);
        for (int i = 0; i < 2; i++)
            assertThat(vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", "guess" + i)).status()).isEqualTo(401);

        Http.Response basic = wrongBasic.get("/api/editor/tones");
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.json().get("error").asText()).isEqualTo("too_many_attempts");
        assertThat(vg.editor().get("/api/editor/tones").status()).as("the right password, by HTTP Basic").isEqualTo(429);
        Http.Response session = vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", RunningApp.EDITOR_PASSWORD));
        assertThat(session.status()).as("the right password, by the session login").isEqualTo(429);
        assertThat(session.header("Set-Cookie")).isEmpty();
    }

    @Test
    void fourWrongPasswordsThenTheRightOneLetTheEditorIn() {
        Http wrongBasic = vg.http().withBasicAuth("editor", "guess");
        for (int i = 0; i < 4; i++) assertThat(wrongBasic.get("/api/editor/tones").status()).isEqualTo(401);
        assertThat(vg.editor().get("/api/editor/tones").status()).isEqualTo(200);
    }

    @Test
    void everyActionAtTheDeskIsInTheAuditTrailNewestFirstWithTheClientsAddress() throws Exception {
        assertThat(vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", "nope")).status()).isEqualTo(401);
        Http.Response login = vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", RunningApp.EDITOR_PASSWORD));
        String cookie = login.header("Set-Cookie").orElseThrow().split(";")[0];
        Editor editor = new Editor(vg.editor());
        long id = editor.upload(Editor.fields("Лунная соната", "Бетховен", "classical", "melody", "piano"), "sonata.mp3",
                TestAudio.mp3(dir, 3));
        editor.awaitSettled(id);
        assertThat(vg.editor().putJson("/api/editor/tones/" + id, Map.of("title", "Лунная соната, часть 1", "artist", "Бетховен",
                "theme", "classical", "kind", "melody", "price", "1500")).status()).isEqualTo(200);
        assertThat(vg.editor().post("/api/editor/tones/" + id + "/publish").status()).isEqualTo(200);
        assertThat(vg.editor().post("/api/editor/tones/" + id + "/withdraw").status()).isEqualTo(200);
        assertThat(vg.http().post("/api/editor/tones/" + id + "/publish").status()).as("not logged in: not an action").isEqualTo(401);
        assertThat(vg.http().delete("/api/editor/session", "Cookie", cookie).status()).isEqualTo(204);

        JsonNode trail = vg.editor().get("/api/editor/audit").json();
        List<String> actions = new ArrayList<>();
        trail.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("logout", "withdraw", "publish", "edit", "upload", "login", "login_failed");
        assertThat(trail.get(1).get("toneId").asLong()).isEqualTo(id);
        assertThat(trail.get(5).has("toneId")).isFalse();
        for (JsonNode e : trail) {
            assertThat(e.get("from").asText()).isEqualTo("127.0.0.1");
            assertThat(e.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        }
        assertThat(vg.editor().get("/api/editor/audit?size=2&page=2").json().get(1).get("action").asText()).isEqualTo("edit");
        assertThat(vg.http().get("/api/editor/audit").status()).isEqualTo(401);
        assertThat(vg.editor().get("/api/editor/audit?size=0").status()).isEqualTo(400);
    }
}
