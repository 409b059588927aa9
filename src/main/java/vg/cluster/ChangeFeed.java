package vg.cluster;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.db.Counters;
import vg.db.Engine;

/**
 * The changes table: every change other nodes must follow, written in the change's own transaction with a number from
 * {@link Counters}, so a follower that reads "everything after my cursor" never skips one. On PostgreSQL the same
 * transaction sends {@code NOTIFY vg_changes}, delivered at commit; it only wakes the followers up, who read the table.
 */
public final class ChangeFeed {
    public static final String CHANNEL = "vg_changes";

    private final Jdbi jdbi;
    private final Engine engine;
    private final NodeName node;
    private final Clock clock;

    public ChangeFeed(Jdbi jdbi, Engine engine, NodeName node, Clock clock) {
        this.jdbi = jdbi;
        this.engine = engine;
        this.node = node;
        this.clock = clock;
    }

    public NodeName node() {
        return node;
    }

    /** Records a change on the caller's handle; call it as the transaction's last write. Returns its number. */
    public long record(Handle h, ChangeKind kind, String subject) {
        long seq = Counters.next(h, Counters.CHANGES);
        h.createUpdate("INSERT INTO changes (seq, kind, subject, node, at) VALUES (:seq, :kind, :subject, :node, :at)")
                .bind("seq", seq).bind("kind", kind.code()).bind("subject", subject).bind("node", node.value())
                .bind("at", clock.millis()).execute();
        if (engine == Engine.POSTGRESQL) h.execute("NOTIFY " + CHANNEL);
        return seq;
    }

    /** The changes after {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> after(long seq, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, kind, subject, node, at FROM changes WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq).bind("limit", limit)
                .map((rs, c) -> new Change(rs.getLong("seq"), ChangeKind.fromCode(rs.getString("kind")), rs.getString("subject"),
                        rs.getString("node"), rs.getLong("at")))
                .list());
    }

    /** The number of the newest committed change (0 when there was none). */
    public long head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM counters WHERE name = :n")
                .bind("n", Counters.CHANGES).mapTo(Long.class).one());
    }

    /** Whether a node at {@code seq} can follow from here: it is at the head, or the feed still holds the next change. */
    public boolean holdsEverythingAfter(long seq) {
        return jdbi.withHandle(h -> seq == h.createQuery("SELECT value FROM counters WHERE name = :n")
                .bind("n", Counters.CHANGES).mapTo(Long.class).one()
                || h.createQuery("SELECT COUNT(*) FROM changes WHERE seq = :s").bind("s", seq + 1).mapTo(Long.class).one() > 0);
    }

    /** Forgets changes older than {@code before}; a node whose cursor is older rebuilds instead of following. */
    public int prune(long before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM changes WHERE at < :before").bind("before", before).execute());
    }
}
