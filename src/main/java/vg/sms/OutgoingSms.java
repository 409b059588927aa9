package vg.sms;

import java.util.Objects;
import vg.common.PhoneNumber;

/** One SMS waiting in the outbox: to a subscriber, from one of the service's short numbers. */
public record OutgoingSms(long id, PhoneNumber to, String from, String text, long createdAt) {
    public OutgoingSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
    }
}
