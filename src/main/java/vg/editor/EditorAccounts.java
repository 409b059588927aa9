package vg.editor;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import vg.common.PasswordHasher;
import vg.common.Secrets;
import vg.common.SessionStore;
import vg.logins.LoginAccount;
import vg.logins.LoginLimit;

/** The built-in editor account and its sessions; its passwords are held to the {@link LoginLimit}. */
public final class EditorAccounts {
    public static final String EDITOR = "editor";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final SessionStore sessions;
    private final LoginLimit limit;
    /** HTTP Basic sends the password with every request; bcrypt each time would cost ~100 ms, so a verified digest is kept. */
    private final Map<String, String> verifiedDigests = new ConcurrentHashMap<>();

    public EditorAccounts(Jdbi jdbi, PasswordHasher hasher, Secrets secrets, LoginLimit limit, Clock clock) {
        this.jdbi = jdbi;
        this.limit = limit;
        this.hasher = hasher;
        this.secrets = secrets;
        this.sessions = new SessionStore(jdbi, "editor_sessions", "owner", secrets, clock);
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
        String hash = hasher.hash(generated);
        // nodes starting at once on an empty database: only the one whose password was kept shows it
        boolean kept = jdbi.withHandle(h -> h.createUpdate(
                        "INSERT INTO editors (name, password_hash) VALUES (:n, :h) ON CONFLICT (name) DO NOTHING")
                .bind("n", EDITOR).bind("h", hash).execute()) == 1;
        return kept ? Optional.of(generated) : Optional.empty();
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

    /**
     * Whether {@code name} and {@code password} are the editor's. Every wrong try counts against the desk, whatever
     * name it gave, and five within 15 minutes give 429 {@code too_many_attempts} for the rest of the window, even to
     * the right password. A password already verified (HTTP Basic sends it with every request) is not hashed again.
     */
    public boolean authenticate(String name, String password) {
        LoginAccount desk = LoginAccount.editor(EDITOR);
        Optional<String> hash = storedHash();
        String digest = hash.isEmpty() || password == null ? null : Secrets.sha256(hash.get() + "\u0000" + password);
        if (EDITOR.equals(name) && digest != null && digest.equals(verifiedDigests.get(EDITOR))) {
            limit.requireUnlocked(desk);
            return true;
        }
        try (LoginLimit.Attempt attempt = limit.take(desk)) {
            boolean ok = EDITOR.equals(name) && password != null && !password.isEmpty() && hash.isPresent()
                    && hasher.matches(password, hash.get());
            if (!ok) {
                limit.failed(attempt);
                return false;
            }
            limit.succeeded(attempt);
        }
        verifiedDigests.put(EDITOR, digest);
        return true;
    }

    public String openSession(String name, String previousToken) {
        return sessions.open(name, previousToken);
    }

    public SessionStore.State touch(String token) {
        return sessions.touch(token).state();
    }

    public void closeSession(String token) {
        sessions.close(token);
    }
}
