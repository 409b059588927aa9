package vg.rtp;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** What the media engine has done, for metrics and benchmarks: streams now, packets sent, and how late they left. */
public final class RtpCounters {
    private final AtomicInteger active = new AtomicInteger();
    private final LongAdder packets = new LongAdder();
    private final LongAdder skippedTicks = new LongAdder();
    private final LongAdder sendErrors = new LongAdder();
    /** Microseconds between a packet's deadline and its send, up to a minute. */
    private final Recorder lateness = new Recorder(60_000_000L, 3);
    private volatile LongConsumer latenessSink = late -> { };

    /** Also hands every packet's lateness in nanoseconds to {@code sink} (the node's metrics). */
    public void alsoReportLatenessTo(LongConsumer sink) {
        this.latenessSink = sink;
    }

    void started() {
        active.incrementAndGet();
    }

    void ended() {
        active.decrementAndGet();
    }

    void sent(long lateNanos) {
        packets.increment();
        latenessSink.accept(lateNanos);
        lateness.recordValue(Math.min(60_000_000L, Math.max(0, lateNanos / 1000)));
    }

    void skipped(long ticks) {
        skippedTicks.add(ticks);
    }

    void sendFailed() {
        sendErrors.increment();
    }

    public int activeStreams() {
        return active.get();
    }

    public long packetsSent() {
        return packets.sum();
    }

    /** Ticks a sender missed because it woke more than a period late; it skips them rather than burst. */
    public long skippedTicks() {
        return skippedTicks.sum();
    }

    public long sendErrors() {
        return sendErrors.sum();
    }

    /** Send lateness in microseconds since the previous call of this method. */
    public Histogram latenessSinceLastRead() {
        return lateness.getIntervalHistogram();
    }
}
