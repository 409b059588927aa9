package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.app.Config;

class SmsLinksTest {
    @TempDir
    Path dir;

    @Test
    void theLogLinkIsTheDefaultAndWritesIntoTheDataFolder() {
        SmsLink link = SmsLinks.fromConfig(Config.defaults(dir), dir);

        assertThat(link).isInstanceOfSatisfying(LogSmsLink.class,
                log -> assertThat(log.file()).isEqualTo(dir.resolve("sms-outbox.jsonl")));
    }

    @Test
    void smppWithHostAndSystemIdMakesAnSmppLink() {
        Config config = Config.fromEnvironment(Map.of("VG_SMS", "smpp", "VG_SMPP_HOST", "smsc.local",
                "VG_SMPP_SYSTEM_ID", "vg", "VG_SMPP_PASSWORD", "pw"));

        assertThat(SmsLinks.fromConfig(config, dir)).isInstanceOf(SmppSmsLink.class);
    }

    @Test
    void smppWithoutAHostIsAClearStartupError() {
        Config config = Config.fromEnvironment(Map.of("VG_SMS", "smpp", "VG_SMPP_SYSTEM_ID", "vg"));

        assertThatThrownBy(() -> SmsLinks.fromConfig(config, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_SMPP_HOST");
    }

    @Test
    void smppWithoutASystemIdIsAClearStartupError() {
        Config config = Config.fromEnvironment(Map.of("VG_SMS", "smpp", "VG_SMPP_HOST", "smsc.local"));

        assertThatThrownBy(() -> SmsLinks.fromConfig(config, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_SMPP_SYSTEM_ID");
    }

    @Test
    void theSmppSettingsNeverShowThePassword() {
        assertThat(SmppSettings.of("smsc.local", 2775, "vg", "pw-secret").toString())
                .isEqualTo("vg@smsc.local:2775").doesNotContain("pw-secret");
    }

    @Test
    void anSmppPasswordLongerThanSmppAllowsStopsTheStartWithItsName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var config = vg.app.Config.fromEnvironment(java.util.Map.of("VG_SMS", "smpp", "VG_SMPP_HOST", "127.0.0.1",
                "VG_SMPP_SYSTEM_ID", "vg", "VG_SMPP_PASSWORD", "ninechars"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmsLinks.fromConfig(config, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_SMPP_PASSWORD");
    }
}
