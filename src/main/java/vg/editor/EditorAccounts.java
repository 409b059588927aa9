package vg.editor;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import vg.common.PasswordHasher;
import vg.common.Secrets;

/** The built-in editor account and its sessions (15 minutes without a request end one). */
public final class EditorAccounts {
    public static final String EDITOR = "editor";
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final Clock clock;
    /** HTTP Basic sends the password with every request; bcrypt each time would cost ~100 ms, so a verified digest is kept. */
    private final Map<String, String> verifiedDigests = new ConcurrentHashMap<>();

    public EditorAccounts(Jdbi jdbi, PasswordHasher hasher, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Makes sure the editor account exists. A configured password always wins (and replaces a stored one that differs);
     * without one, a random password is made on first start and returned so it can be printed once.
     */
    public Optional<String> ensureEditor(Optional<String> configured) {
        Optional<String> stored = storedHash();
        if (configured.isPresent()) {
            if (stored.isEmpty() || !hasher.matches(configured.get(), stored.get())) setPassword(configured.get());
            return Optional.empty();
        }
        if (stored.isPresent()) return Optional.empty();
        String generated = secrets.password(12);
        setPassword(generated);
        return Optional.of(generated);
    }

    private void setPassword(String password) {
        String hash = hasher.hash(password);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO editors (name, password_hash) VALUES (:n, :h)
                        ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash""")
                .bind("n", EDITOR).bind("h", hash).execute());
        verifiedDigests.clear();
    }

    private Optional<String> storedHash() {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM editors WHERE name = :n")
                .bind("n", EDITOR).mapTo(String.class).findOne());
    }

    public boolean authenticate(String name, String password) {
        if (!EDITOR.equals(name) || password == null || password.isEmpty()) return false;
        Optional<String> hash = storedHash();
        if (hash.isEmpty()) return false;
        String digest = Secrets.sha256(hash.get() + "\u0000" + password);
        if (digest.equals(verifiedDigests.get(name))) return true;
        if (!hasher.matches(password, hash.get())) return false;
        verifiedDigests.put(name, digest);
        return true;
    }

    public String openSession(String name) {
        String token = secrets.token();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO editor_sessions (token_hash, editor, last_seen) VALUES (:t, :n, :now)")
                .bind("t", Secrets.sha256(token)).bind("n", name).bind("now", clock.millis()).execute());
        return token;
    }

    public enum SessionState { ACTIVE, EXPIRED, UNKNOWN }

    /** Looks a session up and, when it is alive, extends it. */
    public SessionState touch(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return SessionState.UNKNOWN;
        String key = Secrets.sha256(token);
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            Optional<Long> lastSeen = h.createQuery("SELECT last_seen FROM editor_sessions WHERE token_hash = :t")
                    .bind("t", key).mapTo(Long.class).findOne();
            if (lastSeen.isEmpty()) return SessionState.UNKNOWN;
            if (now - lastSeen.get() > IDLE_LIMIT.toMillis()) {
                h.createUpdate("DELETE FROM editor_sessions WHERE token_hash = :t").bind("t", key).execute();
                return SessionState.EXPIRED;
            }
            h.createUpdate("UPDATE editor_sessions SET last_seen = :now WHERE token_hash = :t")
                    .bind("t", key).bind("now", now).execute();
            return SessionState.ACTIVE;
        });
    }

    public void closeSession(String token) {
        if (token == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM editor_sessions WHERE token_hash = :t")
                .bind("t", Secrets.sha256(token)).execute());
    }
}
