package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.common.PhoneNumber;
import vg.support.Await;

class SmsSenderTest {
    static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    SmsDatabase data;
    final ScriptedLink link = new ScriptedLink();
    SmsSender sender;

    @BeforeEach
    void open() {
        data = SmsDatabase.open(dir);
    }

    @AfterEach
    void stop() {
        if (sender != null) sender.close();
    }

    SmsSender sender(Duration poll) {
        return new SmsSender(data.outbox(), link, Clock.systemUTC(), poll,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).start();
    }

    List<String> texts(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "SMS " + i).toList();
    }

    void enqueue(List<String> texts) {
        for (String t : texts) data.enqueue("9121234567", "1090", t);
    }

    @Test
    void theOutboxIsDrainedInOrderAndEachSmsIsSentOnce() throws Exception {
        enqueue(texts(1, 120));
        sender = sender(Duration.ofMillis(100));

        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);
        Thread.sleep(300); // a few more polls: nothing may go out twice

        assertThat(link.takenTexts()).containsExactlyElementsOf(texts(1, 120));
        assertThat(data.outbox().sent(1000)).hasSize(120);
    }

    @Test
    void wakeSendsPromptlyWithoutWaitingForThePoll() throws Exception {
        sender = sender(Duration.ofMinutes(1));
        Thread.sleep(200); // the first round found nothing; the next poll is a minute away

        data.enqueue("9121234567", "1090", "сразу");
        sender.wake();

        Await.until(Duration.ofSeconds(2), link::takenTexts, t -> t.equals(List.of("сразу")));
    }

    @Test
    void thePeriodicPollSendsWhatWasQueuedWithoutAWake() {
        sender = sender(Duration.ofMillis(100));
        data.enqueue("9121234567", "1090", "без пробуждения");

        Await.until(LIMIT, link::takenTexts, t -> t.equals(List.of("без пробуждения")));
    }

    @Test
    void anSmsEnqueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        sender = sender(Duration.ofMillis(50));
        assertThatThrownBy(() -> data.db().jdbi().useTransaction(h -> {
            data.outbox().enqueue(h, new PhoneNumber("9121234567"), "1090", "откат", 0);
            sender.wake();
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        data.enqueue("9121234567", "1090", "после отката");
        sender.wake();

        Await.until(LIMIT, link::takenTexts, t -> !t.isEmpty());
        Thread.sleep(200);
        assertThat(link.takenTexts()).containsExactly("после отката");
    }

    @Test
    void whileTheLinkIsDownNothingIsLostOrReorderedAndEverythingGoesOutOnceItIsBack() throws Exception {
        link.setDown(true);
        sender = sender(Duration.ofMillis(50));
        enqueue(texts(1, 5));
        sender.wake();
        Await.until(LIMIT, link::tries, n -> n >= 3); // retried with backoff, always the oldest first
        enqueue(texts(6, 10));

        assertThat(link.taken()).isEmpty();
        long oldest = data.outbox().pending(1).get(0).id();
        assertThat(data.outbox().entry(oldest).orElseThrow().attempts()).isGreaterThanOrEqualTo(3);
        assertThat(data.outbox().entry(oldest).orElseThrow().lastError()).isEqualTo("scripted down");

        link.setDown(false);
        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);
        assertThat(link.takenTexts()).containsExactlyElementsOf(texts(1, 10));
    }

    @Test
    void unsentSmsSurviveARestartOfTheSender() {
        link.setDown(true);
        sender = sender(Duration.ofMillis(50));
        enqueue(texts(1, 3));
        Await.until(LIMIT, link::tries, n -> n >= 1);
        sender.close();

        link.setDown(false);
        data = SmsDatabase.open(dir); // as a new process would
        sender = sender(Duration.ofMillis(50));

        Await.until(LIMIT, link::takenTexts, t -> t.size() == 3);
        assertThat(link.takenTexts()).containsExactlyElementsOf(texts(1, 3));
    }

    @Test
    void anSmsTheSmscRefusesForGoodDoesNotHoldUpTheOthers() {
        link.refuse("SMS 2");
        enqueue(texts(1, 3));
        sender = sender(Duration.ofMillis(50));

        Await.until(LIMIT, () -> data.outbox().pending(1), List::isEmpty);
        assertThat(link.takenTexts()).containsExactly("SMS 1", "SMS 3");
        long refused = data.outbox().sent(10).get(0).id() + 1;
        assertThat(data.outbox().entry(refused).orElseThrow().isRejected()).isTrue();
    }
}
