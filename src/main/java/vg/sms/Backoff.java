package vg.sms;

import java.time.Duration;

/** A retry delay that doubles after each failure up to a ceiling and starts over after a success. Not thread-safe. */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0)
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next try; each call doubles the one after. */
    public Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    public void reset() {
        next = initial;
    }
}
