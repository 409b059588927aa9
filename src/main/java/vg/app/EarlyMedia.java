package vg.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.micrometer.core.instrument.MeterRegistry;
import vg.media.NetworkWav;
import vg.metrics.RtpMetrics;
import vg.media.MediaFiles;
import vg.playback.CallResolver;
import vg.playback.StarService;
import vg.rtp.RtpCounters;
import vg.rtp.RtpEngine;
import vg.rtp.ToneAudioCache;
import vg.sip.EarlyMediaCalls;
import vg.sip.SipEndpoint;
import vg.sip.SipSettings;

/** The SIP and RTP side of the composition root: built after the plans are loaded, stopped before anything else. */
public record EarlyMedia(RtpEngine rtp, SipEndpoint sip, EarlyMediaCalls calls) implements AutoCloseable {
    static EarlyMedia start(SipSettings settings, CallResolver resolver, StarService star, MediaFiles media, MeterRegistry meters) {
        RtpEngine rtp;
        try {
            rtp = new RtpEngine(settings.host(), settings.rtpPorts(),
                    RtpEngine.senderThreadsFor(Runtime.getRuntime().availableProcessors()),
                    new ToneAudioCache(toneId -> NetworkWav.samples(media.networkFile(toneId))));
        } catch (IOException e) {
            throw new UncheckedIOException("the RTP engine did not start", e);
        }
        SipEndpoint sip;
        try {
            sip = new SipEndpoint(settings);
        } catch (RuntimeException e) {
            rtp.close();
            throw e;
        }
        EarlyMediaCalls calls = new EarlyMediaCalls(settings, sip, resolver, star, rtp, meters);
        RtpMetrics.bind(rtp.counters(), meters);
        sip.start(calls);
        return new EarlyMedia(rtp, sip, calls);
    }

    public RtpCounters counters() {
        return rtp.counters();
    }

    @Override
    public void close() {
        calls.close();
        sip.close();
        rtp.close();
    }
}
