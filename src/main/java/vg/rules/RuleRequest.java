package vg.rules;

import java.util.List;

/** A rule as the cabinet sends it: one tone or several to shuffle, for callers or a group, on days, in a window. */
public record RuleRequest(Long toneId, List<Long> toneIds, List<String> callers, Long group, List<Integer> days, String from,
                          String to) {
}
