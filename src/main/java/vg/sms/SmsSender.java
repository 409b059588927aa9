package vg.sms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox through the link on one daemon thread, oldest first.
 *
 * <p>Each round claims a batch for this node, so nodes draining one shared outbox never send the same SMS; the claim
 * of a node that dies runs out and another node sends what it left. An SMS is marked sent right after the link took
 * it (for SMPP: after submit_sm_resp). When the link is down the round stops at that SMS and is tried again after a
 * doubling pause, so nothing is lost, also across restarts. The one duplicate window left: a crash (or a failed
 * database write) between the link taking an SMS and the mark, after which that SMS goes out once more when its claim
 * runs out — at least once, never lost.
 *
 * <p>The link's lifecycle belongs to the caller: start it before this sender and close it after.
 */
public final class SmsSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final int BATCH = 50;

    private final SmsOutbox outbox;
    private final SmsLink link;
    private final Clock clock;
    private final Duration poll;
    private final Backoff backoff;
    private final Semaphore wakeUp = new Semaphore(0);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private boolean linkWasDown;

    private final Counter linkDown;
    private final Counter rejected;
    private final Counter sent;

    public SmsSender(SmsOutbox outbox, SmsLink link, Clock clock, MeterRegistry meters) {
        this(outbox, link, clock, Duration.ofSeconds(1), new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10)), meters);
    }

    /** {@code poll}: how often the outbox is looked at without a wake-up; {@code backoff}: pauses while the link is down. */
    public SmsSender(SmsOutbox outbox, SmsLink link, Clock clock, Duration poll, Backoff backoff, MeterRegistry meters) {
        this.linkDown = failures(meters, "link_down");
        this.rejected = failures(meters, "rejected");
        this.sent = Counter.builder("vg.sms.sent").description("SMS the link took").register(meters);
        this.outbox = outbox;
        this.link = link;
        this.clock = clock;
        this.poll = poll;
        this.backoff = backoff;
        this.thread = new Thread(this::run, "sms-sender");
        thread.setDaemon(true);
    }

    private static Counter failures(MeterRegistry meters, String reason) {
        return Counter.builder("vg.sms.send.failures").description("SMS the link did not take: link_down (tried again), rejected (for good)")
                .tag("reason", reason).register(meters);
    }

    public SmsSender start() {
        thread.start();
        return this;
    }

    /** Something was queued: send it now rather than at the next poll (a link that is down still waits its pause). */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            boolean linkDown;
            try {
                linkDown = drain();
            } catch (RuntimeException e) {
                log.error("SMS outbox round failed; trying again shortly", e);
                linkDown = true;
            }
            if (linkDown) {
                pauseUnlessClosing(backoff.next());
            } else {
                backoff.reset();
                awaitWakeOrPoll();
            }
        }
    }

    /** Sends pending SMS until none are left; true when the link stopped the round. */
    private boolean drain() {
        while (running) {
            List<OutgoingSms> batch = outbox.claim(BATCH, clock.millis());
            if (batch.isEmpty()) return false;
            for (OutgoingSms sms : batch) {
                if (!running) return false;
                if (!sendOne(sms)) return true;
            }
        }
        return false;
    }

    private boolean sendOne(OutgoingSms sms) {
        try {
            link.send(sms);
        } catch (SmsLinkDown e) {
            outbox.markFailedAttempt(sms.id(), e.getMessage());
            linkDown.increment();
            if (!linkWasDown) log.warn("SMS link down, SMS #{} and later ones wait: {}", sms.id(), e.getMessage());
            linkWasDown = true;
            return false;
        } catch (SmsRejected e) {
            outbox.markRejected(sms.id(), e.getMessage(), clock.millis());
            rejected.increment();
            log.warn("SMS #{} to {} refused for good: {}", sms.id(), sms.to(), e.getMessage());
            return true;
        }
        outbox.markSent(sms.id(), clock.millis());
        sent.increment();
        if (linkWasDown) log.info("SMS link up again, sending the queued SMS");
        linkWasDown = false;
        return true;
    }

    private void awaitWakeOrPoll() {
        try {
            if (wakeUp.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) wakeUp.drainPermits();
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private void pauseUnlessClosing(Duration pause) {
        try {
            closing.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Stops after the SMS being handed over, if any; what is left stays queued for the next start. */
    @Override
    public void close() {
        running = false;
        closing.countDown();
        wakeUp.release();
        if (Thread.currentThread() == thread || !thread.isAlive()) return;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
