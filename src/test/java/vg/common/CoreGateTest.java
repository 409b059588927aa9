package vg.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate in front of bcrypt: every core while the switch is quiet, one fewer while it asks, first come first served. */
class CoreGateTest {
    /** Starts {@code n} pieces of work that hold the gate until released; returns how many got in at most. */
    private static int mostAtOnce(CoreGate gate, int n, CountDownLatch release) throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                gate.enter();
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                } finally {
                    inside.decrementAndGet();
                    gate.leave();
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(300);
        int seen = most.get();
        release.countDown();
        for (Thread t : threads) t.join(5_000);
        return seen;
    }

    @Test
    void everyCoreRunsWorkWhileTheSwitchIsQuiet() throws InterruptedException {
        assertThat(mostAtOnce(new CoreGate(3, () -> false), 6, new CountDownLatch(1))).isEqualTo(3);
    }

    @Test
    void oneCoreIsKeptWhileTheSwitchAsks() throws InterruptedException {
        assertThat(mostAtOnce(new CoreGate(3, () -> true), 6, new CountDownLatch(1))).isEqualTo(2);
        assertThat(mostAtOnce(new CoreGate(1, () -> true), 3, new CountDownLatch(1))).isEqualTo(1);
    }

    @Test
    void theKeptCoreIsGivenBackWhenTheSwitchFallsQuiet() throws InterruptedException {
        AtomicBoolean asking = new AtomicBoolean(true);
        CoreGate gate = new CoreGate(2, asking::get);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                gate.enter();
                inside.incrementAndGet();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                } finally {
                    gate.leave();
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(200);
        assertThat(inside.get()).isEqualTo(1);
        asking.set(false);
        Thread.sleep(200);
        assertThat(inside.get()).isEqualTo(2);
        release.countDown();
        for (Thread t : threads) t.join(5_000);
    }

    @Test
    void waitersGoInTheOrderTheyCame() throws InterruptedException {
        CoreGate gate = new CoreGate(1, () -> false);
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        gate.enter();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int me = i;
            Thread t = new Thread(() -> {
                gate.enter();
                order.add(me);
                gate.leave();
            });
            t.start();
            threads.add(t);
            Thread.sleep(50); // so each has taken its ticket before the next comes
        }
        gate.leave();
        for (Thread t : threads) t.join(5_000);
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }
}
