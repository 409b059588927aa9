package vg.mytones;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vg.common.PhoneNumber;
import vg.common.ToneId;

/** The subscriber_tones table and the default tone; every method joins the caller's transaction. */
public final class MyTonesDao {

    /** One of the subscriber's tones with what the cabinet shows of it, read in one query. */
    public record Owned(long toneId, long addedAt, String title, String artist, String themeId, String kind, long durationMs,
                        long price, boolean published, boolean isDefault) {
    }

    public List<Owned> list(Handle h, PhoneNumber phone) {
        return h.createQuery("""
                        SELECT st.tone_id, st.added_at, t.title, t.artist, t.theme_id, t.kind, COALESCE(t.duration_ms, 0) AS duration_ms,
                               t.price, t.status = 'published' AS published, COALESCE(s.default_tone_id = st.tone_id, FALSE) AS is_default
                        FROM subscriber_tones st
                        JOIN tones t ON t.id = st.tone_id
                        JOIN subscribers s ON s.phone = st.phone
                        WHERE st.phone = :p ORDER BY st.added_at DESC, st.tone_id DESC""")
                .bind("p", phone.digits())
                .map((rs, c) -> new Owned(rs.getLong("tone_id"), rs.getLong("added_at"), rs.getString("title"), rs.getString("artist"),
                        rs.getString("theme_id"), rs.getString("kind"), rs.getLong("duration_ms"), rs.getLong("price"),
                        rs.getBoolean("published"), rs.getBoolean("is_default")))
                .list();
    }

    public boolean owns(Handle h, PhoneNumber phone, ToneId tone) {
        return h.createQuery("SELECT COUNT(*) FROM subscriber_tones WHERE phone = :p AND tone_id = :t")
                .bind("p", phone.digits()).bind("t", tone.value()).mapTo(Integer.class).one() > 0;
    }

    /** Adds the tone unless the subscriber has it already; true when it was added now. */
    public boolean add(Handle h, PhoneNumber phone, ToneId tone, long now) {
        boolean added = h.createUpdate("INSERT INTO subscriber_tones (phone, tone_id, added_at) VALUES (:p, :t, :now) ON CONFLICT (phone, tone_id) DO NOTHING")
                .bind("p", phone.digits()).bind("t", tone.value()).bind("now", now).execute() == 1;
        if (added) h.createUpdate("UPDATE tones SET owner_count = owner_count + 1 WHERE id = :t").bind("t", tone.value()).execute();
        return added;
    }

    /** Removes the tone, the rules that used it and, if it was the default, the default; true when it was there. */
    public boolean remove(Handle h, PhoneNumber phone, ToneId tone) {
        boolean removed = h.createUpdate("DELETE FROM subscriber_tones WHERE phone = :p AND tone_id = :t")
                .bind("p", phone.digits()).bind("t", tone.value()).execute() == 1;
        if (!removed) return false;
        h.createUpdate("UPDATE tones SET owner_count = CASE WHEN owner_count > 0 THEN owner_count - 1 ELSE 0 END WHERE id = :t").bind("t", tone.value()).execute();
        h.createUpdate("DELETE FROM rules WHERE phone = :p AND id IN (SELECT rule_id FROM rule_tones WHERE tone_id = :t)")
                .bind("p", phone.digits()).bind("t", tone.value()).execute();
        h.createUpdate("UPDATE subscribers SET default_tone_id = NULL WHERE phone = :p AND default_tone_id = :t")
                .bind("p", phone.digits()).bind("t", tone.value()).execute();
        return true;
    }

    public void setDefault(Handle h, PhoneNumber phone, Optional<ToneId> tone, long now) {
        h.createUpdate("UPDATE subscribers SET default_tone_id = :t, updated_at = :now WHERE phone = :p")
                .bind("p", phone.digits()).bind("t", tone.map(ToneId::value).orElse(null)).bind("now", now).execute();
    }
}
