package vg.editor;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import vg.common.PasswordHasher;
import vg.common.Secrets;
import vg.common.SessionStore;

/** The built-in editor account and its sessions. */
public final class EditorAccounts {
    public static final String EDITOR = "editor";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final SessionStore sessions;
    /** HTTP Basic sends the password with every request; bcrypt each time would cost ~100 ms, so a verified digest is kept. */
    private final Map<String, String> verifiedDigests = new ConcurrentHashMap<>();

    public EditorAccounts(Jdbi jdbi, PasswordHasher hasher, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
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
