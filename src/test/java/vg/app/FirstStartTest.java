package vg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.TestDb;

class FirstStartTest {
    @TempDir
    Path dir;

    private App start() {
        return App.start(Config.fromEnvironment(TestDb.with(dir, Map.of("VG_DATA", dir.toString(), "VG_PORT", "0", "VG_DEMO", "false", "VG_SIP_PORT", "0"))),
                Clock.systemUTC());
    }

    @Test
    void theFirstStartMakesAnEditorPasswordAndAGatewayTokenThatLaterStartsKeepWithoutShowingAgain() throws IOException {
        String password;
        String token;
        try (App first = start()) {
            App.Started s = first.started();
            assertThat(s.generatedEditorPassword()).isPresent();
            assertThat(s.gatewayToken().generatedNow()).isTrue();
            password = s.generatedEditorPassword().get();
            token = s.gatewayToken().value();
            assertThat(password).hasSizeGreaterThanOrEqualTo(10);
            assertThat(token).hasSizeGreaterThanOrEqualTo(32);
            assertThat(new Http(first.port()).withBasicAuth("editor", password).get("/api/editor/tones").status()).isEqualTo(200);
        }
        try (App second = start()) {
            assertThat(second.started().generatedEditorPassword()).isEmpty();
            assertThat(second.started().gatewayToken().generatedNow()).isFalse();
            assertThat(second.started().gatewayToken().value()).isEqualTo(token);
            assertThat(new Http(second.port()).withBasicAuth("editor", password).get("/api/editor/tones").status()).isEqualTo(200);
        }
        // only a slow salted hash of the editor's password is kept anywhere in the data folder
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList())
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(password);
        }
    }

    @Test
    void aConfiguredEditorPasswordReplacesTheStoredOne() {
        try (App first = start()) {
            assertThat(first.started().generatedEditorPassword()).isPresent();
        }
        Map<String, String> env = TestDb.with(dir, Map.of("VG_DATA", dir.toString(), "VG_PORT", "0", "VG_DEMO", "false",
                "VG_EDITOR_PASSWORD", "chosen-by-ops", "VG_SIP_PORT", "0"));
        try (App app = App.start(Config.fromEnvironment(env), Clock.systemUTC())) {
            assertThat(app.started().generatedEditorPassword()).isEmpty();
            Http http = new Http(app.port());
            assertThat(http.withBasicAuth("editor", "chosen-by-ops").get("/api/editor/tones").status()).isEqualTo(200);
        }
    }

    @Test
    void theHealthEndpointAndTheCataloguePageAnswer() {
        try (App app = start()) {
            Http http = new Http(app.port());
            assertThat(http.get("/api/health").json().get("status").asText()).isEqualTo("ok");
            Http.Response page = http.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("Вместо гудков").contains("/catalogue.js");
        }
    }
}
