package vg.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.Money;
import vg.common.PhoneNumber;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberStatus;

/**
 * The subscription fee: one charge for every operator calendar day of an active subscription from the first visit on.
 * {@link #settle} writes whatever days are missing up to today, so a server that was off catches up, and the unique
 * index on (subscriber, day) makes a second charge for a day impossible whoever races to write it.
 */
public final class DailyFees {
    private static final Logger log = LoggerFactory.getLogger(DailyFees.class);

    private final Jdbi jdbi;
    private final SubscriberDao subscribers;
    private final BillingDao billing;
    private final Money fee;
    private final Clock clock;
    private final ZoneId zone;

    public DailyFees(Jdbi jdbi, SubscriberDao subscribers, BillingDao billing, Money fee, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.subscribers = subscribers;
        this.billing = billing;
        this.fee = fee;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Money fee() {
        return fee;
    }

    /** Charges the missing days of one subscriber up to today, inside the caller's transaction; returns how many. */
    public int settle(Handle h, PhoneNumber phone) {
        Optional<Subscriber> s = subscribers.find(h, phone);
        if (s.isEmpty() || s.get().status() != SubscriberStatus.ACTIVE || s.get().billedFromDay().isEmpty()) return 0;
        LocalDate from = s.get().billedFromDay().get();
        Optional<LocalDate> last = billing.lastSubscriptionDay(h, phone);
        if (last.isPresent() && !last.get().isBefore(from)) from = last.get().plusDays(1);
        LocalDate today = today();
        long now = clock.millis();
        int written = 0;
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            if (billing.charge(h, phone, ChargeKind.SUBSCRIPTION, fee, now, day, Optional.empty()).isPresent()) written++;
        }
        return written;
    }

    /** Settles every billable subscriber, each in a transaction of its own; returns the number of charges written. */
    public int settleAll() {
        int written = 0;
        LocalDate today = today();
        for (PhoneNumber phone : jdbi.withHandle(h -> subscribers.billable(h, today))) {
            written += jdbi.inTransaction(h -> settle(h, phone));
        }
        if (written > 0) log.info("daily fees: {} subscription charges written", written);
        return written;
    }
}
