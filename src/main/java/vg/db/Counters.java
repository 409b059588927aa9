package vg.db;

import org.jdbi.v3.core.Handle;

/**
 * Gap-free numbers handed out in commit order, for feeds that readers follow by "everything after n". The increment
 * locks the counter's row until the writing transaction ends, so the next writer waits and takes the next number only
 * after this one is visible. Take a number as the last write of a transaction, to hold the lock briefly.
 */
public final class Counters {
    public static final String CHANGES = "changes";
    public static final String BILLING_EVENTS = "billing_events";

    private Counters() {
    }

    public static long next(Handle h, String name) {
        return h.createQuery("UPDATE counters SET value = value + 1 WHERE name = :n RETURNING value")
                .bind("n", name).mapTo(Long.class).one();
    }
}
