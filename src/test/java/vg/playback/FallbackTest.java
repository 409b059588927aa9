package vg.playback;

import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.FAMILY;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.SUBSCRIBER;
import static vg.playback.Fixture.allBut;
import static vg.playback.Fixture.at;
import static vg.playback.Fixture.family;
import static vg.playback.Fixture.plan;

import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Tones that can no longer be played (withdrawn, or removed from the subscriber's tones) and subscribers without service. */
class FallbackTest {
    static final LocalDateTime WED_19 = at(WEDNESDAY, "19:00");
    final PlaybackDecider decider = new PlaybackDecider();

    final PlaybackRule timedCaller = PlaybackRule.always(10, Target.callers(MUM), 1L).within("18:00", "23:00");
    final PlaybackRule caller = PlaybackRule.always(30, Target.callers(MUM), 3L);
    final PlaybackRule group = PlaybackRule.always(40, Target.group(FAMILY), 4L);

    @Test
    void aRuleWhoseToneIsUnplayableFallsToTheNextLevel() {
        CompiledPlan plan = plan(5L, timedCaller, caller, group);
        assertThat(decider.explain(plan, MUM, WED_19, allBut(1)).level()).isEqualTo(Level.CALLER);
        assertThat(decider.explain(plan, MUM, WED_19, allBut(1, 3)).level()).isEqualTo(Level.GROUP);
    }

    @Test
    void aRuleWhoseToneIsUnplayableFallsToAnOlderRuleOfTheSameLevelFirst() {
        PlaybackRule older = PlaybackRule.always(20, Target.callers(MUM), 2L);
        CompiledPlan plan = plan(5L, older, caller);
        assertThat(decider.explain(plan, MUM, WED_19, allBut(3))).isEqualTo(new Decision(Level.CALLER, 20, 2));
    }

    @Test
    void whenEveryRuleIsUnplayableTheDefaultTonePlays() {
        CompiledPlan plan = plan(5L, timedCaller, caller, group);
        assertThat(decider.explain(plan, MUM, WED_19, allBut(1, 3, 4))).isEqualTo(new Decision(Level.DEFAULT, 0, 5));
    }

    @Test
    void whenTheDefaultToneIsUnplayableTooTheCallerHearsBeeps() {
        CompiledPlan plan = plan(5L, timedCaller, caller, group);
        assertThat(decider.decide(plan, MUM, WED_19, allBut(1, 3, 4, 5))).isEmpty();
        assertThat(decider.explain(plan, MUM, WED_19, allBut(1, 3, 4, 5)).level()).isEqualTo(Level.NONE);
    }

    @Test
    void aShuffleRuleMatchesWhileAnyOfItsTonesIsPlayable() {
        PlaybackRule shuffle = PlaybackRule.always(10, Target.callers(MUM), 1L, 2L, 3L);
        CompiledPlan plan = plan(5L, shuffle);
        assertThat(decider.decide(plan, MUM, WED_19, allBut(1, 3))).hasValue(2);
        assertThat(decider.decide(plan, MUM, WED_19, allBut(1, 2, 3))).hasValue(5);
    }

    @Test
    void anInactiveSubscriberGivesBeepsEvenWithRulesAndADefaultTone() {
        SubscriberPlan suspended = new SubscriberPlan(SUBSCRIBER, false, OptionalLong.of(5), List.of(family()), List.of(caller, group));
        CompiledPlan plan = PlanCompiler.compile(suspended);
        assertThat(decider.decide(plan, MUM, WED_19, ALL_PLAYABLE)).isEmpty();
        assertThat(decider.explain(plan, MUM, WED_19, ALL_PLAYABLE)).isEqualTo(new Decision(Level.NONE, 0, 0));
    }

    @Test
    void aSubscriberWithoutAPlanGivesBeeps() {
        assertThat(decider.decide(CompiledPlan.NONE, MUM, WED_19, ALL_PLAYABLE)).isEmpty();
    }
}
