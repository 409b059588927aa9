package vg.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.common.ApiException;
import vg.common.PasswordHasher;
import vg.common.Secrets;
import vg.common.SessionStore;
import vg.db.Database;
import vg.logins.LoginLimit;
import vg.support.MutableClock;

class EditorAccountsTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Asia/Yekaterinburg"));
    EditorAccounts accounts;

    @BeforeEach
    void open() {
        var jdbi = vg.support.TestDb.open(dir).jdbi();
        accounts = new EditorAccounts(jdbi, new PasswordHasher(4), new Secrets(new SecureRandom()), new LoginLimit(jdbi, clock), clock);
        accounts.ensureEditor(Optional.of("right-password"));
    }

    @Test
    void aSessionLivesWhileUsedAndEndsAfterFifteenIdleMinutes() {
        String token = accounts.openSession(EditorAccounts.EDITOR, null);
        clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.touch(token)).isEqualTo(SessionStore.State.ACTIVE);
        clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.touch(token)).as("each request extends the session").isEqualTo(SessionStore.State.ACTIVE);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(accounts.touch(token)).isEqualTo(SessionStore.State.EXPIRED);
        assertThat(accounts.touch(token)).as("an expired session is gone").isEqualTo(SessionStore.State.UNKNOWN);
    }

    @Test
    void onlyTheRightNameAndPasswordAuthenticate() {
        assertThat(accounts.authenticate("editor", "right-password")).isTrue();
        assertThat(accounts.authenticate("editor", "right-password")).as("again, from the verified cache").isTrue();
        assertThat(accounts.authenticate("editor", "wrong")).isFalse();
        assertThat(accounts.authenticate("admin", "right-password")).isFalse();
        assertThat(accounts.authenticate("editor", "")).isFalse();
        assertThat(accounts.authenticate("editor", "x".repeat(100))).isFalse();
        clock.advance(LoginLimit.FAILURE_WINDOW); // five failures: the desk is locked until the window passes
        accounts.ensureEditor(Optional.of("new-password"));
        assertThat(accounts.authenticate("editor", "right-password")).as("a replaced password stops working at once").isFalse();
        assertThat(accounts.authenticate("editor", "new-password")).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheDeskEvenToTheRightOneUntilFifteenMinutesPass() {
        for (int i = 0; i < LoginLimit.MAX_FAILURES; i++) assertThat(accounts.authenticate("editor", "wrong-" + i)).isFalse();
        assertThatThrownBy(() -> accounts.authenticate("editor", "right-password"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThatThrownBy(() -> accounts.authenticate("someone", "anything")).isInstanceOf(ApiException.class);
        clock.advance(LoginLimit.FAILURE_WINDOW.plusSeconds(1));
        assertThat(accounts.authenticate("editor", "right-password")).isTrue();
    }

    @Test
    void aVerifiedPasswordIsLockedOutTooOnceFiveWrongOnesCome() {
        assertThat(accounts.authenticate("editor", "right-password")).isTrue();
        for (int i = 0; i < LoginLimit.MAX_FAILURES; i++) assertThat(accounts.authenticate("editor", "wrong-" + i)).isFalse();
        assertThatThrownBy(() -> accounts.authenticate("editor", "right-password"))
                .as("HTTP Basic with the password verified before the lock").isInstanceOf(ApiException.class);
    }

    @Test
    void aRightPasswordClearsTheFailuresBeforeIt() {
        for (int i = 0; i < LoginLimit.MAX_FAILURES - 1; i++) accounts.authenticate("editor", "wrong-" + i);
        assertThat(accounts.authenticate("editor", "right-password")).isTrue();
        for (int i = 0; i < LoginLimit.MAX_FAILURES - 1; i++) accounts.authenticate("editor", "wrong-" + i);
        assertThat(accounts.authenticate("editor", "right-password")).isTrue();
    }

    @Test
    void aLoggedOutOrMadeUpTokenIsUnknown() {
        String token = accounts.openSession(EditorAccounts.EDITOR, null);
        accounts.closeSession(token);
        assertThat(accounts.touch(token)).isEqualTo(SessionStore.State.UNKNOWN);
        assertThat(accounts.touch("made-up")).isEqualTo(SessionStore.State.UNKNOWN);
        assertThat(accounts.touch(null)).isEqualTo(SessionStore.State.UNKNOWN);
    }
}
