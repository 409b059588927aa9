package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.common.PhoneNumber;

class SmsOutboxTest {
    @TempDir
    Path dir;
    SmsDatabase data;
    SmsOutbox outbox;

    @BeforeEach
    void open() {
        data = SmsDatabase.open(dir);
        outbox = data.outbox();
    }

    @Test
    void queuedSmsArePendingOldestFirstWithAllTheirFields() {
        long first = data.db().jdbi().inTransaction(h -> outbox.enqueue(h, new PhoneNumber("9121234567"), "1090", "Пароль: abc123", 1_000));
        long second = data.enqueue("9127654321", "1070", "второе");

        assertThat(second).isGreaterThan(first);
        assertThat(outbox.pending(10).get(0))
                .isEqualTo(new OutgoingSms(first, new PhoneNumber("9121234567"), "1090", "Пароль: abc123", 1_000));
        assertThat(outbox.pending(10)).extracting(OutgoingSms::text).containsExactly("Пароль: abc123", "второе");
        assertThat(outbox.pending(1)).hasSize(1);
    }

    @Test
    void anSmsEnqueuedInATransactionThatRollsBackIsNeverPending() {
        assertThatThrownBy(() -> data.db().jdbi().useTransaction(h -> {
            outbox.enqueue(h, new PhoneNumber("9121234567"), "1090", "new password that was never stored", 1);
            throw new IllegalStateException("the password change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void aSentSmsLeavesThePendingListAndKeepsItsSendingTime() {
        long id = data.enqueue("9121234567", "1090", "привет");
        long later = data.enqueue("9121234567", "1090", "ещё");

        outbox.markSent(id, 5_000);

        assertThat(outbox.pending(10)).extracting(OutgoingSms::id).containsExactly(later);
        assertThat(outbox.sent(10)).extracting(OutgoingSms::id).containsExactly(id);
        OutboxEntry entry = outbox.entry(id).orElseThrow();
        assertThat(entry.isSent()).isTrue();
        assertThat(entry.sentAt().getAsLong()).isEqualTo(5_000);
        assertThat(entry.attempts()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsCountedAndTheSmsStaysPending() {
        long id = data.enqueue("9121234567", "1090", "привет");

        outbox.markFailedAttempt(id, "not bound");
        outbox.markFailedAttempt(id, "timeout");

        assertThat(outbox.pending(10)).extracting(OutgoingSms::id).containsExactly(id);
        OutboxEntry entry = outbox.entry(id).orElseThrow();
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.lastError()).isEqualTo("timeout");
        assertThat(entry.isSent()).isFalse();
    }

    @Test
    void aRejectedSmsIsKeptForTheRecordButNoLongerPending() {
        long id = data.enqueue("9121234567", "1090", "привет");

        outbox.markRejected(id, "invalid destination", 7_000);

        assertThat(outbox.pending(10)).isEmpty();
        assertThat(outbox.sent(10)).isEmpty();
        OutboxEntry entry = outbox.entry(id).orElseThrow();
        assertThat(entry.isRejected()).isTrue();
        assertThat(entry.lastError()).isEqualTo("invalid destination");
    }

    @Test
    void anSmsNeedsASender() {
        assertThatThrownBy(() -> data.enqueue("9121234567", " ", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
