package vg.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import vg.rtp.RtpCounters;

/** The media engine's streams, packets and send lateness (how long after its 20 ms deadline each packet left). */
public final class RtpMetrics {
    private RtpMetrics() {
    }

    public static void bind(RtpCounters counters, MeterRegistry meters) {
        Gauge.builder("vg.rtp.streams.active", counters, RtpCounters::activeStreams).description("RTP streams sending now").register(meters);
        FunctionCounter.builder("vg.rtp.packets.sent", counters, RtpCounters::packetsSent).register(meters);
        FunctionCounter.builder("vg.rtp.ticks.skipped", counters, RtpCounters::skippedTicks)
                .description("20 ms ticks a sender missed because it woke more than a period late").register(meters);
        FunctionCounter.builder("vg.rtp.send.errors", counters, RtpCounters::sendErrors).register(meters);
        Timer lateness = Timer.builder("vg.rtp.send.lateness").description("how long after its deadline each RTP packet left")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40))
                .register(meters);
        counters.alsoReportLatenessTo(nanos -> lateness.record(Math.max(0, nanos), TimeUnit.NANOSECONDS));
    }
}
