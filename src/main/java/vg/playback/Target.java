package vg.playback;

import java.util.Set;

/** Whom a rule is for: numbers named in the rule itself, or the members of one of the subscriber's groups. */
public sealed interface Target {
    record Callers(Set<String> numbers) implements Target {
        public Callers {
            numbers = CallerKey.normalised(numbers);
            if (numbers.isEmpty()) throw new IllegalArgumentException("a rule for callers names at least one");
        }
    }

    /** A group the plan does not hold (deleted meanwhile) matches nobody. */
    record InGroup(long groupId) implements Target {}

    static Target callers(String... numbers) {
        return new Callers(Set.of(numbers));
    }

    static Target group(long groupId) {
        return new InGroup(groupId);
    }
}
