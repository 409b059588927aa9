package vg.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.plan;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Rules held to dates: every year (across the New Year too), once with years, 29 February, and their priority. */
class DatesTest {
    static final long RULE_TONE = 1;
    static final long DEFAULT = 5;
    final PlaybackDecider decider = new PlaybackDecider();

    long heard(LocalDateTime when, PlaybackRule... rules) {
        return decider.decide(plan(DEFAULT, rules), MUM, when, ALL_PLAYABLE).orElseThrow();
    }

    static PlaybackRule forMum() {
        return PlaybackRule.always(1, Target.callers(MUM), RULE_TONE);
    }

    static LocalDateTime on(String isoDate) {
        return LocalDateTime.parse(isoDate + "T12:00");
    }

    @Test
    void aYearlyRangeAcrossTheNewYearHoldsOnBothEndsInEveryYear() {
        PlaybackRule holidays = forMum().onDates("31.12", "01.01");
        for (String day : new String[] {"2026-12-31", "2027-01-01", "2030-12-31", "2031-01-01"})
            assertThat(heard(on(day), holidays)).as(day).isEqualTo(RULE_TONE);
        for (String day : new String[] {"2026-12-30", "2027-01-02", "2027-06-15"})
            assertThat(heard(on(day), holidays)).as(day).isEqualTo(DEFAULT);
    }

    @Test
    void aYearlyRangeWithinAYearHoldsBetweenItsEnds() {
        PlaybackRule may = forMum().onDates("01.05", "09.05");
        assertThat(heard(on("2027-05-01"), may)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-05-09"), may)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-04-30"), may)).isEqualTo(DEFAULT);
        assertThat(heard(on("2027-05-10"), may)).isEqualTo(DEFAULT);
        assertThat(heard(on("2027-12-31"), may)).isEqualTo(DEFAULT);
    }

    @Test
    void the29thOfFebruaryHoldsOnlyInLeapYearsAndARangeOverItCoversItWhenItComes() {
        PlaybackRule leapBirthday = forMum().onDates("29.02", "29.02");
        assertThat(heard(on("2028-02-29"), leapBirthday)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-02-28"), leapBirthday)).isEqualTo(DEFAULT);
        assertThat(heard(on("2027-03-01"), leapBirthday)).isEqualTo(DEFAULT);
        PlaybackRule endOfFebruary = forMum().onDates("28.02", "01.03");
        assertThat(heard(on("2028-02-29"), endOfFebruary)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-02-28"), endOfFebruary)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-03-01"), endOfFebruary)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-03-02"), endOfFebruary)).isEqualTo(DEFAULT);
    }

    @Test
    void aRangeWithYearsHoldsOnce() {
        PlaybackRule thisWinter = forMum().onDates("30.12.2026", "08.01.2027");
        assertThat(heard(on("2026-12-30"), thisWinter)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2027-01-08"), thisWinter)).isEqualTo(RULE_TONE);
        assertThat(heard(on("2026-12-29"), thisWinter)).isEqualTo(DEFAULT);
        assertThat(heard(on("2027-12-31"), thisWinter)).isEqualTo(DEFAULT);
    }

    @Test
    void aWindowAcrossMidnightBelongsToTheDateItStartsOn() {
        PlaybackRule newYearsEve = forMum().onDates("31.12", "31.12").within("22:00", "02:00");
        assertThat(heard(LocalDateTime.parse("2026-12-31T23:00"), newYearsEve)).isEqualTo(RULE_TONE);
        assertThat(heard(LocalDateTime.parse("2027-01-01T01:30"), newYearsEve)).isEqualTo(RULE_TONE);
        assertThat(heard(LocalDateTime.parse("2027-01-01T23:00"), newYearsEve)).isEqualTo(DEFAULT);
        assertThat(heard(LocalDateTime.parse("2026-12-31T01:30"), newYearsEve)).as("that night belongs to the 30th").isEqualTo(DEFAULT);
    }

    @Test
    void datesMakeARuleTimeLimitedSoAGroupsHolidayRuleBeatsTheCallersEverydayRule() {
        PlaybackRule mumAlways = PlaybackRule.always(1, Target.callers(MUM), 10L);
        PlaybackRule familyHolidays = PlaybackRule.always(2, Target.group(Fixture.FAMILY), 20L).onDates("31.12", "01.01");
        assertThat(familyHolidays.level()).isEqualTo(Level.TIMED_GROUP);
        var plan = plan(DEFAULT, mumAlways, familyHolidays);
        assertThat(decider.decide(plan, MUM, on("2026-12-31"), ALL_PLAYABLE).orElseThrow()).isEqualTo(20L);
        assertThat(decider.decide(plan, MUM, on("2027-01-02"), ALL_PLAYABLE).orElseThrow()).isEqualTo(10L);
    }

    @Test
    void onlyRealDaysAreDateRanges() {
        assertThat(DateRange.parse("31.12", "01.01")).isPresent();
        assertThat(DateRange.parse("1.1", "9.1")).isPresent();
        assertThat(DateRange.parse("29.02", "29.02")).isPresent();
        assertThat(DateRange.parse("29.02.2028", "01.03.2028")).isPresent();
        for (String[] bad : new String[][] {{"30.02", "01.03"}, {"29.02.2027", "01.03.2027"}, {"31.12", "01.01.2027"},
                {"02.01.2027", "01.01.2027"}, {"01.13", "02.13"}, {"завтра", "01.01"}, {"", ""}, {null, "01.01"}, {"31.04", "01.05"}})
            assertThat(DateRange.parse(bad[0], bad[1])).as(String.join("–", String.valueOf(bad[0]), String.valueOf(bad[1]))).isEmpty();
        assertThat(DateRange.parse("1.1", "9.1").orElseThrow().fromText()).isEqualTo("01.01");
    }
}
