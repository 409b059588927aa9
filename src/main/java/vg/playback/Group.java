package vg.playback;

import java.util.Set;

/** A subscriber's named group of caller numbers; the numbers are kept in their 10-digit form. */
public record Group(long id, String name, Set<String> callers) {
    public Group {
        callers = CallerKey.normalised(callers);
    }
}
