package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Await;
import vg.support.RunningApp;

class SmppEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aSubscribersSmsOverSmppIsHandledLikeTheHttpInboundAndTheReplyGoesBackOverSmpp() throws Exception {
        try (TestSmsc smsc = new TestSmsc("vg", "smpppass").start();
             RunningApp vg = new RunningApp(dir, Map.of("VG_SMS", "smpp", "VG_SMPP_HOST", "127.0.0.1",
                     "VG_SMPP_PORT", Integer.toString(smsc.port), "VG_SMPP_SYSTEM_ID", "vg", "VG_SMPP_PASSWORD", "smpppass"))) {
            Await.until(Duration.ofSeconds(15), smsc::binds, b -> !b.isEmpty());
            Await.until(Duration.ofSeconds(15), () -> trySend(smsc), ok -> ok);

            TestSmsc.Submitted reply = Await.until(Duration.ofSeconds(15), smsc::submitted, s -> !s.isEmpty()).get(0);
            assertThat(reply.destination()).isEqualTo("79121234567");
            assertThat(reply.source()).isEqualTo("1090");
            Matcher m = Pattern.compile("Пароль: (\\S+)\\.").matcher(reply.text());
            assertThat(m.find()).as(reply.text()).isTrue();
            assertThat(vg.http().postJson("/api/session", Map.of("phone", "9121234567", "password", m.group(1))).status())
                    .isEqualTo(200);
        }
    }

    /** The bind may still be settling on the SMSC's side; a deliver_sm before that is simply tried again. */
    private static boolean trySend(TestSmsc smsc) {
        try {
            smsc.deliver("79121234567", "1090", (byte) 0x08, (byte) 0, "5".getBytes(StandardCharsets.UTF_16BE));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
