package vg.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.db.Database;
import vg.support.Await;
import vg.support.MutableClock;
import vg.support.TestDb;

/** The feed on this run's engine: numbers without gaps, a follower that applies them in order, and a pruned feed. */
class ChangeFeedTest {
    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC);
    ChangeFeed feed;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        feed = new ChangeFeed(db.jdbi(), db.engine(), new NodeName("test"), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** What the follower was told, in order. */
    static final class Recorded implements FollowedState {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void planChanged(String phone) {
            calls.add("plan " + phone);
        }

        @Override
        public void toneChanged(long toneId, long seq) {
            calls.add("tone " + toneId + " #" + seq);
        }

        @Override
        public void followedUpTo(long seq) {
            calls.add("up to #" + seq);
        }

        @Override
        public void rebuild(long seq) {
            calls.add("rebuild #" + seq);
        }
    }

    @Test
    void writersAtOnceGetNumbersWithoutGapsAndARolledBackChangeTakesNone() throws Exception {
        long start = feed.head();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int writer = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    String phone = "912000" + writer + String.format("%03d", i);
                    db.jdbi().useTransaction(h -> feed.record(h, ChangeKind.PLAN, phone));
                }
            }));
        }
        try {
            db.jdbi().useTransaction(h -> {
                feed.record(h, ChangeKind.TONE, "1");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change and its number go together
        }
        for (Future<?> w : writers) w.get();
        pool.shutdown();
        List<Change> all = feed.after(start, 1000);
        assertThat(all).hasSize(200);
        for (int i = 0; i < all.size(); i++) assertThat(all.get(i).seq()).isEqualTo(start + i + 1);
        assertThat(feed.head()).isEqualTo(start + 200);
        assertThat(all).allMatch(c -> c.kind() == ChangeKind.PLAN && c.node().equals("test"));
    }

    @Test
    void theFollowerAppliesChangesInOrderFromItsCursorAndIsWokenForNewOnes() {
        long start = feed.head();
        db.jdbi().useTransaction(h -> {
            feed.record(h, ChangeKind.PLAN, "9120000001");
            feed.record(h, ChangeKind.TONE, "7");
        });
        Recorded state = new Recorded();
        try (FeedFollower follower = new FeedFollower(feed, state, start, Clock.systemUTC(), Duration.ofSeconds(30)).start()) {
            assertThat(follower.caughtUp()).isTrue();
            assertThat(state.calls).containsExactly("plan 9120000001", "tone 7 #" + (start + 2), "up to #" + (start + 2));
            db.jdbi().useTransaction(h -> feed.record(h, ChangeKind.TONE, "8"));
            follower.wake();
            Await.until(Duration.ofSeconds(5), () -> List.copyOf(state.calls), c -> c.size() == 5);
            assertThat(state.calls.subList(3, 5)).containsExactly("tone 8 #" + (start + 3), "up to #" + (start + 3));
        }
    }

    @Test
    void aNodeWhoseCursorThePrunedFeedNoLongerReachesRebuildsWhatItHolds() {
        long start = feed.head();
        db.jdbi().useTransaction(h -> feed.record(h, ChangeKind.PLAN, "9120000001"));
        clock.advance(FeedFollower.RETENTION.plusMinutes(1));
        db.jdbi().useTransaction(h -> feed.record(h, ChangeKind.PLAN, "9120000002"));
        assertThat(feed.prune(clock.millis() - FeedFollower.RETENTION.toMillis())).isEqualTo(1);
        assertThat(feed.holdsEverythingAfter(start)).isFalse();
        assertThat(feed.holdsEverythingAfter(start + 1)).isTrue();

        Recorded state = new Recorded();
        try (FeedFollower follower = new FeedFollower(feed, state, start, clock, Duration.ofSeconds(30)).start()) {
            assertThat(state.calls).containsExactly("rebuild #" + (start + 2));
            assertThat(follower.cursor()).isEqualTo(start + 2);
        }
    }
}
