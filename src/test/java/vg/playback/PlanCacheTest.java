package vg.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.STRANGER;
import static vg.playback.Fixture.SUBSCRIBER;
import static vg.playback.Fixture.family;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PlanCacheTest {
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    final PlanCache plans = new PlanCache();
    final PlaybackDecider decider = new PlaybackDecider();
    /** 15:30 UTC on Wednesday 2 December 2026 is 20:30 in Yekaterinburg (UTC+5). */
    final Clock clock = Clock.fixed(Instant.parse("2026-12-02T15:30:00Z"), ZoneOffset.UTC);
    final Playback playback = new Playback(plans, decider, clock, YEKATERINBURG);

    static SubscriberPlan plan(boolean active, long defaultTone, PlaybackRule... rules) {
        return new SubscriberPlan(SUBSCRIBER, active, OptionalLong.of(defaultTone), List.of(family()), List.of(rules));
    }

    @Test
    void aChangedPlanTakesEffectForTheNextCall() {
        plans.put(plan(true, 5));
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).hasValue(5);
        plans.put(plan(true, 5, PlaybackRule.always(1, Target.callers(MUM), 7L)));
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).hasValue(7);
        plans.put(plan(true, 6));
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).hasValue(6);
    }

    @Test
    void aRemovedSubscriberGivesBeeps() {
        plans.put(plan(true, 5));
        plans.remove(SUBSCRIBER);
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).isEmpty();
        assertThat(plans.size()).isZero();
    }

    @Test
    void anUnknownCalleeGivesBeeps() {
        assertThat(playback.resolve(STRANGER, MUM, ALL_PLAYABLE)).isEmpty();
        assertThat(playback.resolve("not a number", MUM, ALL_PLAYABLE)).isEmpty();
    }

    @Test
    void aSuspendedSubscriberIsNotHeldAndGivesBeeps() {
        plans.put(plan(true, 5));
        plans.put(plan(false, 5, PlaybackRule.always(1, Target.callers(MUM), 7L)));
        assertThat(plans.size()).isZero();
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).isEmpty();
    }

    @Test
    void theCalleeIsFoundInAnyAcceptedSpelling() {
        plans.put(plan(true, 5));
        assertThat(playback.resolve("+7 (912) 000-00-00", MUM, ALL_PLAYABLE)).hasValue(5);
    }

    @Test
    void windowsAreReadInTheOperatorsZoneNotTheClocks() {
        plans.put(plan(true, 5, PlaybackRule.always(1, Target.callers(MUM), 7L).within("20:00", "21:00")));
        assertThat(playback.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).hasValue(7);
        Playback inUtc = new Playback(plans, decider, clock, ZoneOffset.UTC);
        assertThat(inUtc.resolve(SUBSCRIBER.digits(), MUM, ALL_PLAYABLE)).hasValue(5);
    }

    @Test
    void theCacheKeepsWithinItsHeapBudgetHoweverManyNumbersAreCalledAndReadsAMissAgain() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        PlanCache small = new PlanCache(1, phone -> {
            reads.incrementAndGet();
            return java.util.Optional.of(new SubscriberPlan(phone, true, OptionalLong.of(5), List.of(), List.of()));
        });
        for (int i = 0; i < 50_000; i++) assertThat(small.get(Long.toString(9_100_000_000L + i)).defaultTone).isEqualTo(5);
        assertThat(reads).hasValue(50_000);
        assertThat(small.size()).as("1 MB of 160-byte plans").isBetween(1_000L, 7_000L);
        small.get("9100000000");
        small.get("9100049999");
        assertThat(reads.get()).as("an evicted plan is read again, a kept one is not").isBetween(50_001, 50_002);
    }
}
