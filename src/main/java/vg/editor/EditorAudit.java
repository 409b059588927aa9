package vg.editor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vg.common.ToneId;

/** The audit trail of the editor's desk: every action, when, on which tone and from which address. */
public final class EditorAudit {
    private final Jdbi jdbi;
    private final Clock clock;

    public EditorAudit(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** One entry of the trail; {@code at} in epoch milliseconds. */
    public record Entry(long at, EditorAction action, Optional<ToneId> toneId, String from) {
    }

    public void record(EditorAction action, Optional<ToneId> toneId, String from) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO editor_audit (at, action, tone_id, from_addr) VALUES (:at, :action, :tone, :from)")
                .bind("at", clock.millis()).bind("action", action.code())
                .bind("tone", toneId.map(ToneId::value).orElse(null)).bind("from", from == null ? "" : from)
                .execute());
    }

    /** A page of the trail, newest first. */
    public List<Entry> newestFirst(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT at, action, tone_id, from_addr FROM editor_audit
                        ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, c) -> {
                    long tone = rs.getLong("tone_id");
                    Optional<ToneId> toneId = rs.wasNull() ? Optional.empty() : Optional.of(ToneId.of(tone));
                    return new Entry(rs.getLong("at"), action(rs.getString("action")), toneId, rs.getString("from_addr"));
                }).list());
    }

    private static EditorAction action(String code) {
        for (EditorAction a : EditorAction.values()) if (a.code().equals(code)) return a;
        throw new IllegalStateException("unknown editor action in the audit trail: " + code);
    }
}
