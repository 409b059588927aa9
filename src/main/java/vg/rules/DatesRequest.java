package vg.rules;

import org.jspecify.annotations.Nullable;

/** A rule's dates as the cabinet sends them: {@code {"from": "31.12", "to": "01.01"}}, day.month with an optional .year. */
public record DatesRequest(@Nullable String from, @Nullable String to) {
}
