package vg.playback;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.at;
import static vg.playback.Fixture.plan;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Days (ISO, Monday = 1) and [from, to) windows in local time; the default tone 5 means "the rule did not apply". */
class TimeOfCallTest {
    static final long RULE_TONE = 1;
    static final long DEFAULT = 5;
    final PlaybackDecider decider = new PlaybackDecider();

    long heard(PlaybackRule rule, LocalDateTime when) {
        return decider.decide(plan(DEFAULT, rule), MUM, when, ALL_PLAYABLE).orElseThrow();
    }

    static PlaybackRule forMum() {
        return PlaybackRule.always(1, Target.callers(MUM), RULE_TONE);
    }

    @Test
    void aWindowCoversTheTimesInsideIt() {
        PlaybackRule evenings = forMum().within("18:00", "23:00");
        assertThat(heard(evenings, at(WEDNESDAY, "18:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(evenings, at(WEDNESDAY, "20:30"))).isEqualTo(RULE_TONE);
        assertThat(heard(evenings, at(WEDNESDAY, "22:59:59"))).isEqualTo(RULE_TONE);
    }

    @Test
    void aWindowDoesNotCoverTheTimesOutsideIt() {
        PlaybackRule evenings = forMum().within("18:00", "23:00");
        assertThat(heard(evenings, at(WEDNESDAY, "17:59:59"))).isEqualTo(DEFAULT);
        assertThat(heard(evenings, at(WEDNESDAY, "03:00"))).isEqualTo(DEFAULT);
        assertThat(heard(evenings, at(WEDNESDAY, "23:30"))).isEqualTo(DEFAULT);
    }

    @Test
    void theWindowEndIsExclusive() {
        assertThat(heard(forMum().within("18:00", "23:00"), at(WEDNESDAY, "23:00"))).isEqualTo(DEFAULT);
        assertThat(heard(forMum().within("22:00", "07:00"), at(WEDNESDAY, "07:00"))).isEqualTo(DEFAULT);
    }

    @Test
    void aWindowAcrossMidnightCoversBothSidesOfMidnight() {
        PlaybackRule nights = forMum().within("22:00", "07:00");
        assertThat(heard(nights, at(WEDNESDAY, "22:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(nights, at(WEDNESDAY, "23:59:59"))).isEqualTo(RULE_TONE);
        assertThat(heard(nights, at(WEDNESDAY, "00:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(nights, at(WEDNESDAY, "06:59:59"))).isEqualTo(RULE_TONE);
        assertThat(heard(nights, at(WEDNESDAY, "12:00"))).isEqualTo(DEFAULT);
        assertThat(heard(nights, at(WEDNESDAY, "21:59:59"))).isEqualTo(DEFAULT);
    }

    @Test
    void aWindowAcrossMidnightBelongsToTheDayItStartsOn() {
        PlaybackRule mondayNights = forMum().on(MONDAY).within("22:00", "07:00");
        assertThat(heard(mondayNights, at(MONDAY, "23:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(mondayNights, at(TUESDAY, "03:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(mondayNights, at(MONDAY, "03:00"))).isEqualTo(DEFAULT);
        assertThat(heard(mondayNights, at(TUESDAY, "23:00"))).isEqualTo(DEFAULT);
        assertThat(heard(mondayNights, at(TUESDAY, "07:00"))).isEqualTo(DEFAULT);
    }

    @Test
    void aSundayNightWindowRunsOnIntoMondayMorning() {
        PlaybackRule sundayNights = forMum().on(SUNDAY).within("22:00", "07:00");
        LocalDateTime sundayLate = LocalDateTime.parse("2026-12-06T23:30");
        LocalDateTime mondayEarly = LocalDateTime.parse("2026-12-07T03:00");
        assertThat(sundayLate.getDayOfWeek()).isEqualTo(SUNDAY);
        assertThat(mondayEarly.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(heard(sundayNights, sundayLate)).isEqualTo(RULE_TONE);
        assertThat(heard(sundayNights, mondayEarly)).isEqualTo(RULE_TONE);
        assertThat(heard(sundayNights, at(SUNDAY, "03:00"))).isEqualTo(DEFAULT);
    }

    @Test
    void aMondayNightWindowDoesNotCoverTheSundayNightBeforeIt() {
        PlaybackRule mondayNights = forMum().on(MONDAY).within("22:00", "07:00");
        assertThat(heard(mondayNights, LocalDateTime.parse("2026-12-06T23:30"))).isEqualTo(DEFAULT);
        assertThat(heard(mondayNights, LocalDateTime.parse("2026-11-30T00:30"))).isEqualTo(DEFAULT);
    }

    @Test
    void aDayRestrictionWithoutAWindowCoversTheWholeDayAndEndsAtMidnight() {
        PlaybackRule sundays = forMum().on(SUNDAY);
        assertThat(heard(sundays, LocalDateTime.parse("2026-12-06T00:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(sundays, LocalDateTime.parse("2026-12-06T23:59:59"))).isEqualTo(RULE_TONE);
        assertThat(heard(sundays, LocalDateTime.parse("2026-12-07T00:00"))).isEqualTo(DEFAULT);
        assertThat(heard(forMum().on(MONDAY), LocalDateTime.parse("2026-12-07T00:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(forMum().on(MONDAY), LocalDateTime.parse("2026-12-06T23:59:59"))).isEqualTo(DEFAULT);
    }

    @Test
    void aDayRestrictionWithADaytimeWindowNeedsBothTheDayAndTheTime() {
        PlaybackRule weekdayMornings = forMum().on(MONDAY, TUESDAY).within("08:00", "12:00");
        assertThat(heard(weekdayMornings, at(TUESDAY, "09:00"))).isEqualTo(RULE_TONE);
        assertThat(heard(weekdayMornings, at(TUESDAY, "13:00"))).isEqualTo(DEFAULT);
        assertThat(heard(weekdayMornings, at(WEDNESDAY, "09:00"))).isEqualTo(DEFAULT);
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> TimeWindow.of("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWindowContainsAgreesWithTheCompiledRule() {
        TimeWindow nights = TimeWindow.of("22:00", "07:00");
        assertThat(nights.crossesMidnight()).isTrue();
        assertThat(nights.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(nights.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(TimeWindow.of("08:00", "12:00").contains(LocalTime.of(12, 0))).isFalse();
        assertThat(TimeWindow.of("08:00", "12:00").contains(LocalTime.of(8, 0))).isTrue();
    }
}
