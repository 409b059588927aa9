package vg.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.common.PhoneNumber;
import vg.db.Engine;

/** The sms_outbox table: SMS waiting to go out, oldest first, and what became of them. */
public final class SmsOutbox {
    private static final String COLUMNS = "id, to_phone, sender, text, created_at";

    /** How long a claim keeps other nodes off an SMS: far longer than handing a batch to the SMSC takes. */
    static final long CLAIM_MILLIS = 60_000;

    private final Jdbi jdbi;
    private final OutboxCipher cipher;
    private final Engine engine;
    private final String node;

    /** The outbox of a single node on SQLite. */
    public SmsOutbox(Jdbi jdbi, OutboxCipher cipher) {
        this(jdbi, cipher, Engine.SQLITE, "local");
    }

    public SmsOutbox(Jdbi jdbi, OutboxCipher cipher, Engine engine, String node) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.engine = engine;
        this.node = node;
    }

    /** Queues an SMS on the caller's handle, so it is sent only if the caller's transaction commits. */
    public long enqueue(Handle h, PhoneNumber to, String from, String text, long now) {
        if (from == null || from.isBlank()) throw new IllegalArgumentException("an SMS needs a sender");
        if (text == null) throw new IllegalArgumentException("an SMS needs a text");
        return h.createUpdate("INSERT INTO sms_outbox (to_phone, sender, text, created_at) VALUES (:to, :from, :text, :now)")
                .bind("to", to.digits()).bind("from", from).bind("text", cipher.seal(text)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** How many SMS wait to be sent (neither sent nor refused for good), on every node. */
    public int waiting() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sms_outbox WHERE sent_at IS NULL AND rejected_at IS NULL")
                .mapTo(Integer.class).one());
    }

    /** Unsent, unrejected SMS in the order they were queued. */
    public List<OutgoingSms> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sms_outbox"
                        + " WHERE sent_at IS NULL AND rejected_at IS NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> sms(rs)).list());
    }

    /**
     * Claims up to {@code limit} unsent SMS for this node, oldest first, and returns them. Nodes claiming at once get
     * different ones; a claim runs out after {@link #CLAIM_MILLIS}, so the SMS of a node that died go out from another.
     * This node takes back its own claims at once (it was restarted).
     */
    public List<OutgoingSms> claim(int limit, long now) {
        return jdbi.inTransaction(h -> h.createQuery("UPDATE sms_outbox SET claimed_by = :node, claimed_until = :until"
                        + " WHERE id IN (SELECT id FROM sms_outbox WHERE sent_at IS NULL AND rejected_at IS NULL"
                        + " AND (claimed_until IS NULL OR claimed_until < :now OR claimed_by = :node)"
                        + " ORDER BY id LIMIT :limit" + engine.skipLocked() + ")"
                        + " RETURNING " + COLUMNS)
                .bind("node", node).bind("until", now + CLAIM_MILLIS).bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> sms(rs)).list())
                .stream().sorted(java.util.Comparator.comparingLong(OutgoingSms::id)).toList();
    }

    /** SMS already handed over, in the order they were queued. */
    public List<OutgoingSms> sent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sms_outbox"
                        + " WHERE sent_at IS NOT NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> sms(rs)).list());
    }

    public Optional<OutboxEntry> entry(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", sent_at, attempts, last_error, rejected_at"
                        + " FROM sms_outbox WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new OutboxEntry(sms(rs), optionalLong(rs, "sent_at"), rs.getInt("attempts"),
                        rs.getString("last_error"), optionalLong(rs, "rejected_at")))
                .findOne());
    }

    public void markSent(long id, long now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sms_outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
                .bind("id", id).bind("now", now).execute());
    }

    /** Counts an attempt that did not get through; the SMS stays pending. */
    public void markFailedAttempt(long id, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sms_outbox SET attempts = attempts + 1, last_error = :e WHERE id = :id")
                .bind("id", id).bind("e", error).execute());
    }

    /** The SMSC refused the SMS for good: it is kept for the record but no longer sent. */
    public void markRejected(long id, String error, long now) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE sms_outbox SET attempts = attempts + 1, last_error = :e, rejected_at = :now WHERE id = :id")
                .bind("id", id).bind("e", error).bind("now", now).execute());
    }

    private OutgoingSms sms(ResultSet rs) throws SQLException {
        return new OutgoingSms(rs.getLong("id"), new PhoneNumber(rs.getString("to_phone")), rs.getString("sender"),
                cipher.open(rs.getString("text")), rs.getLong("created_at"));
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
