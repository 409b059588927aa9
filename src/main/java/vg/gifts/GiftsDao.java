package vg.gifts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vg.common.PhoneNumber;

/** The gifts table; reads name the subscriber, so each side sees only its own gifts. */
public final class GiftsDao {
    public record Row(long id, String giver, String recipient, long toneId, String status, long createdAt, Long answeredAt,
                      String title, String artist, long price) {
    }

    private static final String SELECT = "SELECT g.id, g.giver, g.recipient, g.tone_id, g.status, g.created_at, g.answered_at,"
            + " t.title, t.artist, t.price FROM gifts g JOIN tones t ON t.id = g.tone_id";

    /** Pending gifts older than {@code cutoff} become expired; run before gifts are read or answered. */
    public void expire(Handle h, long cutoff, long now) {
        h.createUpdate("UPDATE gifts SET status = 'expired', answered_at = :now WHERE status = 'pending' AND created_at < :cutoff")
                .bind("cutoff", cutoff).bind("now", now).execute();
    }

    public long insert(Handle h, PhoneNumber giver, PhoneNumber recipient, long toneId, long now) {
        return h.createUpdate("INSERT INTO gifts (giver, recipient, tone_id, status, created_at) VALUES (:g, :r, :t, 'pending', :now)")
                .bind("g", giver.digits()).bind("r", recipient.digits()).bind("t", toneId).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public boolean pendingExists(Handle h, PhoneNumber giver, PhoneNumber recipient, long toneId) {
        return h.createQuery("SELECT COUNT(*) FROM gifts WHERE giver = :g AND recipient = :r AND tone_id = :t AND status = 'pending'")
                .bind("g", giver.digits()).bind("r", recipient.digits()).bind("t", toneId).mapTo(Integer.class).one() > 0;
    }

    public List<Row> incoming(Handle h, PhoneNumber me) {
        return h.createQuery(SELECT + " WHERE g.recipient = :p ORDER BY g.id DESC").bind("p", me.digits()).map((rs, c) -> row(rs)).list();
    }

    public List<Row> outgoing(Handle h, PhoneNumber me) {
        return h.createQuery(SELECT + " WHERE g.giver = :p ORDER BY g.id DESC").bind("p", me.digits()).map((rs, c) -> row(rs)).list();
    }

    public Optional<Row> incomingOne(Handle h, PhoneNumber me, long id) {
        return h.createQuery(SELECT + " WHERE g.recipient = :p AND g.id = :id").bind("p", me.digits()).bind("id", id)
                .map((rs, c) -> row(rs)).findOne();
    }

    public Optional<Row> one(Handle h, long id) {
        return h.createQuery(SELECT + " WHERE g.id = :id").bind("id", id).map((rs, c) -> row(rs)).findOne();
    }

    /** Answers a pending gift; false when it was no longer pending (answered twice, or expired meanwhile). */
    public boolean answer(Handle h, long id, String status, long now) {
        return h.createUpdate("UPDATE gifts SET status = :s, answered_at = :now WHERE id = :id AND status = 'pending'")
                .bind("id", id).bind("s", status).bind("now", now).execute() == 1;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long answered = rs.getLong("answered_at");
        Long answeredAt = rs.wasNull() ? null : answered;
        return new Row(rs.getLong("id"), rs.getString("giver"), rs.getString("recipient"), rs.getLong("tone_id"),
                rs.getString("status"), rs.getLong("created_at"), answeredAt, rs.getString("title"), rs.getString("artist"),
                rs.getLong("price"));
    }
}
