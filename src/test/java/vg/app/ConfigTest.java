package vg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vg.common.Money;

class ConfigTest {
    @Test
    void everyVariableHasTheContractDefault() {
        Config c = Config.fromEnvironment(Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.gatewayToken()).isEmpty();
        assertThat(c.smsLink()).isEqualTo("log");
        assertThat(c.smppPort()).isEqualTo(2775);
        assertThat(c.editorPassword()).isEmpty();
        assertThat(c.dailyFee()).isEqualTo(Money.kopecks(250));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(c.demo()).isTrue();
    }

    @Test
    void valuesAreReadFromTheEnvironment() {
        Config c = Config.fromEnvironment(Map.of("VG_PORT", "0", "VG_DATA", "/tmp/x", "VG_DAILY_FEE", "300",
                "VG_TZ", "Europe/Moscow", "VG_DEMO", "false", "VG_SMS", "SMPP", "VG_GATEWAY_TOKEN", " t "));
        assertThat(c.port()).isZero();
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(c.dailyFee()).isEqualTo(Money.kopecks(300));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(c.demo()).isFalse();
        assertThat(c.smsLink()).isEqualTo("smpp");
        assertThat(c.gatewayToken()).contains("t");
    }

    @Test
    void aWrongValueNamesTheVariable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_PORT", "70000"))).hasMessageContaining("VG_PORT");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_TZ", "Mars/Base"))).hasMessageContaining("VG_TZ");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_DEMO", "maybe"))).hasMessageContaining("VG_DEMO");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_SMS", "pigeon"))).hasMessageContaining("VG_SMS");
    }
}
