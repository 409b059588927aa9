package vg.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.db.Database;

/**
 * LISTENs on PostgreSQL for {@link ChangeFeed#CHANNEL} on a connection of its own and wakes the follower on each
 * notification and after every (re)connect. Notifications sent while it is away are lost, which is why the follower
 * also reads the feed on a timer and after a reconnect; this only makes the common case fast.
 */
public final class ChangeWakeups implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangeWakeups.class);
    private static final int WAIT_MS = 500;

    private final Database database;
    private final FeedFollower follower;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    public ChangeWakeups(Database database, FeedFollower follower) {
        this.database = database;
        this.follower = follower;
        this.thread = new Thread(this::run, "vg-feed-listener");
        thread.setDaemon(true);
    }

    public ChangeWakeups start() {
        thread.start();
        return this;
    }

    private void run() {
        boolean lost = false;
        while (running) {
            try (Connection c = database.dedicatedConnection()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                if (lost) log.info("listening for changes again");
                lost = false;
                follower.wake(); // whatever was sent while away
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MS);
                    if (arrived != null && arrived.length > 0) follower.wake();
                }
            } catch (SQLException e) {
                if (!running) return;
                if (!lost) log.warn("lost the change listener's connection, reconnecting: {}", e.getMessage());
                lost = true;
                sleep(1_000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c = connection;
        if (thread.isAlive() && c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
