package vg.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Editor;
import vg.support.FreePort;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.TestAudio;

/**
 * What vg answers is what /openapi.json says it answers: every route's answers in a whole flow (statuses listed, JSON
 * valid against the listed schema), and every route's refusals of bad requests (status listed, error code among those
 * listed for it).
 */
class ApiConformanceTest {
    private static final String A = "9121234567";
    private static final String B = "9127654321";
    @TempDir
    Path dir;
    RunningApp vg;
    DocumentedApi api;
    final List<String> problems = new ArrayList<>();
    final Set<String> answered = new LinkedHashSet<>();

    @BeforeEach
    void start() {
        vg = new RunningApp(dir.resolve("data"), Map.of("VG_SIP_PORT", Integer.toString(FreePort.udpAndTcp())));
        api = new DocumentedApi(vg.http().get("/openapi.json").text());
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    /** Checks an answer against the document; returns it for the flow to read on. */
    private static byte[] zipOf(Map<String, byte[]> entries) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private Http.Response check(String method, String template, Http.Response answer) {
        problems.addAll(api.problems(method, template, answer));
        answered.add(method + " " + template);
        return answer;
    }

    private String loggedIn(Http browser, String phone, boolean byPost) {
        int before = vg.sms().to(phone).size();
        if (byPost)
            check("POST", "/sms/inbound", vg.gateway().postForm("/sms/inbound", Map.of("from", phone, "to", "1090", "text", "5")));
        else check("GET", "/sms/inbound", vg.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5"));
        String password = vg.sms().awaitPassword(phone, before);
        assertThat(check("POST", "/api/session", browser.postJson("/api/session", Map.of("phone", phone, "password", password)))
                .status()).isEqualTo(200);
        return password;
    }

    @Test
    void everyAnswerOfAWholeFlowIsOneTheDocumentAllows() {
        Http gateway = vg.gateway();
        check("GET", "/api/health", vg.http().get("/api/health"));
        check("GET", "/api/ready", vg.http().get("/api/ready"));
        check("GET", "/openapi.json", vg.http().get("/openapi.json"));
        check("GET", "/api-docs", vg.http().get("/api-docs"));

        Http desk = vg.http().withCookies();
        check("POST", "/api/editor/session", desk.postJson("/api/editor/session",
                Map.of("name", "editor", "password", RunningApp.EDITOR_PASSWORD)));
        long[] tones = new long[3];
        for (int i = 0; i < tones.length; i++) {
            Http.Response up = check("POST", "/api/editor/tones", desk.postMultipart("/api/editor/tones",
                    Editor.fields("Мелодия " + i, "Оркестр", "classical", "melody", "весна"), "tone" + i + ".wav", TestAudio.wav(1.5)));
            assertThat(up.status()).as(up.toString()).isEqualTo(202);
            tones[i] = up.json().get("id").asLong();
        }
        for (long t : tones) {
            new Editor(desk).awaitSettled(t);
            check("GET", "/api/editor/tones/{id}", desk.get("/api/editor/tones/" + t));
            check("POST", "/api/editor/tones/{id}/publish", desk.post("/api/editor/tones/" + t + "/publish"));
        }
        check("GET", "/api/editor/tones", desk.get("/api/editor/tones?status=published&size=10"));
        check("PUT", "/api/editor/tones/{id}", desk.putJson("/api/editor/tones/" + tones[0], Map.of("title", "Утро",
                "artist", "Григ", "theme", "classical", "kind", "melody", "price", 2500)));
        check("GET", "/api/editor/tones/{id}/preview.mp3", desk.get("/api/editor/tones/" + tones[0] + "/preview.mp3"));
        check("GET", "/api/editor/tones/{id}/waveform.png", desk.get("/api/editor/tones/" + tones[0] + "/waveform.png"));

        check("GET", "/api/themes", vg.http().get("/api/themes"));
        check("GET", "/api/tones", vg.http().get("/api/tones?q=" + Http.q("утро") + "&kind=melody"));
        check("GET", "/api/tones/suggest", vg.http().get("/api/tones/suggest?q=" + Http.q("Мел")));
        check("GET", "/api/tones/{id}", vg.http().get("/api/tones/" + tones[0]));
        Http.Response preview = check("GET", "/api/tones/{id}/preview.mp3", vg.http().get("/api/tones/" + tones[0] + "/preview.mp3"));
        check("GET", "/api/tones/{id}/preview.mp3", vg.http().get("/api/tones/" + tones[0] + "/preview.mp3", "Range", "bytes=0-99"));
        check("GET", "/api/tones/{id}/preview.mp3", vg.http().get("/api/tones/" + tones[0] + "/preview.mp3",
                "If-None-Match", preview.header("ETag").orElseThrow()));

        Http a = vg.http().withCookies();
        Http b = vg.http().withCookies();
        loggedIn(a, A, false);
        loggedIn(b, B, true);
        check("GET", "/api/me", a.get("/api/me"));
        check("POST", "/api/me/tones", a.postJson("/api/me/tones", Map.of("toneId", tones[0])));
        check("POST", "/api/me/tones", a.postJson("/api/me/tones", Map.of("toneId", tones[1])));
        check("GET", "/api/me/tones", a.get("/api/me/tones"));
        check("PUT", "/api/me/default", a.putJson("/api/me/default", Map.of("toneId", tones[0])));
        check("GET", "/api/me", a.get("/api/me"));
        long group = check("POST", "/api/me/groups", a.postJson("/api/me/groups", Map.of("name", "Семья", "callers", List.of(B))))
                .json().get("id").asLong();
        check("PUT", "/api/me/groups/{id}", a.putJson("/api/me/groups/" + group, Map.of("name", "Родные", "callers", List.of(B))));
        check("GET", "/api/me/groups", a.get("/api/me/groups"));
        long forGroup = check("POST", "/api/me/rules", a.postJson("/api/me/rules", Map.of("toneId", tones[1], "group", group,
                "days", List.of(1, 2, 3, 4, 5, 6, 7)))).json().get("id").asLong();
        check("POST", "/api/me/rules", a.postJson("/api/me/rules", Map.of("toneIds", List.of(tones[0], tones[1]),
                "callers", List.of("9120000001"), "from", "18:00", "to", "23:00", "dates", Map.of("from", "31.12", "to", "01.01"))));
        check("GET", "/api/me/rules", a.get("/api/me/rules"));
        check("PUT", "/api/me/rules/{id}", a.putJson("/api/me/rules/" + forGroup, Map.of("toneIds", List.of(tones[1]), "group", group)));
        check("GET", "/api/me/explain", a.get("/api/me/explain?caller=" + B + "&at=2026-12-02T19:30"));
        check("GET", "/api/me/explain", a.get("/api/me/explain?caller=9125550000"));

        Http.Response heard = check("GET", "/api/playback/resolve", gateway.get("/api/playback/resolve?caller=" + B + "&callee=" + A));
        assertThat(heard.status()).isEqualTo(200);
        check("GET", "/api/playback/resolve", gateway.get("/api/playback/resolve?caller=" + A + "&callee=" + B));
        check("GET", "/media/{file}", gateway.get(heard.json().get("mediaUrl").asText()));
        check("POST", "/api/playback/calls/{callId}/star", gateway.post("/api/playback/calls/" + heard.json().get("callId").asText() + "/star"));
        check("GET", "/api/me/heard", b.get("/api/me/heard"));

        check("DELETE", "/api/me/rules/{id}", a.delete("/api/me/rules/" + forGroup));
        check("DELETE", "/api/me/groups/{id}", a.delete("/api/me/groups/" + group));
        long accepted = check("POST", "/api/me/gifts", a.postJson("/api/me/gifts", Map.of("toneId", tones[2], "to", B)))
                .json().get("id").asLong();
        check("GET", "/api/me/gifts", b.get("/api/me/gifts"));
        check("POST", "/api/me/gifts/{id}/accept", b.post("/api/me/gifts/" + accepted + "/accept"));
        long declined = a.postJson("/api/me/gifts", Map.of("toneId", tones[0], "to", B)).json().get("id").asLong();
        check("POST", "/api/me/gifts/{id}/decline", b.post("/api/me/gifts/" + declined + "/decline"));
        check("GET", "/api/me/gifts", a.get("/api/me/gifts"));
        check("DELETE", "/api/me/tones/{toneId}", a.delete("/api/me/tones/" + tones[1]));
        check("GET", "/api/me/charges", a.get("/api/me/charges"));
        check("GET", "/api/billing/events", gateway.get("/api/billing/events?after=0&limit=50"));
        check("PUT", "/api/operator/subscribers/{phone}", gateway.putJson("/api/operator/subscribers/" + B, Map.of("corporate", true)));
        check("POST", "/api/me/suspend", a.post("/api/me/suspend"));
        check("POST", "/api/me/resume", a.post("/api/me/resume"));
        check("DELETE", "/api/session", a.delete("/api/session"));

        check("POST", "/api/editor/tones/{id}/withdraw", desk.post("/api/editor/tones/" + tones[2] + "/withdraw"));
        check("POST", "/api/editor/tones/publish", desk.postJson("/api/editor/tones/publish", Map.of("ids", List.of(tones[2], 999_999))));
        check("POST", "/api/editor/tones/withdraw", desk.postJson("/api/editor/tones/withdraw", Map.of("ids", List.of(tones[2]))));
        check("GET", "/api/editor/tones", desk.get("/api/editor/tones?q=" + Http.q("утро") + "&theme=classical&kind=melody&sort=title"));
        byte[] zip = zipOf(Map.of("manifest.csv", "file,title,artist,theme,kind,price,tags\na.wav,Партия,Хор,classical,melody,900,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.wav", TestAudio.wav(1), "extra.wav", TestAudio.wav(1)));
        Http.Response batch = check("POST", "/api/editor/batches", desk.postMultipart("/api/editor/batches", Map.of(), "batch.zip", zip));
        check("GET", "/api/editor/batches/{id}", desk.get("/api/editor/batches/" + batch.json().get("id").asLong()));
        check("GET", "/api/editor/audit", desk.get("/api/editor/audit?size=5"));
        check("GET", "/metrics", gateway.get("/metrics"));
        check("DELETE", "/api/editor/session", desk.delete("/api/editor/session"));

        assertThat(problems).isEmpty();
        assertThat(answered).containsExactlyInAnyOrderElementsOf(api.operations());
    }

    @Test
    void everyRouteRefusesBadRequestsOnlyInWaysTheDocumentLists() {
        Http subscriber = vg.http().withCookies();
        loggedIn(subscriber, A, false);
        Http editor = vg.editor();
        // logging out goes last, so the probes before it still have their sessions
        List<String> operations = api.operations().stream()
                .sorted(Comparator.comparing((String op) -> op.equals("DELETE /api/session")).thenComparing(op -> op)).toList();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String security = api.operation(method, template).path("security").toString();
            Http proven = security.contains("subscriberSession") ? subscriber : security.contains("editorBasic") ? editor
                    : security.contains("gatewayToken") ? vg.gateway() : vg.http();
            for (String junk : List.of("999999999", "x%20y")) {
                String path = template.replaceAll("\\{[^}]+}", junk);
                check(method, template, send(vg.http(), method, path));
                check(method, template, send(proven, method, path));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The request with a body that is no JSON object, where the method takes a body. */
    private static Http.Response send(Http http, String method, String path) {
        return switch (method) {
            case "GET" -> http.get(path);
            case "DELETE" -> http.delete(path);
            case "POST" -> http.postJson(path, "not json");
            case "PUT" -> http.putJson(path, "[1, 2]");
            default -> throw new IllegalArgumentException(method);
        };
    }
}
