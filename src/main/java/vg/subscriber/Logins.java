package vg.subscriber;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vg.billing.DailyFees;
import vg.common.ApiException;
import vg.common.PasswordHasher;
import vg.common.PhoneNumber;
import vg.common.SessionStore;
import vg.logins.LoginAccount;
import vg.logins.LoginLimit;

/**
 * Logging in with number and password, held to the {@link LoginLimit} of five wrong passwords a number. The first
 * successful login is the first visit, and billing starts then.
 */
public final class Logins {
    private final Jdbi jdbi;
    private final SubscriberDao dao;
    private final DailyFees fees;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final LoginLimit limit;
    private final Clock clock;

    public Logins(Jdbi jdbi, SubscriberDao dao, DailyFees fees, PasswordHasher hasher, SessionStore sessions,
                  LoginLimit limit, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.fees = fees;
        this.hasher = hasher;
        this.sessions = sessions;
        this.limit = limit;
        this.clock = clock;
    }

    /** A new session; {@code firstVisit} when this login was the subscriber's first visit, from which billing runs. */
    public record LoggedIn(String token, boolean firstVisit) {
    }

    /** Opens a session; {@code previousToken} (the cookie the request came with, if any) is ended. */
    public LoggedIn login(PhoneNumber phone, String password, String previousToken) {
        boolean firstVisit;
        try (LoginLimit.Attempt attempt = limit.take(LoginAccount.subscriber(phone.digits()))) {
            Optional<Subscriber> s = jdbi.withHandle(h -> dao.find(h, phone));
            boolean ok = s.isPresent() && s.get().passwordHash().isPresent() && hasher.matches(password, s.get().passwordHash().get());
            if (!ok) {
                limit.failed(attempt);
                throw new ApiException(401, "bad_credentials", "Wrong number or password");
            }
            long now = clock.millis();
            firstVisit = jdbi.inTransaction(h -> {
                limit.succeeded(h, attempt);
                boolean first = dao.recordFirstVisit(h, phone, now, fees.today());
                if (first) fees.settle(h, phone);
                return first;
            });
        }
        return new LoggedIn(sessions.open(phone.digits(), previousToken), firstVisit);
    }
}
