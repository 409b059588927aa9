package vg.billing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link DailyFees#settleAll} at start (catching up after downtime) and every minute, so a new day is billed soon after midnight. */
public final class DailyFeeSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DailyFeeSchedule.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vg-daily-fees");
        t.setDaemon(true);
        return t;
    });

    public DailyFeeSchedule(DailyFees fees) {
        fees.settleAll();
        timer.scheduleWithFixedDelay(() -> {
            try {
                fees.settleAll();
            } catch (RuntimeException e) {
                log.error("daily fees could not be settled; the next round tries again", e);
            }
        }, 60, 60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
