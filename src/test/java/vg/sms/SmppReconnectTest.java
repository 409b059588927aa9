package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;

/** The outbox, the sender and the SMPP link together against a real SMSC that goes away and comes back. */
class SmppReconnectTest {
    static final Duration LIMIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    SmsDatabase data;
    TestSmsc smsc;
    SmppSmsLink link;
    SmsSender sender;

    @BeforeEach
    void open() throws Exception {
        data = SmsDatabase.open(dir);
        smsc = new TestSmsc("vg", "secret").start();
    }

    @AfterEach
    void close() throws Exception {
        if (sender != null) sender.close();
        if (link != null) link.close();
        smsc.close();
    }

    void connect(String password) {
        link = new SmppSmsLink(SmppSmsLinkTest.settings(smsc, password));
        link.start((from, to, text) -> {
        });
        sender = new SmsSender(data.outbox(), link, Clock.systemUTC(), Duration.ofMillis(200),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)), new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).start();
    }

    void enqueue(int from, int to) {
        for (int i = from; i <= to; i++) {
            data.enqueue("9121234567", "1090", "СМС номер " + i);
            sender.wake();
        }
    }

    static List<String> texts(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "СМС номер " + i).toList();
    }

    int attemptsOfOldestPending() {
        return data.outbox().entry(data.outbox().pending(1).get(0).id()).orElseThrow().attempts();
    }

    @Test
    void theSmscStopsWhileSmsAreQueuedAndAfterItsRestartEverySmsArrivesExactlyOnceAndInOrder() throws Exception {
        connect("secret");
        Await.until(LIMIT, link::isBound, b -> b);
        enqueue(1, 3);
        Await.until(LIMIT, smsc::submittedTexts, t -> t.size() == 3);

        smsc.answerSubmitWith(SMPPConstant.STAT_ESME_RTHROTTLED); // a busy SMSC: SMS 4-6 pile up in the outbox
        enqueue(4, 6);
        Await.until(LIMIT, this::attemptsOfOldestPending, n -> n >= 1);

        smsc.stop();
        Await.until(LIMIT, link::isBound, b -> !b);
        int attemptsBefore = attemptsOfOldestPending();
        enqueue(7, 12);
        Await.until(LIMIT, this::attemptsOfOldestPending, n -> n >= attemptsBefore + 2);
        assertThat(smsc.submittedTexts()).hasSize(3);
        assertThat(data.outbox().pending(100)).hasSize(9);

        smsc.answerSubmitWith(SMPPConstant.STAT_ESME_ROK);
        smsc.start(); // the same port, as an SMSC that restarts
        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);
        enqueue(13, 15);
        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);

        assertThat(smsc.submittedTexts()).containsExactlyElementsOf(texts(1, 15));
        assertThat(smsc.binds()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aWrongPasswordFailsToBindAndKeepsRetryingWithoutLosingSms() throws Exception {
        connect("wrong");
        enqueue(1, 3);

        Await.until(LIMIT, smsc::binds, b -> b.size() >= 3);
        assertThat(link.isBound()).isFalse();
        assertThat(smsc.submitted()).isEmpty();
        assertThat(data.outbox().pending(10)).hasSize(3);

        smsc.setPassword("wrong"); // the operator fixes the account on the SMSC side
        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);
        assertThat(smsc.submittedTexts()).containsExactlyElementsOf(texts(1, 3));
    }
}
