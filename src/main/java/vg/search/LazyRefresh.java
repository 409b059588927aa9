package vg.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reopens a reader only when it is read after a change, instead of after every change. Opening a near-real-time
 * reader writes out a segment, which costs more than the change itself; done lazily, a burst of changes costs one
 * reopen, paid by the first reader, and none while nobody reads. Every change recorded before
 * {@link #awaitFresh()} is called is visible once it returns, whichever thread recorded it.
 */
final class LazyRefresh {
    interface Reopen {
        void run() throws IOException;
    }

    private final Reopen reopen;
    private final AtomicLong changes = new AtomicLong();
    private final Object reopening = new Object();
    private volatile long covered;

    LazyRefresh(Reopen reopen) {
        this.reopen = reopen;
    }

    /** Records a change, after it was made to the writer; returns its number, counting from 1. */
    long changed() {
        return changes.incrementAndGet();
    }

    /** The number of the last change that readers are known to see. */
    long covered() {
        return covered;
    }

    /** Reopens unless readers already see every change recorded so far. */
    void awaitFresh() throws IOException {
        long wanted = changes.get();
        if (covered >= wanted) return;
        synchronized (reopening) {
            if (covered >= wanted) return; // another reader reopened meanwhile
            long upTo = changes.get(); // read before reopening: the reopen includes every change counted so far
            reopen.run();
            covered = upTo;
        }
    }
}
