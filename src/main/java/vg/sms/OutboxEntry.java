package vg.sms;

import java.util.OptionalLong;

/** Everything the outbox knows about one SMS, for diagnostics and tests. */
public record OutboxEntry(OutgoingSms sms, OptionalLong sentAt, int attempts, String lastError, OptionalLong rejectedAt) {
    public boolean isSent() {
        return sentAt.isPresent();
    }

    public boolean isRejected() {
        return rejectedAt.isPresent();
    }
}
