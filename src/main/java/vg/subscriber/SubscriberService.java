package vg.subscriber;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.billing.DailyFees;
import vg.common.ApiException;
import vg.common.PasswordHasher;
import vg.common.PhoneNumber;
import vg.common.Secrets;
import vg.sms.SmsOutbox;
import vg.sms.SmsSender;
import vg.sms.SmsTexts;

/**
 * Connecting, disconnecting, passwords, suspension and the corporate mark. Every change and the SMS that tells the
 * subscriber about it are written in one transaction; billing is settled up to the moment of any status change.
 */
public final class SubscriberService {
    static final int PASSWORD_LENGTH = 8;

    private final Jdbi jdbi;
    private final SubscriberDao dao;
    private final DailyFees fees;
    private final SmsOutbox outbox;
    private final SmsSender sender;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final Clock clock;
    private final PlanChanges planChanges;

    public SubscriberService(Jdbi jdbi, SubscriberDao dao, DailyFees fees, SmsOutbox outbox, SmsSender sender,
                             PasswordHasher hasher, Secrets secrets, Clock clock, PlanChanges planChanges) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.fees = fees;
        this.outbox = outbox;
        this.sender = sender;
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
        this.planChanges = planChanges;
    }

    public Subscriber get(PhoneNumber phone) {
        return jdbi.withHandle(h -> dao.find(h, phone)).orElseThrow(() -> ApiException.notFound("Subscriber " + phone));
    }

    /** SMS «5» to 1090: creates the subscriber or brings a disconnected one back, and sends a fresh password. */
    public void connect(PhoneNumber phone) {
        boolean corporate = jdbi.withHandle(h -> dao.find(h, phone)).map(Subscriber::corporate).orElse(false);
        // a corporate subscriber's password comes from the subscriber department only: «5» reconnects but makes none
        String password = corporate ? null : secrets.password(PASSWORD_LENGTH);
        String hash = corporate ? null : hasher.hash(password); // slow by design, so outside the write transaction
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            Optional<Subscriber> s = dao.find(h, phone);
            if (s.isEmpty()) dao.insert(h, phone, hash, now);
            else if (hash != null) dao.setPassword(h, phone, hash, now);
            if (s.isPresent() && s.get().status() == SubscriberStatus.DISCONNECTED) {
                dao.setConnectedAt(h, phone, now);
                // billing resumes at once for someone who had already visited; otherwise at the first visit
                dao.setStatus(h, phone, SubscriberStatus.ACTIVE, s.get().firstVisitAt().map(v -> fees.today()), now);
                fees.settle(h, phone);
            }
            sms(h, phone, SmsTexts.SERVICE_NUMBER, corporate ? SmsTexts.corporateRefusal() : SmsTexts.connected(password), now);
            planChanges.record(h, phone);
        });
        planChanges.changed(phone);
        sender.wake();
    }

    /** SMS «0» or «STOP» to 1090. */
    public void disconnect(PhoneNumber phone) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            Optional<Subscriber> s = dao.find(h, phone);
            if (s.isEmpty() || s.get().status() == SubscriberStatus.DISCONNECTED) {
                sms(h, phone, SmsTexts.SERVICE_NUMBER, SmsTexts.alreadyDisconnected(), now);
                return;
            }
            fees.settle(h, phone);
            dao.setStatus(h, phone, SubscriberStatus.DISCONNECTED, Optional.empty(), now);
            sms(h, phone, SmsTexts.SERVICE_NUMBER, SmsTexts.disconnected(), now);
            planChanges.record(h, phone);
        });
        planChanges.changed(phone);
        sender.wake();
    }

    /** Any SMS to 1070: a new password, except for corporate subscribers, whose passwords the subscriber department issues. */
    public void newPassword(PhoneNumber phone) {
        Optional<Subscriber> existing = jdbi.withHandle(h -> dao.find(h, phone));
        long now = clock.millis();
        if (existing.isEmpty() || existing.get().status() == SubscriberStatus.DISCONNECTED) {
            jdbi.useTransaction(h -> sms(h, phone, SmsTexts.PASSWORD_NUMBER, SmsTexts.notConnected(), now));
        } else if (existing.get().corporate()) {
            jdbi.useTransaction(h -> sms(h, phone, SmsTexts.PASSWORD_NUMBER, SmsTexts.corporateRefusal(), now));
        } else {
            String password = secrets.password(PASSWORD_LENGTH);
            String hash = hasher.hash(password);
            jdbi.useTransaction(h -> {
                dao.setPassword(h, phone, hash, now);
                sms(h, phone, SmsTexts.PASSWORD_NUMBER, SmsTexts.newPassword(password), now);
            });
        }
        sender.wake();
    }

    public void help(PhoneNumber phone, String shortNumber) {
        long now = clock.millis();
        jdbi.useTransaction(h -> sms(h, phone, shortNumber, SmsTexts.help(), now));
        sender.wake();
    }

    /** A temporary stop (a lost SIM): callers hear ordinary beeps and no fee is charged from tomorrow on. */
    public Subscriber suspend(PhoneNumber phone) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            Subscriber s = dao.find(h, phone).orElseThrow(() -> ApiException.notFound("Subscriber " + phone));
            if (s.status() == SubscriberStatus.SUSPENDED) return;
            if (s.status() == SubscriberStatus.DISCONNECTED)
                throw new ApiException(409, "disconnected", "The service is disconnected; send 5 to 1090 to connect it again");
            fees.settle(h, phone);
            dao.setStatus(h, phone, SubscriberStatus.SUSPENDED, Optional.empty(), now);
            planChanges.record(h, phone);
        });
        planChanges.changed(phone);
        return get(phone);
    }

    public Subscriber resume(PhoneNumber phone) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            Subscriber s = dao.find(h, phone).orElseThrow(() -> ApiException.notFound("Subscriber " + phone));
            if (s.status() == SubscriberStatus.ACTIVE) return;
            if (s.status() == SubscriberStatus.DISCONNECTED)
                throw new ApiException(409, "disconnected", "The service is disconnected; send 5 to 1090 to connect it again");
            dao.setStatus(h, phone, SubscriberStatus.ACTIVE, s.firstVisitAt().map(v -> fees.today()), now);
            fees.settle(h, phone);
            planChanges.record(h, phone);
        });
        planChanges.changed(phone);
        return get(phone);
    }

    public Subscriber setCorporate(PhoneNumber phone, boolean corporate) {
        boolean changed = jdbi.inTransaction(h -> dao.setCorporate(h, phone, corporate, clock.millis()));
        if (!changed) throw ApiException.notFound("Subscriber " + phone);
        return get(phone);
    }

    private void sms(Handle h, PhoneNumber to, String from, String text, long now) {
        outbox.enqueue(h, to, from, text, now);
    }
}
