package vg.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.common.PhoneNumber;

/** The sms_outbox table: SMS waiting to go out, oldest first, and what became of them. */
public final class SmsOutbox {
    private static final String COLUMNS = "id, to_phone, sender, text, created_at";

    private final Jdbi jdbi;
    private final OutboxCipher cipher;

    public SmsOutbox(Jdbi jdbi, OutboxCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    /** Queues an SMS on the caller's handle, so it is sent only if the caller's transaction commits. */
    public long enqueue(Handle h, PhoneNumber to, String from, String text, long now) {
        if (from == null || from.isBlank()) throw new IllegalArgumentException("an SMS needs a sender");
        if (text == null) throw new IllegalArgumentException("an SMS needs a text");
        return h.createUpdate("INSERT INTO sms_outbox (to_phone, sender, text, created_at) VALUES (:to, :from, :text, :now)")
                .bind("to", to.digits()).bind("from", from).bind("text", cipher.seal(text)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Unsent, unrejected SMS in the order they were queued. */
    public List<OutgoingSms> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sms_outbox"
                        + " WHERE sent_at IS NULL AND rejected_at IS NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> sms(rs)).list());
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
