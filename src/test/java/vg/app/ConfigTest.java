package vg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vg.common.Money;
import vg.db.DatabaseUrl;

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
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_FFMPEG", "/no/such/ffmpeg"))).hasMessageContaining("VG_FFMPEG");
    }

    @Test
    void vgFfmpegNamesAnotherBinaryAndTheBundledOneIsTheDefault() {
        assertThat(Config.fromEnvironment(Map.of()).ffmpeg()).isEmpty();
        assertThat(Config.fromEnvironment(Map.of("VG_FFMPEG", "/bin/sh")).ffmpeg()).contains(Path.of("/bin/sh"));
    }

    @Test
    void theClusterSettingsDefaultToOneNodeOnSqliteWithItsMediaInTheDataFolder() {
        Config c = Config.fromEnvironment(Map.of("VG_DATA", "/srv/vg"));
        assertThat(c.cluster().db()).isEqualTo(DatabaseUrl.SQLITE);
        assertThat(c.cluster().shared()).isFalse();
        assertThat(c.cluster().media()).isEqualTo(Path.of("/srv/vg/media"));
        assertThat(c.cluster().node().value()).matches("[A-Za-z0-9._-]+");
        assertThat(c.cluster().smsKey()).isEmpty();
    }

    @Test
    void aPostgresqlUrlMakesANodeOfACluster() {
        Config c = Config.fromEnvironment(Map.of("VG_DB", "jdbc:postgresql://db:5432/vg?user=vg&password=s3cret",
                "VG_MEDIA", "/mnt/vg-media", "VG_NODE", "vg-2.dc1", "VG_SMS_KEY", "a2V5"));
        assertThat(c.cluster().shared()).isTrue();
        assertThat(c.cluster().db().jdbcUrl()).contains("jdbc:postgresql://db:5432/vg?user=vg&password=s3cret");
        assertThat(c.cluster().db().toString()).as("never the password").isEqualTo("jdbc:postgresql://db:5432/vg?…");
        assertThat(c.cluster().media()).isEqualTo(Path.of("/mnt/vg-media"));
        assertThat(c.cluster().node().value()).isEqualTo("vg-2.dc1");
        assertThat(c.cluster().smsKey()).contains("a2V5");
    }

    @Test
    void aWrongDatabaseOrNodeNameIsRefusedWithoutRepeatingAPassword() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_DB", "postgres://vg:s3cret@db/vg")))
                .hasMessageContaining("VG_DB").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("VG_NODE", "../etc"))).hasMessageContaining("VG_NODE");
    }

    @Test
    void aNodeOnPostgresqlWithoutTheSharedSmsKeyRefusesToStartWithASentenceThatSaysSo() {
        Config c = Config.fromEnvironment(Map.of("VG_DB", "jdbc:postgresql://127.0.0.1:1/nowhere", "VG_PORT", "0"));
        assertThatThrownBy(() -> App.start(c, java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VG_SMS_KEY must be set");
        assertThatThrownBy(() -> vg.sms.OutboxCipher.fromKey("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
