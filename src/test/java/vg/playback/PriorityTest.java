package vg.playback;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.DAD;
import static vg.playback.Fixture.FAMILY;
import static vg.playback.Fixture.FRIENDS;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.STRANGER;
import static vg.playback.Fixture.at;
import static vg.playback.Fixture.plan;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PriorityTest {
    static final LocalDateTime WED_19 = at(WEDNESDAY, "19:00");
    final PlaybackDecider decider = new PlaybackDecider();

    final PlaybackRule timedCaller = PlaybackRule.always(10, Target.callers(MUM), 1L).within("18:00", "23:00");
    final PlaybackRule timedGroup = PlaybackRule.always(20, Target.group(FAMILY), 2L).within("18:00", "23:00");
    final PlaybackRule caller = PlaybackRule.always(30, Target.callers(MUM), 3L);
    final PlaybackRule group = PlaybackRule.always(40, Target.group(FAMILY), 4L);

    Decision mumAtSeven(CompiledPlan plan) {
        return decider.explain(plan, MUM, WED_19, ALL_PLAYABLE);
    }

    @Test
    void timeLimitedCallerRuleBeatsTimeLimitedGroupRule() {
        // created in the opposite order, so that it is the level and not the id that decides
        CompiledPlan plan = plan(5L, timedCaller, timedGroup, caller, group);
        assertThat(mumAtSeven(plan)).isEqualTo(new Decision(Level.TIMED_CALLER, 10, 1));
    }

    @Test
    void timeLimitedGroupRuleBeatsUnlimitedCallerRule() {
        CompiledPlan plan = plan(5L, timedGroup, caller, group);
        assertThat(mumAtSeven(plan)).isEqualTo(new Decision(Level.TIMED_GROUP, 20, 2));
    }

    @Test
    void unlimitedCallerRuleBeatsUnlimitedGroupRule() {
        CompiledPlan plan = plan(5L, caller, group);
        assertThat(mumAtSeven(plan)).isEqualTo(new Decision(Level.CALLER, 30, 3));
    }

    @Test
    void unlimitedGroupRuleBeatsDefaultTone() {
        CompiledPlan plan = plan(5L, group);
        assertThat(mumAtSeven(plan)).isEqualTo(new Decision(Level.GROUP, 40, 4));
    }

    @Test
    void defaultToneBeatsBeepsForACallerNoRuleNames() {
        CompiledPlan plan = plan(5L, timedCaller, timedGroup, caller, group);
        assertThat(decider.explain(plan, STRANGER, WED_19, ALL_PLAYABLE)).isEqualTo(new Decision(Level.DEFAULT, 0, 5));
    }

    @Test
    void withoutRuleOrDefaultToneTheCallerHearsBeeps() {
        CompiledPlan plan = plan(null, caller);
        assertThat(decider.explain(plan, STRANGER, WED_19, ALL_PLAYABLE)).isEqualTo(new Decision(Level.NONE, 0, 0));
        assertThat(decider.decide(plan, STRANGER, WED_19, ALL_PLAYABLE)).isEmpty();
    }

    @Test
    void aDayRestrictionAloneMakesARuleTimeLimited() {
        PlaybackRule saturdaysForFamily = PlaybackRule.always(50, Target.group(FAMILY), 6L).on(SATURDAY);
        CompiledPlan plan = plan(5L, caller, saturdaysForFamily);
        assertThat(decider.explain(plan, MUM, at(SATURDAY, "12:00"), ALL_PLAYABLE).level()).isEqualTo(Level.TIMED_GROUP);
        assertThat(decider.explain(plan, MUM, at(MONDAY, "12:00"), ALL_PLAYABLE).level()).isEqualTo(Level.CALLER);
    }

    @Test
    void outsideItsTimeATimeLimitedRuleGivesWayToUnlimitedOnes() {
        CompiledPlan plan = plan(5L, timedCaller, timedGroup, caller, group);
        assertThat(decider.decide(plan, MUM, at(WEDNESDAY, "09:00"), ALL_PLAYABLE)).hasValue(3);
        assertThat(decider.decide(plan, DAD, at(WEDNESDAY, "09:00"), ALL_PLAYABLE)).hasValue(4);
    }

    @Test
    void twoMatchingRulesAtTheSameLevelTheNewestWins() {
        PlaybackRule older = PlaybackRule.always(7, Target.callers(MUM), 7L);
        PlaybackRule newer = PlaybackRule.always(8, Target.callers(MUM, DAD), 8L);
        assertThat(decider.explain(plan(5L, newer, older), MUM, WED_19, ALL_PLAYABLE).ruleId()).isEqualTo(8);
        assertThat(decider.explain(plan(5L, older, newer), MUM, WED_19, ALL_PLAYABLE).ruleId()).isEqualTo(8);
    }

    @Test
    void aCallerInTwoGroupsGetsTheNewestRuleOfEitherGroup() {
        PlaybackRule forFamily = PlaybackRule.always(11, Target.group(FAMILY), 11L);
        PlaybackRule forFriends = PlaybackRule.always(12, Target.group(FRIENDS), 12L);
        CompiledPlan plan = plan(5L, forFamily, forFriends);
        assertThat(decider.decide(plan, MUM, WED_19, ALL_PLAYABLE)).hasValue(12);
        assertThat(decider.decide(plan, DAD, WED_19, ALL_PLAYABLE)).hasValue(11);
    }

    @Test
    void aCallerInTwoGroupsGetsTheTimeLimitedGroupRuleWhicheverGroupItIsFor() {
        PlaybackRule forFamilyInTheEvening = PlaybackRule.always(11, Target.group(FAMILY), 11L).within("18:00", "23:00");
        PlaybackRule forFriends = PlaybackRule.always(12, Target.group(FRIENDS), 12L);
        assertThat(decider.decide(plan(5L, forFamilyInTheEvening, forFriends), MUM, WED_19, ALL_PLAYABLE)).hasValue(11);
    }

    @Test
    void theCallerIsRecognisedInAnyAcceptedSpelling() {
        CompiledPlan plan = plan(5L, caller);
        assertThat(decider.decide(plan, "+7 (912) 111-11-11", WED_19, ALL_PLAYABLE)).hasValue(3);
        assertThat(decider.decide(plan, "89121111111", WED_19, ALL_PLAYABLE)).hasValue(3);
    }

    @Test
    void aCallerThatIsNotAMobileNumberGetsTheDefaultTone() {
        CompiledPlan plan = plan(5L, caller);
        assertThat(decider.decide(plan, "3432123456", WED_19, ALL_PLAYABLE)).hasValue(5);
        assertThat(decider.decide(plan, "", WED_19, ALL_PLAYABLE)).hasValue(5);
        assertThat(decider.decide(plan, null, WED_19, ALL_PLAYABLE)).hasValue(5);
    }

    @Test
    void aRuleForAGroupThePlanDoesNotHoldMatchesNobody() {
        CompiledPlan plan = plan(5L, PlaybackRule.always(9, Target.group(99), 9L));
        assertThat(decider.decide(plan, MUM, WED_19, ALL_PLAYABLE)).hasValue(5);
    }

    @Test
    void theDocumentedExampleTableHolds() {
        PlaybackRule mumAlways = PlaybackRule.always(1, Target.callers(MUM), 10L);
        PlaybackRule familyWeekdayEvenings = PlaybackRule.always(2, Target.group(FAMILY), 20L)
                .on(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)
                .within("18:00", "23:00");
        PlaybackRule familyAlways = PlaybackRule.always(3, Target.group(FAMILY), 30L);
        PlaybackRule mumSaturdays = PlaybackRule.always(4, Target.callers(MUM), 40L).on(SATURDAY);
        CompiledPlan plan = plan(50L, mumAlways, familyWeekdayEvenings, familyAlways, mumSaturdays);
        assertThat(decider.decide(plan, MUM, at(SATURDAY, "12:00"), ALL_PLAYABLE)).hasValue(40);
        assertThat(decider.decide(plan, MUM, at(WEDNESDAY, "19:00"), ALL_PLAYABLE)).hasValue(20);
        assertThat(decider.decide(plan, MUM, at(WEDNESDAY, "09:00"), ALL_PLAYABLE)).hasValue(10);
        assertThat(decider.decide(plan, DAD, at(WEDNESDAY, "09:00"), ALL_PLAYABLE)).hasValue(30);
        assertThat(decider.decide(plan, STRANGER, at(WEDNESDAY, "09:00"), ALL_PLAYABLE)).hasValue(50);
    }
}
