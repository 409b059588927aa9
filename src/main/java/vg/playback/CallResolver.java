package vg.playback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vg.common.PhoneNumber;
import vg.common.SwitchDemand;

/**
 * The one answer to "what does this caller hear", for the switch's HTTP question and for a SIP branch alike: the
 * decision, a call id for a later {@code *}, and the record of it (the heard list and the tone's plays).
 */
public final class CallResolver {
    private final Playback playback;
    private final PlayableTones playable;
    private final HeardLog heard;
    private final Clock clock;
    private final SwitchDemand demand;
    private final Counter tones;
    private final Counter beeps;

    public CallResolver(Playback playback, PlayableTones playable, HeardLog heard, Clock clock, SwitchDemand demand,
                        MeterRegistry meters) {
        this.playback = playback;
        this.playable = playable;
        this.heard = heard;
        this.clock = clock;
        this.demand = demand;
        this.tones = decisions(meters, "tone");
        this.beeps = decisions(meters, "beeps");
    }

    private static Counter decisions(MeterRegistry meters, String outcome) {
        return Counter.builder("vg.playback.decisions").description("what callers were given to hear: a tone or the ordinary beeps")
                .tag("outcome", outcome).register(meters);
    }

    /**
     * The call as it would be heard, not yet recorded; empty for ordinary beeps. A caller that is not a mobile number
     * (a landline, a hidden number) hears the callee's default tone; such a call has an empty caller and nobody to
     * list it for, so it is never recorded, and a {@code *} on it finds no call.
     */
    public Optional<HeardCall> decide(Optional<PhoneNumber> caller, PhoneNumber callee) {
        demand.asked();
        String from = caller.map(PhoneNumber::digits).orElse("");
        OptionalLong tone = playback.resolve(callee.digits(), from, playable::playable);
        if (tone.isEmpty()) {
            beeps.increment();
            return Optional.empty();
        }
        tones.increment();
        return Optional.of(new HeardCall(UUID.randomUUID().toString(), from, callee.digits(), tone.getAsLong(), clock.millis()));
    }

    /** The caller heard it: it joins their heard list, and the tone's plays count towards its popularity. */
    public void record(HeardCall call) {
        if (!call.caller().isEmpty()) heard.record(call);
    }

    /** Decides and records at once, as the switch's HTTP question does. */
    public Optional<HeardCall> resolve(PhoneNumber caller, PhoneNumber callee) {
        Optional<HeardCall> call = decide(Optional.of(caller), callee);
        call.ifPresent(this::record);
        return call;
    }
}
