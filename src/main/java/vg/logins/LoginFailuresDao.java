package vg.logins;

import org.jdbi.v3.core.Handle;

/** Rows of {@code login_failures}: wrong passwords (attempt null) and attempts being checked. The column {@code phone} holds the account key. */
final class LoginFailuresDao {
    /** Wrong passwords for the account since {@code since}. */
    int recentFailures(Handle h, LoginAccount account, long since) {
        return h.createQuery("SELECT COUNT(*) FROM login_failures WHERE phone = :p AND at > :since AND attempt IS NULL")
                .bind("p", account.key()).bind("since", since).mapTo(Integer.class).one();
    }

    /** Wrong passwords and attempts being checked for the account since {@code since}. */
    int recentAttempts(Handle h, LoginAccount account, long since) {
        return h.createQuery("SELECT COUNT(*) FROM login_failures WHERE phone = :p AND at > :since")
                .bind("p", account.key()).bind("since", since).mapTo(Integer.class).one();
    }

    /** An attempt about to be checked; it counts against the limit until it succeeds or fails. */
    void recordAttempt(Handle h, LoginAccount account, String attempt, long now) {
        h.createUpdate("INSERT INTO login_failures (phone, at, attempt) VALUES (:p, :now, :a)")
                .bind("p", account.key()).bind("now", now).bind("a", attempt).execute();
    }

    void forgetAttempt(Handle h, String attempt) {
        h.createUpdate("DELETE FROM login_failures WHERE attempt = :a").bind("a", attempt).execute();
    }

    /** The attempt's password was wrong: its row stays as a failure. */
    void attemptFailed(Handle h, String attempt) {
        h.createUpdate("UPDATE login_failures SET attempt = NULL WHERE attempt = :a").bind("a", attempt).execute();
    }

    /**
     * A right password: the account's failures and this attempt go (attempts still being checked stay, so they still
     * count), and so does every row older than the window.
     */
    void clearFailures(Handle h, LoginAccount account, String attempt, long before) {
        h.createUpdate("DELETE FROM login_failures WHERE (phone = :p AND (attempt IS NULL OR attempt = :a)) OR at < :before")
                .bind("p", account.key()).bind("a", attempt).bind("before", before).execute();
    }
}
