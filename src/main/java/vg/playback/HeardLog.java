package vg.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.catalogue.CatalogueService;
import vg.catalogue.CatalogueService.IndexedChange;
import vg.common.ToneId;

/**
 * Records heard calls without slowing the switch's question: calls are queued in memory and written in one transaction
 * every {@link #FLUSH_MILLIS}, with the tones' play counts. A crash loses at most that much of heard history (never money).
 * Recent calls stay in memory too, so a * pressed right after the answer finds its call before the write.
 * The search index learns the new play counts every {@link #POPULARITY_MILLIS}: re-indexing every played tone four times
 * a second cost a quarter of the server's time under load, and a chart a few seconds behind is no loss.
 */
public final class HeardLog implements AutoCloseable {
    static final long FLUSH_MILLIS = 250;
    static final long POPULARITY_MILLIS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(HeardLog.class);

    private final Jdbi jdbi;
    private final CatalogueService catalogue;
    private final WeekPlays week;
    private final ConcurrentLinkedQueue<HeardCall> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, HeardCall> unwritten = new ConcurrentHashMap<>();
    /** A batch whose write failed, tried again first next time. */
    private final List<HeardCall> carried = new ArrayList<>();
    /** Tones whose play count changed since the index last heard of it. */
    private final java.util.Set<Long> played = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vg-heard-log");
        t.setDaemon(true);
        return t;
    });

    public HeardLog(Jdbi jdbi, CatalogueService catalogue, java.time.Clock clock, java.time.ZoneId zone) {
        this.jdbi = jdbi;
        this.catalogue = catalogue;
        this.week = new WeekPlays(jdbi, clock, zone);
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        flusher.scheduleWithFixedDelay(this::syncPopularityQuietly, POPULARITY_MILLIS, POPULARITY_MILLIS, TimeUnit.MILLISECONDS);
    }

    public void record(HeardCall call) {
        unwritten.put(call.callId(), call);
        pending.add(call);
    }

    public Optional<HeardCall> find(String callId) {
        HeardCall recent = unwritten.get(callId);
        if (recent != null) return Optional.of(recent);
        return jdbi.withHandle(h -> h.createQuery("SELECT call_id, caller, callee, tone_id, heard_at FROM heard WHERE call_id = :id")
                .bind("id", callId)
                .map((rs, c) -> new HeardCall(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .findOne());
    }

    /** Writes what is queued; the tones' play counts change their popularity, so the index follows. */
    public synchronized int flush() {
        List<HeardCall> batch = new ArrayList<>(carried);
        carried.clear();
        for (HeardCall c; (c = pending.poll()) != null; ) batch.add(c);
        if (batch.isEmpty()) return 0;
        try {
            write(batch);
        } catch (RuntimeException e) {
            carried.addAll(batch);
            throw e;
        }
        batch.forEach(c -> unwritten.remove(c.callId()));
        return batch.size();
    }

    private void write(List<HeardCall> batch) {
        // in tone order, so two nodes flushing at once lock the tones' rows in the same order and never deadlock
        Map<Long, Integer> plays = new java.util.TreeMap<>();
        batch.forEach(c -> plays.merge(c.toneId(), 1, Integer::sum));
        jdbi.useTransaction(h -> {
            var insert = h.prepareBatch("INSERT INTO heard (call_id, caller, callee, tone_id, heard_at)"
                    + " VALUES (:id, :caller, :callee, :tone, :at) ON CONFLICT (call_id) DO NOTHING");
            for (HeardCall c : batch)
                insert.bind("id", c.callId()).bind("caller", c.caller()).bind("callee", c.callee()).bind("tone", c.toneId())
                        .bind("at", c.at()).add();
            insert.execute();
            var count = h.prepareBatch("UPDATE tones SET play_count = play_count + :n WHERE id = :id");
            plays.forEach((tone, n) -> count.bind("n", n).bind("id", tone).add());
            count.execute();
            // the batch is a quarter of a second: its plays count for the day its last call was on
            week.add(h, batch.get(batch.size() - 1).at(), plays);
        });
        played.addAll(plays.keySet());
    }

    /**
     * Brings the index's popularity of the tones played lately in line with their counts in the database, and, on a
     * new day, the week's plays of the tones whose oldest day just left the week.
     */
    public void syncPopularity() {
        played.addAll(week.rollIfNewDay());
        List<ToneId> tones = new ArrayList<>();
        for (Long id : List.copyOf(played)) {
            played.remove(id);
            tones.add(ToneId.of(id));
        }
        if (tones.isEmpty()) return;
        try {
            catalogue.changeTones(tones, () -> new IndexedChange<>(tones.size(),
                    Optional.of(jdbi.inTransaction(h -> catalogue.recordChange(h, tones)))));
        } catch (RuntimeException e) {
            tones.forEach(t -> played.add(t.value()));
            throw e;
        }
    }

    private void syncPopularityQuietly() {
        try {
            syncPopularity();
        } catch (RuntimeException e) {
            log.error("the popularity of played tones could not reach the search index; the next round tries again", e);
        }
    }

    /** Flushes before a read; if the write fails now, the read answers from what is written and the next round retries. */
    public void flushForReading() {
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("heard calls could not be written; they are kept for the next round", e);
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
        syncPopularityQuietly();
    }
}
