package vg.playback;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily window [from, to) in the operator's local time. When {@code to} is earlier than {@code from}
 * the window crosses midnight: 22:00–07:00 is 22:00–24:00 and 00:00–07:00.
 */
public record TimeWindow(LocalTime from, LocalTime to) {
    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) throw new IllegalArgumentException("an empty time window: " + from + "–" + to);
    }

    public static TimeWindow of(String from, String to) {
        return new TimeWindow(LocalTime.parse(from), LocalTime.parse(to));
    }

    public boolean crossesMidnight() {
        return to.isBefore(from);
    }

    /** Ignores the day: which day the window belongs to is {@link PlaybackRule}'s business. */
    public boolean contains(LocalTime time) {
        return crossesMidnight()
                ? !time.isBefore(from) || time.isBefore(to)
                : !time.isBefore(from) && time.isBefore(to);
    }
}
