package vg.rtp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One pacing thread and its share of the streams. It wakes on an absolute 20 ms grid (deadline + period, never
 * now + period, so it does not drift) and sends each of its streams one packet. If it wakes more than a period late
 * it skips the ticks it missed instead of sending them in a burst.
 */
final class RtpSender implements Runnable {
    static final long PERIOD_NANOS = 20_000_000L;

    private final RtpEngine engine;
    private final RtpCounters counters;
    private final long phaseNanos;
    private final ConcurrentLinkedQueue<RtpStream> joining = new ConcurrentLinkedQueue<>();
    private final List<RtpStream> streams = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicInteger size = new AtomicInteger();

    RtpSender(RtpEngine engine, RtpCounters counters, int index, int of) {
        this.engine = engine;
        this.counters = counters;
        this.phaseNanos = PERIOD_NANOS * index / of;
        this.thread = new Thread(this, "vg-rtp-sender-" + index);
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    void start() {
        thread.start();
    }

    void add(RtpStream stream) {
        size.incrementAndGet();
        joining.add(stream);
    }

    int size() {
        return size.get();
    }

    @Override
    public void run() {
        long next = System.nanoTime() + phaseNanos;
        while (running) {
            for (long wait; (wait = next - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
            for (RtpStream s; (s = joining.poll()) != null; ) streams.add(s);
            for (int i = 0; i < streams.size(); ) {
                RtpStream s = streams.get(i);
                if (s.stopped()) {
                    streams.set(i, streams.get(streams.size() - 1));
                    streams.remove(streams.size() - 1);
                    size.decrementAndGet();
                    engine.finish(s);
                    continue;
                }
                long late = System.nanoTime() - next;
                try {
                    s.sendNext();
                    counters.sent(late);
                } catch (IOException e) {
                    counters.sendFailed();
                }
                i++;
            }
            next += PERIOD_NANOS;
            long behind = System.nanoTime() - next;
            if (behind > 0) {
                long missed = behind / PERIOD_NANOS + 1;
                next += missed * PERIOD_NANOS;
                counters.skipped(missed);
            }
        }
        for (RtpStream s; (s = joining.poll()) != null; ) streams.add(s);
        streams.forEach(engine::finish);
        streams.clear();
    }

    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
