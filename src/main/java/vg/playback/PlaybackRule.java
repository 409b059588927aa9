package vg.playback;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of a subscriber's rules: play {@code toneIds} (one tone, or a shuffle among several) to {@code target},
 * only on {@code days} (empty = every day), within {@code window} (empty = all day) and on {@code dates} (empty = any).
 * Tone ids are a list rather than a {@code long[]} so that the record keeps value equality; the compiled form is an array.
 */
public record PlaybackRule(long id, Target target, Set<DayOfWeek> days, Optional<TimeWindow> window, Optional<DateRange> dates,
                           List<Long> toneIds) {
    public PlaybackRule {
        Objects.requireNonNull(target, "target");
        days = Set.copyOf(days);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(dates, "dates");
        toneIds = List.copyOf(toneIds);
        if (toneIds.isEmpty()) throw new IllegalArgumentException("a rule plays at least one tone");
        for (long tone : toneIds) if (tone <= 0) throw new IllegalArgumentException("a tone id is positive: " + tone);
    }

    /** A rule for all days and all day. */
    public static PlaybackRule always(long id, Target target, Long... toneIds) {
        return new PlaybackRule(id, target, Set.of(), Optional.empty(), Optional.empty(), List.of(toneIds));
    }

    public PlaybackRule on(DayOfWeek... days) {
        return new PlaybackRule(id, target, Set.of(days), window, dates, toneIds);
    }

    public PlaybackRule within(String from, String to) {
        return new PlaybackRule(id, target, days, Optional.of(TimeWindow.of(from, to)), dates, toneIds);
    }

    /** The same rule, only on the dates «from»–«to» (day.month, or day.month.year). */
    public PlaybackRule onDates(String from, String to) {
        DateRange range = DateRange.parse(from, to).orElseThrow(() -> new IllegalArgumentException("not a date range: " + from + "–" + to));
        return new PlaybackRule(id, target, days, window, Optional.of(range), toneIds);
    }

    public boolean timeLimited() {
        return !days.isEmpty() || window.isPresent() || dates.isPresent();
    }

    /** The level this rule competes at, before ties are broken by id. */
    public Level level() {
        boolean forCallers = target instanceof Target.Callers;
        if (timeLimited()) return forCallers ? Level.TIMED_CALLER : Level.TIMED_GROUP;
        return forCallers ? Level.CALLER : Level.GROUP;
    }
}
