package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vg.support.RtpProbe;
import vg.support.Sipp;

/** SIPp as the switch: a forked INVITE gets a 183 and the tone as RTP, and a CANCEL or BYE ends it at once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyMediaCallTest {
    @TempDir
    static Path dir;
    EarlyMediaFixture f;

    @BeforeAll
    void start() {
        Sipp.assumeInstalled();
        f = new EarlyMediaFixture(dir, Map.of());
    }

    @AfterAll
    void stop() {
        if (f != null) f.close();
    }

    @Test
    void theCallerHearsTheTonesNetworkFileFromItsStartAsPcmaRtpUntilTheCancelAndThenSilence() throws Exception {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = Sipp.run(dir, "cancel", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000001", probe.port()), "-d", "2000");
            assertThat(r.passed()).as(r.toString()).isTrue();
            long cancelledAt = System.nanoTime();
            int atCancel = probe.count();
            Thread.sleep(300);
            assertThat(probe.count()).as("no packet after the CANCEL's answer").isLessThanOrEqualTo(atCancel + 1);

            List<RtpProbe.Packet> packets = probe.packets();
            assertThat(packets.size()).as("about 50 packets a second for 2 s").isBetween(85, 115);
            RtpProbe.Packet first = packets.get(0);
            assertThat(first.marker()).isTrue();
            byte[] heard = new byte[0];
            for (int i = 0; i < packets.size(); i++) {
                RtpProbe.Packet p = packets.get(i);
                assertThat(p.payloadType()).isEqualTo(8);
                assertThat(p.bytes()).hasSize(12 + 160);
                assertThat(p.ssrc()).isEqualTo(first.ssrc());
                assertThat(p.sequence()).isEqualTo((first.sequence() + i) & 0xffff);
                assertThat(p.timestamp()).isEqualTo((first.timestamp() + 160L * i) & 0xffffffffL);
                if (i > 0) assertThat(p.marker()).isFalse();
                byte[] more = p.payload();
                heard = Arrays.copyOf(heard, heard.length + more.length);
                System.arraycopy(more, 0, heard, heard.length - more.length, more.length);
            }
            assertThat(Arrays.copyOf(heard, Math.min(heard.length, f.samples.length)))
                    .isEqualTo(Arrays.copyOf(f.samples, Math.min(heard.length, f.samples.length)));
            double seconds = (packets.get(packets.size() - 1).arrivedNanos() - first.arrivedNanos()) / 1e9;
            assertThat((packets.size() - 1) / seconds).as("packets a second").isBetween(45.0, 55.0);
            assertThat(cancelledAt).isPositive();
        }
    }
}
