package vg.subscriber;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vg.billing.DailyFees;
import vg.common.ApiException;
import vg.common.PasswordHasher;
import vg.common.PhoneNumber;
import vg.common.SessionStore;

/**
 * Logging in with number and password. Five failures for one number within 15 minutes lock that number for the rest of
 * the window, whatever address they came from. The first successful login is the first visit, and billing starts then.
 */
public final class Logins {
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final SubscriberDao dao;
    private final DailyFees fees;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final Clock clock;
    private final Object[] attemptLocks = new Object[64];

    public Logins(Jdbi jdbi, SubscriberDao dao, DailyFees fees, PasswordHasher hasher, SessionStore sessions, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.fees = fees;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
        for (int i = 0; i < attemptLocks.length; i++) attemptLocks[i] = new Object();
    }

    /** A new session; {@code firstVisit} when this login was the subscriber's first visit, from which billing runs. */
    public record LoggedIn(String token, boolean firstVisit) {
    }

    /** Opens a session; {@code previousToken} (the cookie the request came with, if any) is ended. */
    public LoggedIn login(PhoneNumber phone, String password, String previousToken) {
        // attempts for one number are checked one at a time, so parallel guesses cannot all pass the count while
        // bcrypt is still working on the first of them; other numbers are not held up
        synchronized (attemptLocks[Math.floorMod(phone.digits().hashCode(), attemptLocks.length)]) {
            long windowStart = clock.millis() - FAILURE_WINDOW.toMillis();
            if (jdbi.withHandle(h -> dao.recentFailures(h, phone, windowStart)) >= MAX_FAILURES)
                throw new ApiException(429, "too_many_attempts", "Too many wrong passwords for this number; try again in 15 minutes");
            Optional<Subscriber> s = jdbi.withHandle(h -> dao.find(h, phone));
            boolean ok = s.isPresent() && s.get().passwordHash().isPresent() && hasher.matches(password, s.get().passwordHash().get());
            if (!ok) {
                long failedAt = clock.millis();
                jdbi.useTransaction(h -> dao.recordFailure(h, phone, failedAt));
                throw new ApiException(401, "bad_credentials", "Wrong number or password");
            }
        }
        long now = clock.millis();
        boolean firstVisit = jdbi.inTransaction(h -> {
            dao.clearFailures(h, phone, now - FAILURE_WINDOW.toMillis());
            boolean first = dao.recordFirstVisit(h, phone, now, fees.today());
            if (first) fees.settle(h, phone);
            return first;
        });
        return new LoggedIn(sessions.open(phone.digits(), previousToken), firstVisit);
    }
}
