package vg.playback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import vg.common.PhoneNumber;

/** Numbers, a calendar week and plan builders shared by the playback tests. */
final class Fixture {
    static final PhoneNumber SUBSCRIBER = new PhoneNumber("9120000000");
    static final String MUM = "9121111111";
    static final String DAD = "9122222222";
    static final String STRANGER = "9123333333";
    static final long FAMILY = 1;
    static final long FRIENDS = 2;
    static final LongPredicate ALL_PLAYABLE = tone -> true;
    /** Monday 30 November 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private Fixture() {}

    /** A moment in the week of Monday 30 November 2026. */
    static LocalDateTime at(DayOfWeek day, String time) {
        return LocalDateTime.of(MONDAY.plusDays(day.getValue() - 1), LocalTime.parse(time));
    }

    static Group family() {
        return new Group(FAMILY, "Family", Set.of(MUM, DAD));
    }

    static Group friends() {
        return new Group(FRIENDS, "Friends", Set.of(MUM));
    }

    static CompiledPlan plan(Long defaultTone, PlaybackRule... rules) {
        OptionalLong fallback = defaultTone == null ? OptionalLong.empty() : OptionalLong.of(defaultTone);
        return PlanCompiler.compile(new SubscriberPlan(SUBSCRIBER, true, fallback, List.of(family(), friends()), List.of(rules)));
    }

    static LongPredicate allBut(long... unplayable) {
        return tone -> {
            for (long u : unplayable) if (u == tone) return false;
            return true;
        };
    }
}
