package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.RtpProbe;
import vg.support.Sipp;

/** The branch's limits: VG_MAX_CALLS, VG_RING_SECONDS, and what a stopping and restarted vg does to calls. */
class EarlyMediaLimitsTest {
    @TempDir
    Path dir;

    @Test
    void oneCallOverTheLimitIs503WithRetryAfterAndEveryBranchEndsWith480AfterTheRingTime() throws Exception {
        Sipp.assumeInstalled();
        try (var f = new EarlyMediaFixture(dir, Map.of("VG_MAX_CALLS", "2", "VG_RING_SECONDS", "3"));
             RtpProbe probe = new RtpProbe()) {
            Sipp ringing = Sipp.start(dir, "ring-limit", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000011", probe.port()),
                    "-m", "2", "-l", "2", "-r", "10");
            var calls = f.vg.app().earlyMedia().orElseThrow().calls();
            Await.until(java.time.Duration.ofSeconds(5), calls::activeCalls, n -> n == 2);
            Sipp.Result busy = Sipp.run(dir, "expect-503", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000012", probe.port()));
            assertThat(busy.passed()).as(busy.toString()).isTrue();
            Sipp.Result ended = ringing.await();
            assertThat(ended.passed()).as("480 after VG_RING_SECONDS: " + ended).isTrue();
            assertThat(calls.activeCalls()).isZero();
        }
    }

    /** Live threads of a SIP stack: JAIN-SIP's event scanner is not a daemon, so one left behind keeps the JVM up. */
    private static long sipThreadsLeft() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("EventScannerThread") && t.isAlive()).count();
    }

    @Test
    void aStoppingVgEndsItsBranchesWith480LeavesNoSipThreadAndARestartedOneAnswersAgain() throws Exception {
        Sipp.assumeInstalled();
        try (var f = new EarlyMediaFixture(dir, Map.of()); RtpProbe probe = new RtpProbe()) {
            Sipp ringing = Sipp.start(dir, "ring-limit", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000013", probe.port()));
            probe.awaitPackets(10, 5_000);
            f.vg.close();
            Await.until(java.time.Duration.ofSeconds(5), EarlyMediaLimitsTest::sipThreadsLeft, n -> n == 0);
            Sipp.Result ended = ringing.await();
            assertThat(ended.passed()).as("480 from a stopping vg: " + ended).isTrue();
            int afterStop = probe.count();
            Thread.sleep(200);
            assertThat(probe.count()).isLessThanOrEqualTo(afterStop + 1);

            f.vg.start();
            Sipp.Result again = Sipp.run(dir, "cancel", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000013", probe.port()),
                    "-d", "500");
            assertThat(again.passed()).as("after the restart: " + again).isTrue();
            assertThat(probe.count()).isGreaterThan(afterStop + 10);
        }
    }
}
