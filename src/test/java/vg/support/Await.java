package vg.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds, as a client following an asynchronous job would. */
public final class Await {
    private Await() {
    }

    public static <T> T until(Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) throw new AssertionError("not reached within " + limit + "; last seen: " + last);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
