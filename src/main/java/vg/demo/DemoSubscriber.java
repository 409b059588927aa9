package vg.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.mytones.MyTonesService;
import vg.subscriber.SubscriberService;

/**
 * A subscriber for trying the switch's side at once: with the demo catalogue, 9990000000 connects (as by SMS «5»)
 * and takes the first demo tone that is published as its default, so a test call to it plays that tone. The tone is
 * bought and charged like any other: the demo goes through the same paths as a person would.
 */
public final class DemoSubscriber {
    private static final Logger log = LoggerFactory.getLogger(DemoSubscriber.class);
    public static final PhoneNumber PHONE = new PhoneNumber("9990000000");

    private final SubscriberService subscribers;
    private final MyTonesService myTones;
    private final Supplier<Set<Long>> published;

    public DemoSubscriber(SubscriberService subscribers, MyTonesService myTones, Supplier<Set<Long>> published) {
        this.subscribers = subscribers;
        this.myTones = myTones;
        this.published = published;
    }

    /** Waits for the first demo tone to be published, then connects the demo subscriber with it as the default. */
    public void setUpWhenATonePlays(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Optional<Long> tone = Optional.empty();
        while (tone.isEmpty() && System.nanoTime() < deadline) {
            tone = published.get().stream().min(Long::compare);
            if (tone.isEmpty()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        if (tone.isEmpty()) {
            log.warn("no demo tone was published within {}; the demo subscriber {} is not set up", limit, PHONE);
            return;
        }
        subscribers.connect(PHONE);
        myTones.add(PHONE, ToneId.of(tone.get()));
        myTones.setDefault(PHONE, Optional.of(ToneId.of(tone.get())));
        log.info("demo subscriber {} connected; its callers hear tone {}", PHONE, tone.get());
    }
}
