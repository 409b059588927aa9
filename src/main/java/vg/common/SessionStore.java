package vg.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Web sessions kept in the database, so a restart keeps them: a random token in the cookie, only its digest stored,
 * ended by logout or by {@link #IDLE_LIMIT} without a request. Editors and subscribers each have a table of this shape.
 */
public final class SessionStore {
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(15);

    public enum State { ACTIVE, EXPIRED, UNKNOWN }

    public record Lookup(State state, Optional<String> owner) {
        static final Lookup UNKNOWN = new Lookup(State.UNKNOWN, Optional.empty());
    }

    private final Jdbi jdbi;
    private final String table;
    private final String ownerColumn;
    private final Secrets secrets;
    private final Clock clock;

    /** {@code table} has the columns token_hash, owner-or-phone ({@code ownerColumn}) and last_seen. */
    public SessionStore(Jdbi jdbi, String table, String ownerColumn, Secrets secrets, Clock clock) {
        if (!table.matches("[a-z_]+") || !ownerColumn.matches("[a-z_]+")) throw new IllegalArgumentException("bad table name");
        this.jdbi = jdbi;
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Opens a session for {@code owner}, ending {@code previousToken} if the request carried one (a new id at every login). */
    public String open(String owner, String previousToken) {
        String token = secrets.token();
        jdbi.useTransaction(h -> {
            if (previousToken != null)
                h.createUpdate("DELETE FROM " + table + " WHERE token_hash = :t").bind("t", Secrets.sha256(previousToken)).execute();
            h.createUpdate("INSERT INTO " + table + " (token_hash, " + ownerColumn + ", last_seen) VALUES (:t, :o, :now)")
                    .bind("t", Secrets.sha256(token)).bind("o", owner).bind("now", clock.millis()).execute();
        });
        return token;
    }

    /** Looks a session up and, while it is alive, extends it; an idle one is removed and reported expired. */
    public Lookup touch(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Lookup.UNKNOWN;
        String key = Secrets.sha256(token);
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            var row = h.createQuery("SELECT " + ownerColumn + " AS owner, last_seen FROM " + table + " WHERE token_hash = :t")
                    .bind("t", key)
                    .map((rs, c) -> new Object[] {rs.getString("owner"), rs.getLong("last_seen")})
                    .findOne();
            if (row.isEmpty()) return Lookup.UNKNOWN;
            String owner = (String) row.get()[0];
            if (now - (Long) row.get()[1] > IDLE_LIMIT.toMillis()) {
                h.createUpdate("DELETE FROM " + table + " WHERE token_hash = :t").bind("t", key).execute();
                return new Lookup(State.EXPIRED, Optional.of(owner));
            }
            h.createUpdate("UPDATE " + table + " SET last_seen = :now WHERE token_hash = :t").bind("t", key).bind("now", now).execute();
            return new Lookup(State.ACTIVE, Optional.of(owner));
        });
    }

    public void close(String token) {
        if (token == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE token_hash = :t").bind("t", Secrets.sha256(token)).execute());
    }
}
