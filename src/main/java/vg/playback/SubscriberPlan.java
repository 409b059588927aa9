package vg.playback;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vg.common.PhoneNumber;

/** Everything that decides what a subscriber's callers hear, as the cabinet last left it. */
public record SubscriberPlan(PhoneNumber phone, boolean active, OptionalLong defaultTone, List<Group> groups, List<PlaybackRule> rules) {
    public SubscriberPlan {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(defaultTone, "defaultTone");
        if (defaultTone.isPresent() && defaultTone.getAsLong() <= 0) throw new IllegalArgumentException("a tone id is positive");
        groups = List.copyOf(groups);
        rules = List.copyOf(rules);
    }

    public static SubscriberPlan defaultOnly(PhoneNumber phone, long defaultTone) {
        return new SubscriberPlan(phone, true, OptionalLong.of(defaultTone), List.of(), List.of());
    }
}
