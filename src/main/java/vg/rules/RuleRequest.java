package vg.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule as the cabinet sends it: one tone or several to shuffle, for callers or a group, on days, in a window, on dates. */
public record RuleRequest(@Nullable Long toneId, @Nullable List<Long> toneIds, @Nullable List<String> callers,
                          @Nullable Long group, @Nullable List<Integer> days, @Nullable String from,
                          @Nullable String to, @Nullable DatesRequest dates) {
}
