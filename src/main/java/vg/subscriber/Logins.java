package vg.subscriber;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
    /** How long an attempt waits for one of the five places while others of the same number are being checked. */
    private static final Duration PLACE_WAIT = Duration.ofSeconds(30);

    private final Jdbi jdbi;
    private final SubscriberDao dao;
    private final DailyFees fees;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final Clock clock;

    public Logins(Jdbi jdbi, SubscriberDao dao, DailyFees fees, PasswordHasher hasher, SessionStore sessions, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.fees = fees;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new session; {@code firstVisit} when this login was the subscriber's first visit, from which billing runs. */
    public record LoggedIn(String token, boolean firstVisit) {
    }

    /**
     * Opens a session; {@code previousToken} (the cookie the request came with, if any) is ended.
     *
     * <p>An attempt takes one of the five places before its password is checked: it writes its row, and goes ahead only
     * if the number's failures and attempts in flight, its own included, are at most five. Otherwise it takes its row
     * back and waits for a place, or gets 429 once five are failures. A right password takes its row back, a wrong one
     * leaves it as a failure. So parallel guesses on any number of nodes never get more than five checks between them,
     * many right logins of one number all get in, and no lock is held while the slow hash runs.
     */
    public LoggedIn login(PhoneNumber phone, String password, String previousToken) {
        String attempt = takePlace(phone);
        Optional<Subscriber> s = jdbi.withHandle(h -> dao.find(h, phone));
        boolean ok = s.isPresent() && s.get().passwordHash().isPresent() && hasher.matches(password, s.get().passwordHash().get());
        if (!ok) {
            jdbi.useTransaction(h -> dao.attemptFailed(h, attempt));
            throw new ApiException(401, "bad_credentials", "Wrong number or password");
        }
        long now = clock.millis();
        boolean firstVisit = jdbi.inTransaction(h -> {
            dao.clearFailures(h, phone, attempt, now - FAILURE_WINDOW.toMillis());
            boolean first = dao.recordFirstVisit(h, phone, now, fees.today());
            if (first) fees.settle(h, phone);
            return first;
        });
        return new LoggedIn(sessions.open(phone.digits(), previousToken), firstVisit);
    }

    private String takePlace(PhoneNumber phone) {
        String attempt = java.util.UUID.randomUUID().toString();
        long giveUpAt = System.nanoTime() + PLACE_WAIT.toNanos();
        while (true) {
            long now = clock.millis();
            long windowStart = now - FAILURE_WINDOW.toMillis();
            jdbi.useTransaction(h -> dao.recordAttempt(h, phone, attempt, now));
            if (jdbi.withHandle(h -> dao.recentAttempts(h, phone, windowStart)) <= MAX_FAILURES) return attempt;
            jdbi.useTransaction(h -> dao.forgetAttempt(h, attempt));
            if (jdbi.withHandle(h -> dao.recentFailures(h, phone, windowStart)) >= MAX_FAILURES || System.nanoTime() > giveUpAt)
                throw new ApiException(429, "too_many_attempts", "Too many wrong passwords for this number; try again in 15 minutes");
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(503, "stopping", "vg is stopping; try again");
            }
        }
    }
}
