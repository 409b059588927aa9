package vg.subscriber;

import java.time.LocalDate;
import java.util.Optional;
import vg.common.PhoneNumber;
import vg.common.ToneId;

/** A subscriber of the service; times are epoch milliseconds. */
public record Subscriber(
        PhoneNumber phone,
        SubscriberStatus status,
        boolean corporate,
        Optional<String> passwordHash,
        long connectedAt,
        Optional<Long> firstVisitAt,
        Optional<LocalDate> billedFromDay,
        Optional<ToneId> defaultToneId) {
}
