package vg.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vg.support.RtpProbe;

/** The engine on loopback: pacing, looping, shared samples, ports given back, and key presses from the right host only. */
class RtpEngineTest {
    final byte[] samples = new byte[1000];
    final AtomicInteger loads = new AtomicInteger();
    RtpEngine engine;

    RtpEngine engine(String ports) throws Exception {
        for (int i = 0; i < samples.length; i++) samples[i] = (byte) i;
        engine = new RtpEngine(InetAddress.getLoopbackAddress(), PortRange.parse(ports).orElseThrow(), 2,
                new ToneAudioCache(id -> {
                    loads.incrementAndGet();
                    return samples;
                }));
        return engine;
    }

    @AfterEach
    void stop() {
        if (engine != null) engine.close();
    }

    @Test
    void aStreamLoopsTheToneFromItsStartAt50PacketsASecondAndStopsAtOnce() throws Exception {
        engine("31000-31010");
        try (RtpProbe probe = new RtpProbe()) {
            RtpStream s = engine.open(1, new InetSocketAddress(InetAddress.getLoopbackAddress(), probe.port()), -1, () -> { });
            s.start();
            probe.awaitPackets(25, 3_000);
            Thread.sleep(500);
            s.stop();
            int atStop = probe.count();
            Thread.sleep(200);
            assertThat(probe.count()).isLessThanOrEqualTo(atStop + 1);
            var packets = probe.packets();
            double seconds = (packets.get(packets.size() - 1).arrivedNanos() - packets.get(0).arrivedNanos()) / 1e9;
            assertThat((packets.size() - 1) / seconds).isBetween(45.0, 55.0);
            for (int i = 0; i < 10; i++) {
                byte[] expected = new byte[160];
                for (int j = 0; j < 160; j++) expected[j] = samples[(i * 160 + j) % samples.length];
                assertThat(packets.get(i).payload()).as("packet %d goes round the 1000 samples", i).isEqualTo(expected);
            }
        }
        assertThat(engine.counters().activeStreams()).isZero();
        assertThat(engine.freePorts()).isEqualTo(6);
        assertThat(engine.tonesInMemory()).isZero();
    }

    @Test
    void callsOfOneToneShareOneCopyOfItsSamples() throws Exception {
        engine("31020-31030");
        var to = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        RtpStream a = engine.open(7, to, -1, () -> { });
        RtpStream b = engine.open(7, to, -1, () -> { });
        assertThat(loads.get()).isEqualTo(1);
        assertThat(engine.tonesInMemory()).isEqualTo(1);
        assertThat(a.localPort() % 2).isZero();
        assertThat(a.localPort()).isNotEqualTo(b.localPort());
        a.stop();
        b.stop();
        assertThat(engine.tonesInMemory()).isZero();
    }

    @Test
    void everyPortInUseIsNoFreePort() throws Exception {
        engine("31040-31042");
        var to = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        engine.open(1, to, -1, () -> { });
        engine.open(1, to, -1, () -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.open(1, to, -1, () -> { })).isInstanceOf(NoFreePortException.class);
    }

    @Test
    void aStarCountsOncePerPressAndOnlyFromTheOffersHost() throws Exception {
        engine("31050-31060");
        AtomicInteger stars = new AtomicInteger();
        try (DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket stranger = new DatagramSocket(new InetSocketAddress("127.0.0.2", 0))) {
            RtpStream s = engine.open(1, new InetSocketAddress(InetAddress.getLoopbackAddress(), caller.getLocalPort()), 101,
                    stars::incrementAndGet);
            s.start();
            var vg = new InetSocketAddress(InetAddress.getLoopbackAddress(), s.localPort());
            for (int i = 0; i < 3; i++) stranger.send(event(5000, TelephoneEvent.STAR, true, vg));
            caller.send(event(6000, TelephoneEvent.STAR, false, vg));
            for (int i = 0; i < 3; i++) caller.send(event(6000, TelephoneEvent.STAR, true, vg));
            caller.send(event(7000, 5, true, vg));
            Thread.sleep(300);
            assertThat(stars.get()).as("one press, three end packets, from the offer's host").isEqualTo(1);
            for (int i = 0; i < 3; i++) caller.send(event(8000, TelephoneEvent.STAR, true, vg));
            Thread.sleep(300);
            assertThat(stars.get()).as("a second press").isEqualTo(2);
            s.stop();
        }
    }

    private static DatagramPacket event(long timestamp, int key, boolean end, InetSocketAddress to) {
        byte[] b = new byte[16];
        RtpPacket.writeHeader(b, 0, false, 101, 1, timestamp, 42);
        byte[] e = new TelephoneEvent(key, end, 10, 800).bytes();
        System.arraycopy(e, 0, b, 12, 4);
        return new DatagramPacket(Arrays.copyOf(b, 16), 16, to);
    }
}
