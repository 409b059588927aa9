package vg.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.Editor;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;
import vg.support.TestAudio;

class NetworkMediaTest {
    @TempDir
    Path dir;

    @Test
    void theSwitchGetsTheALawFileWithRangeAndEtagAndPlaysCountTowardsPopularity() {
        try (RunningApp vg = new RunningApp(dir.resolve("data"))) {
            long tone = new Editor(vg.editor()).publishNew(Editor.fields("Сеть", "vg", "pop", "melody", ""), "a.mp3", TestAudio.mp3(dir, 5));
            long other = new Editor(vg.editor()).publishNew(Editor.fields("Другая", "vg", "pop", "melody", ""), "b.wav", TestAudio.wav(2));
            Http me = Seed.subscriber(vg, "9121234567");
            me.postJson("/api/me/tones", Map.of("toneId", tone));
            me.putJson("/api/me/default", Map.of("toneId", tone));
            Http gateway = vg.gateway();
            String url = gateway.get("/api/playback/resolve?caller=9120000001&callee=9121234567").json().get("mediaUrl").asText();

            Http.Response whole = gateway.get(url);
            assertThat(whole.status()).isEqualTo(200);
            byte[] wav = whole.body();
            assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
            ByteBuffer fmt = ByteBuffer.wrap(wav, 20, 16).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(fmt.getShort()).as("format 6 = G.711 A-law").isEqualTo((short) 6);
            assertThat(fmt.getShort()).as("mono").isEqualTo((short) 1);
            assertThat(fmt.getInt()).as("8 kHz").isEqualTo(8000);

            Http.Response part = gateway.get(url, "Range", "bytes=100-199");
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav, 100, 200));
            assertThat(gateway.get(url, "If-None-Match", whole.header("ETag").orElseThrow()).status()).isEqualTo(304);
            assertThat(gateway.get("/media/" + other + ".wav").status()).as("published tones only... any published tone").isEqualTo(200);

            // one owner each; on a tie «Другая» would come first by title, so only the plays can put «Сеть» ahead
            Seed.subscriber(vg, "9127654321").postJson("/api/me/tones", Map.of("toneId", other));
            for (int i = 0; i < 3; i++) gateway.get("/api/playback/resolve?caller=912000000" + i + "&callee=9121234567");
            Await.until(Duration.ofSeconds(10), () -> vg.http().get("/api/tones?sort=popular").json().get("items").get(0).get("id").asLong(),
                    first -> first == tone);
            vg.editor().post("/api/editor/tones/" + tone + "/withdraw");
            assertThat(gateway.get(url).status()).as("a withdrawn tone's file is gone for the switch too").isEqualTo(404);
        }
    }
}
