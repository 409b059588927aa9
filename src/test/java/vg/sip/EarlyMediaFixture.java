package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import vg.support.Editor;
import vg.support.FreePort;
import vg.support.Http;
import vg.support.RunningApp;
import vg.support.Seed;
import vg.support.TestAudio;

/** A vg with SIP on a free port, one real tone (transcoded by ffmpeg) and a subscriber whose callers hear it. */
final class EarlyMediaFixture implements AutoCloseable {
    static final String CALLEE = "9121234567";

    final RunningApp vg;
    final int sipPort;
    final long tone;
    final Http callee;
    /** The A-law samples of the tone's network file, as the switch would download them. */
    final byte[] samples;

    EarlyMediaFixture(Path dir, Map<String, String> env) {
        sipPort = FreePort.udpAndTcp();
        Map<String, String> all = new HashMap<>(Map.of("VG_SIP_PORT", Integer.toString(sipPort)));
        all.putAll(env);
        vg = new RunningApp(dir.resolve("vg"), all);
        tone = new Editor(vg.editor()).publishNew(Editor.fields("Звонок", "vg", "pop", "melody", ""), "a.mp3", TestAudio.mp3(dir, 3));
        callee = Seed.subscriber(vg, CALLEE);
        assertThat(callee.postJson("/api/me/tones", Map.of("toneId", tone)).status()).isEqualTo(201);
        assertThat(callee.putJson("/api/me/default", Map.of("toneId", tone)).status()).isEqualTo(200);
        samples = dataChunk(vg.gateway().get("/media/" + tone + ".wav").body());
    }

    Map<String, String> keys(String caller, int rtpPort) {
        return Map.of("caller", caller, "rtp_port", Integer.toString(rtpPort));
    }

    /** The data chunk of a RIFF/WAVE file, found by walking its chunks. */
    static byte[] dataChunk(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 12; at + 8 <= wav.length; ) {
            int size = b.getInt(at + 4);
            if (b.getInt(at) == 0x61746164) return Arrays.copyOfRange(wav, at + 8, Math.min(wav.length, at + 8 + size));
            at += 8 + size + (size & 1);
        }
        throw new AssertionError("no data chunk");
    }

    @Override
    public void close() {
        vg.close();
    }
}
