package vg.subscriber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vg.common.PhoneNumber;
import vg.common.ToneId;

/** The subscribers table and failed logins. Every method takes the caller's handle, so it joins the caller's transaction. */
public final class SubscriberDao {
    private static final String COLUMNS =
            "phone, status, corporate, password_hash, connected_at, first_visit_at, billed_from_day, default_tone_id";

    public Optional<Subscriber> find(Handle h, PhoneNumber phone) {
        return h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE phone = :p")
                .bind("p", phone.digits()).map((rs, c) -> subscriberOf(rs)).findOne();
    }

    /** Active subscribers past their first visit who have no subscription charge for {@code today} yet. */
    public List<PhoneNumber> billable(Handle h, java.time.LocalDate today) {
        return h.createQuery("""
                        SELECT s.phone FROM subscribers s
                        WHERE s.status = 'active' AND s.billed_from_day IS NOT NULL AND NOT EXISTS (
                            SELECT 1 FROM charges c WHERE c.phone = s.phone AND c.kind = 'subscription' AND c.day = :today)
                        ORDER BY s.phone""")
                .bind("today", today.toString())
                .map((rs, c) -> new PhoneNumber(rs.getString(1))).list();
    }

    public void insert(Handle h, PhoneNumber phone, String passwordHash, long now) {
        h.createUpdate("""
                        INSERT INTO subscribers (phone, status, corporate, password_hash, connected_at, updated_at)
                        VALUES (:p, 'active', FALSE, :h, :now, :now)""")
                .bind("p", phone.digits()).bind("h", passwordHash).bind("now", now).execute();
    }

    public void setPassword(Handle h, PhoneNumber phone, String passwordHash, long now) {
        h.createUpdate("UPDATE subscribers SET password_hash = :h, updated_at = :now WHERE phone = :p")
                .bind("p", phone.digits()).bind("h", passwordHash).bind("now", now).execute();
    }

    /** Changes the status; {@code billedFrom} is the new start of billing (kept as it is when empty). */
    public void setStatus(Handle h, PhoneNumber phone, SubscriberStatus status, Optional<LocalDate> billedFrom, long now) {
        h.createUpdate("UPDATE subscribers SET status = :s, billed_from_day = COALESCE(:from, billed_from_day),"
                        + " updated_at = :now WHERE phone = :p")
                .bind("p", phone.digits()).bind("s", status.code()).bind("from", billedFrom.map(LocalDate::toString).orElse(null))
                .bind("now", now).execute();
    }

    public void setConnectedAt(Handle h, PhoneNumber phone, long at) {
        h.createUpdate("UPDATE subscribers SET connected_at = :at WHERE phone = :p").bind("p", phone.digits()).bind("at", at).execute();
    }

    /** Records the first visit if there was none and the service is active; true only for the request that recorded it. */
    public boolean recordFirstVisit(Handle h, PhoneNumber phone, long now, LocalDate today) {
        return h.createUpdate("""
                        UPDATE subscribers SET first_visit_at = :now, billed_from_day = :today, updated_at = :now
                        WHERE phone = :p AND first_visit_at IS NULL AND status = 'active'""")
                .bind("p", phone.digits()).bind("now", now).bind("today", today.toString()).execute() == 1;
    }

    public boolean setCorporate(Handle h, PhoneNumber phone, boolean corporate, long now) {
        return h.createUpdate("UPDATE subscribers SET corporate = :c, updated_at = :now WHERE phone = :p")
                .bind("p", phone.digits()).bind("c", corporate).bind("now", now).execute() == 1;
    }

    private static Subscriber subscriberOf(ResultSet rs) throws SQLException {
        long firstVisit = rs.getLong("first_visit_at");
        boolean noFirstVisit = rs.wasNull();
        long tone = rs.getLong("default_tone_id");
        boolean noTone = rs.wasNull();
        return new Subscriber(new PhoneNumber(rs.getString("phone")), SubscriberStatus.fromCode(rs.getString("status")),
                rs.getBoolean("corporate"), Optional.ofNullable(rs.getString("password_hash")), rs.getLong("connected_at"),
                noFirstVisit ? Optional.empty() : Optional.of(firstVisit),
                Optional.ofNullable(rs.getString("billed_from_day")).map(LocalDate::parse),
                noTone ? Optional.empty() : Optional.of(ToneId.of(tone)));
    }
}
