package vg.playback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The plays of the last seven of the operator's days, per tone ({@code tones.week_plays}, for «Популярное за неделю»):
 * each flush adds its plays to the day they happened on, and when a day leaves the week the tones played on it are
 * summed again. Summing again is the same on every node and after any restart, so several nodes may all do it.
 */
final class WeekPlays {
    static final int DAYS = 7;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private LocalDate summedFor;

    WeekPlays(Jdbi jdbi, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
    }

    /** Adds {@code plays} (tone to count) heard at {@code at}, inside the flush's transaction; tones in id order. */
    void add(Handle h, long at, Map<Long, Integer> plays) {
        String day = LocalDate.ofInstant(Instant.ofEpochMilli(at), zone).toString();
        var daily = h.prepareBatch("INSERT INTO tone_plays_daily (tone_id, day, plays) VALUES (:id, :day, :n)"
                + " ON CONFLICT (tone_id, day) DO UPDATE SET plays = tone_plays_daily.plays + excluded.plays");
        var week = h.prepareBatch("UPDATE tones SET week_plays = week_plays + :n WHERE id = :id");
        plays.forEach((tone, n) -> {
            daily.bind("id", tone).bind("day", day).bind("n", n).add();
            week.bind("id", tone).bind("n", n).add();
        });
        daily.execute();
        week.execute();
    }

    /**
     * Once a day (and at the first call after a start): sums the week again for the tones with plays on days that have
     * left it, and deletes those days, which no week needs any more; returns the tones, for the index to follow.
     */
    synchronized List<Long> rollIfNewDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (today.equals(summedFor)) return List.of();
        String since = today.minusDays(DAYS - 1L).toString();
        List<Long> tones = jdbi.inTransaction(h -> {
            List<Long> left = h.createQuery("SELECT DISTINCT tone_id FROM tone_plays_daily WHERE day < :since ORDER BY tone_id")
                    .bind("since", since).mapTo(Long.class).list();
            var sum = h.prepareBatch("UPDATE tones SET week_plays = (SELECT COALESCE(SUM(d.plays), 0) FROM tone_plays_daily d"
                    + " WHERE d.tone_id = :id AND d.day >= :since) WHERE id = :id");
            for (long id : left) sum.bind("id", id).bind("since", since).add();
            if (!left.isEmpty()) sum.execute();
            h.createUpdate("DELETE FROM tone_plays_daily WHERE day < :since").bind("since", since).execute();
            return left;
        });
        summedFor = today;
        return tones;
    }
}
