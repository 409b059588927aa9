package vg.playback;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/** The question the switch asks — which tone for this call, now — answered from the cache in the operator's zone. */
public final class Playback {
    private final PlanCache plans;
    private final PlaybackDecider decider;
    private final Clock clock;
    private final ZoneId zone;

    public Playback(PlanCache plans, PlaybackDecider decider, Clock clock, ZoneId zone) {
        this.plans = plans;
        this.decider = decider;
        this.clock = clock;
        this.zone = zone;
    }

    /** What {@code caller} would hear when calling {@code callee} at {@code localTime}, and which level and rule decide it. */
    public Decision explain(String callee, String caller, LocalDateTime localTime, LongPredicate playable) {
        return decider.explain(plans.get(callee), caller, localTime, playable);
    }

    /** The tone {@code caller} hears when calling {@code callee}, or empty for ordinary beeps. */
    public OptionalLong resolve(String callee, String caller, LongPredicate playable) {
        return decider.decide(plans.get(callee), caller, LocalDateTime.ofInstant(clock.instant(), zone), playable);
    }
}
