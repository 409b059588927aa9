package vg.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.FreePort;
import vg.support.Http;
import vg.support.RunningApp;

/** /openapi.json documents exactly the routes vg serves, and is a valid OpenAPI 3.1 document. */
class OpenApiDocumentTest {
    @TempDir
    Path dir;
    RunningApp vg;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"), Map.of("VG_SIP_PORT", Integer.toString(FreePort.udpAndTcp())));
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private String document() {
        Http.Response r = vg.http().get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/json");
        return r.text();
    }

    @Test
    void everyRouteVgServesIsDocumentedAndEveryDocumentedRouteIsServed() {
        var documented = new DocumentedApi(document()).operations();
        assertThat(vg.app().routes()).hasSizeGreaterThan(45).doesNotHaveDuplicates();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(vg.app().routes());
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document(), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            assertThat(op.getSummary()).as("%s %s", method, path).isNotBlank();
            assertThat(op.getTags()).as("%s %s", method, path).hasSize(1);
            assertThat(op.getResponses()).as("%s %s", method, path).isNotEmpty();
        }));
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKeys("ToneView", "RuleRequest", "ErrorBody");
    }

    @Test
    void routesBehindTheGatewayOrALoginSayHowToProveItAndWhatARefusalIs() {
        var api = new DocumentedApi(document());
        var resolve = api.operation("GET", "/api/playback/resolve");
        assertThat(resolve.path("security").toString()).contains("gatewayToken");
        assertThat(resolve.path("responses").path("401").toString()).contains("bad_gateway_token");
        var rules = api.operation("POST", "/api/me/rules");
        assertThat(rules.path("security").toString()).contains("subscriberSession");
        assertThat(rules.path("responses").path("401").toString()).contains("not_logged_in", "session_expired");
        assertThat(rules.path("responses").path("400").toString()).contains("invalid_time_window", "invalid_body");
        var upload = api.operation("POST", "/api/editor/tones");
        assertThat(upload.path("security").toString()).contains("editorSession", "editorBasic");
        assertThat(upload.path("requestBody").path("content").has("multipart/form-data")).isTrue();
        assertThat(api.operation("GET", "/api/tones").path("security").isMissingNode()).isTrue();
    }
}
