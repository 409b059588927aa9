package vg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import vg.app.EarlyMedia;
import vg.rtp.RtpPacket;
import vg.support.Editor;
import vg.support.FreePort;
import vg.support.RunningApp;
import vg.support.Seed;
import vg.support.Sipp;
import vg.support.TestAudio;

/**
 * Early media under load: SIPp (its own process) sets up 100 to 2,000 simultaneous calls at a call rate; a receiver
 * here measures each stream's RFC 3550 inter-arrival jitter; vg's engine reports its send lateness; the sender
 * threads' CPU is read per stream. The baseline is a bare loop sending the same packets at the same rate from as
 * many sockets, on as many threads.
 */
public final class EarlyMediaBench {
    static final int[] CALLS = {100, 500, 1000, 2000};
    static final int RATE = 400;
    static final int MEASURE_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vg-earlymedia-bench");
        int sipPort = FreePort.udpAndTcp();
        try (RunningApp vg = new RunningApp(dir.resolve("vg"), Map.of("VG_SIP_PORT", Integer.toString(sipPort),
                "VG_MAX_CALLS", "2500", "VG_RING_SECONDS", "600"));
             Receiver receiver = new Receiver()) {
            long tone = new Editor(vg.editor()).publishNew(Editor.fields("Bench", "vg", "pop", "melody", ""), "a.mp3", TestAudio.mp3(dir, 30));
            var callee = Seed.subscriber(vg, "9121234567");
            callee.postJson("/api/me/tones", Map.of("toneId", tone));
            callee.putJson("/api/me/default", Map.of("toneId", tone));
            EarlyMedia media = vg.app().earlyMedia().orElseThrow();
            int senders = senderThreads().size();

            // one unreported round first, so the heap and JIT are warm before the first figure is taken
            Sipp.start(dir, "cancel", sipPort, "9121234567", Map.of("caller", "9120000001", "rtp_port", Integer.toString(receiver.port())),
                    "-m", "100", "-l", "100", "-r", Integer.toString(RATE), "-d", "3000").await();
            while (media.counters().activeStreams() > 0) Thread.sleep(50);

            Table table = new Table("Early media on " + Runtime.getRuntime().availableProcessors() + " cores (`bench/run earlymedia`)");
            for (int n : CALLS) {
                long heapBefore = Heap.usedAfterGc();
                receiver.reset();
                long holdMs = 1000L * n / RATE + (MEASURE_SECONDS + 6) * 1000L;
                long t0 = System.nanoTime();
                Sipp sipp = Sipp.start(dir, "cancel", sipPort, "9121234567",
                        Map.of("caller", "9120000001", "rtp_port", Integer.toString(receiver.port())),
                        "-m", Integer.toString(n), "-l", Integer.toString(n), "-r", Integer.toString(RATE), "-d", Long.toString(holdMs),
                        "-timeout", "120s");
                while (media.counters().activeStreams() < n && System.nanoTime() - t0 < 60_000_000_000L) Thread.sleep(5);
                double setupSeconds = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(1000);
                long heapDuring = Heap.usedAfterGc();
                receiver.reset();
                media.counters().latenessSinceLastRead();
                long cpu0 = cpu(senderThreads());
                Thread.sleep(MEASURE_SECONDS * 1000L);
                long cpu = cpu(senderThreads()) - cpu0;
                Histogram late = media.counters().latenessSinceLastRead();
                Receiver.Jitter jitter = receiver.jitter();
                Sipp.Result r = sipp.await();

                Baseline bare = Baseline.run(n, senders, receiver.port(), MEASURE_SECONDS);
                double vgCpu = cpu / 1e3 / n / MEASURE_SECONDS;
                table.row(n + " calls: set-up rate (SIPp asked " + RATE + "/s)", String.format("%.0f calls/s", n / setupSeconds), "≥ 200")
                        .row(n + " calls: streams heard / packets a second", jitter.streams() + " / " + String.format("%.0f", jitter.packetsPerSecond(MEASURE_SECONDS)), n + " / " + 50 * n)
                        .row(n + " calls: vg send lateness p50 / p99 / max", ms(late, 50) + " / " + ms(late, 99) + " / " + String.format("%.2f ms", late.getMaxValue() / 1e3),
                                n == 1000 ? "p99 < 20 ms" : "—")
                        .row(n + " calls: bare loop lateness p50 / p99 / max", ms(bare.lateness, 50) + " / " + ms(bare.lateness, 99) + " / "
                                + String.format("%.2f ms", bare.lateness.getMaxValue() / 1e3), "baseline")
                        .row(n + " calls: jitter at the receiver p50 / p99 / max", String.format("%.2f / %.2f / %.2f ms", jitter.p50, jitter.p99, jitter.max), "—")
                        .row(n + " calls: sender CPU per stream, vg / bare loop", String.format("%.1f / %.1f µs/s = %.2f×", vgCpu, bare.cpuMicrosPerStreamSecond,
                                vgCpu / bare.cpuMicrosPerStreamSecond), n == 1000 ? "≤ 1.5×" : "—")
                        .row(n + " calls: heap per call", String.format("%.1f kB", (heapDuring - heapBefore) / 1024.0 / n), "—")
                        .row(n + " calls: SIPp result", r.passed() ? "all passed" : "exit " + r.exitCode(), "all passed");
                while (media.counters().activeStreams() > 0) Thread.sleep(50);
            }
            table.print();
        }
    }

    private static String ms(Histogram h, double percentile) {
        return String.format("%.2f", h.getValueAtPercentile(percentile) / 1e3);
    }

    private static List<Thread> senderThreads() {
        List<Thread> found = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("vg-rtp-sender-")) found.add(t);
        return found;
    }

    private static long cpu(List<Thread> threads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : threads) sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
        return sum;
    }

    /** The bare loop: the same 172-byte packets, the same 20 ms grid, the same number of sockets and threads. */
    static final class Baseline {
        final Histogram lateness = new Histogram(60_000_000L, 3);
        double cpuMicrosPerStreamSecond;

        static Baseline run(int streams, int threads, int receiverPort, int seconds) throws Exception {
            Baseline b = new Baseline();
            InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), receiverPort);
            List<DatagramChannel> channels = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                DatagramChannel c = DatagramChannel.open();
                c.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                c.configureBlocking(false);
                channels.add(c);
            }
            long[] cpu = new long[threads];
            Histogram[] late = new Histogram[threads];
            List<Thread> workers = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int t = 0; t < threads; t++) {
                int me = t;
                late[t] = new Histogram(60_000_000L, 3);
                Thread w = new Thread(() -> {
                    byte[] packet = new byte[172];
                    ByteBuffer buf = ByteBuffer.wrap(packet);
                    int seq = 0;
                    long ts = 0;
                    long next = System.nanoTime() + 20_000_000L * me / threads;
                    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                    long c0 = mx.getCurrentThreadCpuTime();
                    while (next < end) {
                        for (long wait; (wait = next - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
                        for (int i = me; i < channels.size(); i += threads) {
                            late[me].recordValue(Math.max(0, (System.nanoTime() - next) / 1000));
                            RtpPacket.writeHeader(packet, 0, false, 8, seq, ts, i);
                            buf.clear();
                            try {
                                channels.get(i).send(buf, to);
                            } catch (java.io.IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        seq = (seq + 1) & 0xffff;
                        ts += 160;
                        next += 20_000_000L;
                    }
                    cpu[me] = mx.getCurrentThreadCpuTime() - c0;
                });
                w.start();
                workers.add(w);
            }
            for (Thread w : workers) w.join();
            for (DatagramChannel c : channels) c.close();
            long total = 0;
            for (int t = 0; t < threads; t++) {
                total += cpu[t];
                b.lateness.add(late[t]);
            }
            b.cpuMicrosPerStreamSecond = total / 1e3 / streams / seconds;
            return b;
        }
    }

    /** Reads every packet sent to its port and keeps, per SSRC, the RFC 3550 §6.4.1 inter-arrival jitter. */
    static final class Receiver implements AutoCloseable {
        record Jitter(int streams, long packets, double p50, double p99, double max) {
            double packetsPerSecond(int seconds) {
                return packets / (double) seconds;
            }
        }

        private static final class Stream {
            long lastArrivalSamples;
            long lastTimestamp;
            double jitter;
            boolean seen;
        }

        private final DatagramChannel channel;
        private final Thread reader;
        private final Map<Integer, Stream> streams = new HashMap<>();
        private long packets;

        Receiver() throws Exception {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 16 * 1024 * 1024);
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            reader = new Thread(this::read, "bench-rtp-receiver");
            reader.setDaemon(true);
            reader.start();
        }

        int port() throws Exception {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        }

        private void read() {
            ByteBuffer buf = ByteBuffer.allocate(2048);
            byte[] b = buf.array();
            while (channel.isOpen()) {
                buf.clear();
                try {
                    channel.receive(buf);
                } catch (Exception e) {
                    return;
                }
                if (buf.position() < 12) continue;
                long arrival = System.nanoTime() * 8 / 1_000_000; // in 8 kHz sample units
                int ssrc = ((b[8] & 0xff) << 24) | ((b[9] & 0xff) << 16) | ((b[10] & 0xff) << 8) | (b[11] & 0xff);
                long ts = ((long) (b[4] & 0xff) << 24) | ((b[5] & 0xff) << 16) | ((b[6] & 0xff) << 8) | (b[7] & 0xff);
                synchronized (this) {
                    packets++;
                    Stream s = streams.computeIfAbsent(ssrc, k -> new Stream());
                    if (s.seen) {
                        long d = (arrival - s.lastArrivalSamples) - (ts - s.lastTimestamp);
                        s.jitter += (Math.abs(d) - s.jitter) / 16.0;
                    }
                    s.seen = true;
                    s.lastArrivalSamples = arrival;
                    s.lastTimestamp = ts;
                }
            }
        }

        synchronized void reset() {
            streams.clear();
            packets = 0;
        }

        synchronized Jitter jitter() {
            double[] j = streams.values().stream().mapToDouble(s -> s.jitter / 8.0).sorted().toArray(); // ms
            if (j.length == 0) return new Jitter(0, packets, 0, 0, 0);
            return new Jitter(j.length, packets, j[(int) ((j.length - 1) * 0.5)], j[(int) ((j.length - 1) * 0.99)], j[j.length - 1]);
        }

        @Override
        public void close() throws Exception {
            channel.close();
        }
    }
}
