package vg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.app.Config;
import vg.support.RunningApp;
import vg.support.TestCertificates;

/** VG_TLS_CERT and VG_TLS_KEY: VG_PORT speaks HTTPS only, with HSTS and Secure session cookies. */
class HttpsTest {
    @TempDir
    Path dir;

    @Test
    void withACertificateThePortSpeaksHttpsOnlyWithHstsAndSecureCookies() throws Exception {
        TestCertificates certs = TestCertificates.make(dir.resolve("tls"));
        try (RunningApp vg = new RunningApp(dir.resolve("data"), Map.of(
                "VG_TLS_CERT", certs.certificate().toString(), "VG_TLS_KEY", certs.privateKey().toString()))) {
            int port = vg.app().started().port();
            HttpClient client = HttpClient.newBuilder().sslContext(certs.trustingClient()).connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).contains(Https.HSTS);

            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/editor/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"editor\",\"password\":\"" + RunningApp.EDITOR_PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest overHttp = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).timeout(Duration.ofSeconds(5)).build();
            int plainStatus;
            try {
                plainStatus = plain.send(overHttp, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException refused) {
                plainStatus = -1;
            }
            assertThat(plainStatus).as("plain HTTP on the TLS port is not served").isNotEqualTo(200);

            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString())).as("the test's own certificate, which nobody else trusts")
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }

    @Test
    void oneOfTheTwoFilesAloneOrAMissingFileIsRefusedAtStart() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_TLS_CERT", "/etc/hostname")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_TLS_KEY");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_TLS_CERT", dir.resolve("none.crt").toString(),
                "VG_TLS_KEY", dir.resolve("none.key").toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.crt");
    }

    @Test
    void filesThatAreNoCertificateAndKeyAreRefusedAtStart() throws Exception {
        Path junk = dir.resolve("junk.pem");
        java.nio.file.Files.writeString(junk, "not a certificate");
        assertThatThrownBy(() -> new RunningApp(dir.resolve("data"), Map.of("VG_TLS_CERT", junk.toString(), "VG_TLS_KEY", junk.toString())))
                .hasMessageContaining("for TLS");
    }
}
