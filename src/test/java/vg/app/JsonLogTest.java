package vg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.NodeProcess;
import vg.support.RunningApp;
import vg.support.SmsInbox;
import vg.support.TestDb;

/** VG_LOG=json: a whole flow through a real vg process logs only JSON lines, with request ids and without secrets. */
class JsonLogTest {
    private static final String PHONE = "9121234567";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aWholeFlowLogsOneJsonObjectALineWithRequestIdsAndNoPasswordSessionOrToken() throws Exception {
        Path data = dir.resolve("data");
        List<String> secrets = new ArrayList<>(List.of(RunningApp.EDITOR_PASSWORD, RunningApp.GATEWAY_TOKEN, TestDb.SMS_KEY));
        try (NodeProcess vg = NodeProcess.start("json", data, "sqlite", dir.resolve("media"), Map.of("VG_LOG", "json"))) {
            // SMS «5» to 1090, the password by SMS, a login, the cabinet
            vg.gateway().get("/sms/inbound?from=" + PHONE + "&to=1090&text=5");
            String password = new SmsInbox(vg.smsFile()).awaitPassword(PHONE, 0);
            secrets.add(password);
            Http browser = vg.http().withCookies();
            assertThat(browser.postJson("/api/session", Map.of("phone", PHONE, "password", password)).status()).isEqualTo(200);
            secrets.add(cookieValue(browser.cookieHeader()));
            assertThat(browser.get("/api/me").status()).isEqualTo(200);
            assertThat(vg.http().postJson("/api/session", Map.of("phone", PHONE, "password", "wrong-password")).status()).isEqualTo(401);
            // the editor, by session and by HTTP Basic, and a wrong password
            Http.Response editorLogin = vg.http().postJson("/api/editor/session", Map.of("name", "editor", "password", RunningApp.EDITOR_PASSWORD));
            String editorCookie = editorLogin.header("Set-Cookie").orElseThrow().split(";")[0];
            secrets.add(cookieValue(editorCookie));
            assertThat(vg.http().get("/api/editor/tones", "Cookie", editorCookie).status()).isEqualTo(200);
            assertThat(vg.editor().get("/api/editor/tones").status()).isEqualTo(200);
            assertThat(vg.http().withBasicAuth("editor", "a-wrong-one").get("/api/editor/tones").status()).isEqualTo(401);
            // the switch, and the fifth wrong editor password, which vg logs as the desk is locked
            assertThat(vg.gateway().get("/api/playback/resolve?caller=9120000001&callee=" + PHONE).status()).as("no tone yet: beeps").isEqualTo(204);
            Http wrongEditor = vg.http().withBasicAuth("editor", "a-wrong-one");
            for (int i = 0; i < 3; i++) assertThat(wrongEditor.get("/api/editor/tones").status()).isEqualTo(401);
            Http.Response fifth = wrongEditor.get("/api/editor/tones", "X-Request-Id", "req-from-the-test-1");
            assertThat(fifth.status()).isEqualTo(401);
            assertThat(fifth.header("X-Request-Id")).contains("req-from-the-test-1");
            assertThat(vg.http().get("/api/health").header("X-Request-Id").orElse("")).as("made when not given").matches("[0-9a-f]{16}");
            vg.stop();

            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(vg.log())) {
                if (line.isBlank()) continue;
                JsonNode event = json.readTree(line);
                assertThat(event.isObject()).as(line).isTrue();
                for (String field : List.of("time", "level", "logger", "message")) assertThat(event.has(field)).as(field + " in " + line).isTrue();
                lines.add(event);
            }
            assertThat(lines).anySatisfy(e -> assertThat(e.get("message").asText()).contains("is serving at"));
            assertThat(lines).anySatisfy(e -> {
                assertThat(e.get("message").asText()).contains("locked for 15 minutes");
                assertThat(e.path("requestId").asText()).isEqualTo("req-from-the-test-1");
            });
            for (JsonNode e : lines) {
                // the log SMS link stands in for the SMSC: it shows each SMS as sent, the password SMS included
                if (e.get("logger").asText().equals("vg.sms.LogSmsLink")) continue;
                for (String secret : secrets) assertThat(e.toString()).as("a secret in the log").doesNotContain(secret);
            }
        }
    }

    @Test
    void secretsMadeOnFirstStartGoToAFileOnlyTheOwnerReadsAndTheLogOnlyNamesIt() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> env = Map.of("VG_LOG", "json", "VG_EDITOR_PASSWORD", "", "VG_GATEWAY_TOKEN", "");
        try (NodeProcess vg = NodeProcess.start("json", data, "sqlite", dir.resolve("media"), env)) {
            vg.stop();
            Path file = data.resolve("first-start-secrets.txt");
            String secrets = Files.readString(file);
            assertThat(secrets).containsPattern("editor password: \\S{12}").containsPattern("gateway token: \\S+");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String log = Files.readString(vg.log());
            for (String line : secrets.split("\n")) assertThat(log).doesNotContain(line.substring(line.indexOf(": ") + 2));
            assertThat(log).contains(file.toString());
        }
    }

    private static String cookieValue(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1);
    }
}
