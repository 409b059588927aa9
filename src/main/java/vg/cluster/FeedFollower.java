package vg.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's plans and index up with the change feed, from its own cursor: at start, whenever woken (a
 * PostgreSQL notification, a reconnect) and on a short timer, so a lost wake-up delays a change and never loses it.
 * The changes after the cursor are applied in order; a gap in front of them means the feed was pruned past this node,
 * which then rebuilds what it holds. The same thread prunes old changes now and then (any node may; deleting twice is
 * harmless).
 */
public final class FeedFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);
    private static final int BATCH = 500;
    static final Duration RETENTION = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final ChangeFeed feed;
    private final FollowedState state;
    private final Clock clock;
    private final Duration poll;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile long cursor;
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private long nextPrune;
    private boolean failing;

    /** {@code cursor}: the change this node's state already reflects. */
    public FeedFollower(ChangeFeed feed, FollowedState state, long cursor, Clock clock, Duration poll) {
        this.feed = feed;
        this.state = state;
        this.cursor = cursor;
        this.clock = clock;
        this.poll = poll;
        this.thread = new Thread(this::run, "vg-feed-follower");
        thread.setDaemon(true);
    }

    /** Catches up once on the caller's thread (a node answers only once it has), then follows in the background. */
    public FeedFollower start() {
        followOnce();
        caughtUp = true;
        nextPrune = clock.millis();
        thread.start();
        return this;
    }

    public void wake() {
        wake.release();
    }

    /** Whether the node has applied the feed as far as it stood at start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public long cursor() {
        return cursor;
    }

    private void run() {
        while (running) {
            try {
                if (wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (!running) return;
            try {
                followOnce();
                pruneNowAndThen();
                if (failing) log.info("following the change feed again from #{}", cursor);
                failing = false;
            } catch (RuntimeException e) {
                // the database is away: try again at the next tick; the cursor has not moved past anything unapplied
                if (!failing) log.warn("cannot read the change feed, trying again: {}", e.toString());
                failing = true;
            }
        }
    }

    /** Applies every change after the cursor, in order. */
    void followOnce() {
        while (true) {
            long head = feed.head();
            if (head <= cursor) return;
            List<Change> batch = feed.after(cursor, BATCH);
            if (batch.isEmpty() || batch.get(0).seq() != cursor + 1) {
                log.info("the change feed no longer holds change #{} (head #{}): rebuilding plans and index", cursor + 1, head);
                state.rebuild(head);
                cursor = head;
                return;
            }
            for (Change c : batch) {
                switch (c.kind()) {
                    case PLAN -> state.planChanged(c.subject());
                    case TONE -> state.toneChanged(Long.parseLong(c.subject()), c.seq());
                }
            }
            long last = batch.get(batch.size() - 1).seq();
            state.followedUpTo(last);
            cursor = last;
        }
    }

    private void pruneNowAndThen() {
        long now = clock.millis();
        if (now < nextPrune) return;
        nextPrune = now + PRUNE_EVERY.toMillis();
        int pruned = feed.prune(now - RETENTION.toMillis());
        if (pruned > 0) log.debug("pruned {} changes older than {}", pruned, RETENTION);
    }

    @Override
    public void close() {
        running = false;
        wake.release();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
