package vg.logins;

import java.time.Clock;
import java.time.Duration;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.ApiException;

/**
 * Five wrong passwords for one account within 15 minutes lock it for the rest of the window, whatever address they
 * came from, on any number of nodes. The subscribers' numbers and the editor's desk are both held to it.
 *
 * <p>An attempt takes one of the five places before its password is checked: it writes its row, and goes ahead only
 * if the account's failures and attempts in flight, its own included, are at most five. Otherwise it takes its row
 * back and waits for a place, or gets 429 once five are failures. A right password takes its row back, a wrong one
 * leaves it as a failure. So parallel guesses never get more than five checks between them, many right logins of one
 * account all get in, and no lock is held while the slow hash runs.
 *
 * <p>On one node the attempts of an account also queue for its five places in memory, so those that wait do not ask
 * the database again and again; the database's count stays what decides, across nodes.
 */
public final class LoginLimit {
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    /** How long an attempt waits for one of the five places while others of the same account are being checked. */
    private static final Duration PLACE_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(LoginLimit.class);

    private final Jdbi jdbi;
    private final LoginFailuresDao dao = new LoginFailuresDao();
    private final Clock clock;
    /** An account's places on this node; weakly held, so an account nobody is trying takes no memory. */
    private final LoadingCache<String, Semaphore> localPlaces = Caffeine.newBuilder().weakValues()
            .build(key -> new Semaphore(MAX_FAILURES, true));

    public LoginLimit(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * One attempt at an account's password, holding one of its places until it is closed. Closed without a verdict
     * ({@link #failed}, {@link #succeeded}), as when the check itself broke, it counts as no attempt at all.
     */
    public final class Attempt implements AutoCloseable {
        private final LoginAccount account;
        private final String id = UUID.randomUUID().toString();
        private final Semaphore place;
        private boolean settled;
        private boolean closed;

        private Attempt(LoginAccount account, Semaphore place) {
            this.account = account;
            this.place = place;
        }

        public LoginAccount account() {
            return account;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            try {
                if (!settled) jdbi.useTransaction(h -> dao.forgetAttempt(h, id));
            } finally {
                place.release();
            }
        }
    }

    /**
     * A place for one check of {@code account}'s password, to be closed once the check is settled; 429
     * {@code too_many_attempts} when the account is locked.
     */
    public Attempt take(LoginAccount account) {
        Semaphore place = localPlaces.get(account.key());
        long giveUpAt = System.nanoTime() + PLACE_WAIT.toNanos();
        try {
            if (!place.tryAcquire(PLACE_WAIT.toNanos(), TimeUnit.NANOSECONDS)) throw tooMany(account);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        }
        Attempt attempt = new Attempt(account, place);
        try {
            takeInDatabase(attempt, giveUpAt);
            return attempt;
        } catch (RuntimeException e) {
            try {
                attempt.close();
            } catch (RuntimeException alsoBroken) {
                e.addSuppressed(alsoBroken);
            }
            throw e;
        }
    }

    /** Takes one of the account's five places in the database, where the attempts of every node are counted. */
    private void takeInDatabase(Attempt attempt, long giveUpAt) {
        LoginAccount account = attempt.account;
        while (true) {
            long now = clock.millis();
            long windowStart = now - FAILURE_WINDOW.toMillis();
            jdbi.useTransaction(h -> dao.recordAttempt(h, account, attempt.id, now));
            if (jdbi.withHandle(h -> dao.recentAttempts(h, account, windowStart)) <= MAX_FAILURES) return;
            jdbi.useTransaction(h -> dao.forgetAttempt(h, attempt.id));
            if (isLocked(account) || System.nanoTime() > giveUpAt) throw tooMany(account);
            // the other places are held on other nodes
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw stopping();
            }
        }
    }

    /** Whether five wrong passwords for the account fall within the window now. */
    public boolean isLocked(LoginAccount account) {
        long windowStart = clock.millis() - FAILURE_WINDOW.toMillis();
        return jdbi.withHandle(h -> dao.recentFailures(h, account, windowStart)) >= MAX_FAILURES;
    }

    /** 429 unless the account may try a password now; for checks that need no place (a password already verified). */
    public void requireUnlocked(LoginAccount account) {
        if (isLocked(account)) throw tooMany(account);
    }

    /** The password was wrong: the attempt stays as a failure. The one that locks the account is logged, for the operator. */
    public void failed(Attempt attempt) {
        jdbi.useTransaction(h -> dao.attemptFailed(h, attempt.id));
        attempt.settled = true;
        long windowStart = clock.millis() - FAILURE_WINDOW.toMillis();
        if (jdbi.withHandle(h -> dao.recentFailures(h, attempt.account, windowStart)) == MAX_FAILURES)
            log.warn("{} locked for 15 minutes after {} wrong passwords", attempt.account.key(), MAX_FAILURES);
    }

    /** The password was right: the account's failures go, inside the caller's transaction. */
    public void succeeded(Handle h, Attempt attempt) {
        dao.clearFailures(h, attempt.account, attempt.id, clock.millis() - FAILURE_WINDOW.toMillis());
        h.afterCommit(() -> attempt.settled = true);
    }

    public void succeeded(Attempt attempt) {
        jdbi.useTransaction(h -> succeeded(h, attempt));
    }

    private static ApiException stopping() {
        return new ApiException(503, "stopping", "vg is stopping; try again");
    }

    private static ApiException tooMany(LoginAccount account) {
        return new ApiException(429, "too_many_attempts", "Too many wrong passwords for " + account.described() + "; try again in 15 minutes");
    }
}
