package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxCipherTest {
    @TempDir
    Path dir;

    @Test
    void aSealedTextHidesItsWordsAndOpensWithTheSameInstallationsKey() throws Exception {
        OutboxCipher cipher = OutboxCipher.loadOrCreate(dir);
        String text = "Вместо гудков: новый пароль Xk7pQr2m";
        String sealed = cipher.seal(text);
        assertThat(sealed).doesNotContain("Xk7pQr2m").doesNotContain("пароль");
        assertThat(cipher.seal(text)).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(OutboxCipher.loadOrCreate(dir).open(sealed)).as("the key survives a restart").isEqualTo(text);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(OutboxCipher.KEY_FILE)))).isEqualTo("rw-------");
    }

    @Test
    void anotherInstallationsKeyCannotOpenItOrForgeIt(@TempDir Path other) {
        String sealed = OutboxCipher.loadOrCreate(dir).seal("secret");
        assertThatThrownBy(() -> OutboxCipher.loadOrCreate(other).open(sealed)).isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> OutboxCipher.loadOrCreate(dir).open(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theOutboxTableHoldsOnlySealedTexts() {
        SmsDatabase data = SmsDatabase.open(dir);
        data.enqueue("9121234567", "1070", "новый пароль Zz9Yy8Xx");
        String stored = data.db().jdbi().withHandle(h -> h.createQuery("SELECT text FROM sms_outbox").mapTo(String.class).one());
        assertThat(stored).doesNotContain("Zz9Yy8Xx");
        assertThat(data.outbox().pending(10).get(0).text()).isEqualTo("новый пароль Zz9Yy8Xx");
    }
}
