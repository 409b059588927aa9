package vg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.common.PhoneNumber;

class LogSmsLinkTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
    final ObjectMapper json = new ObjectMapper();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    LogSmsLink link() {
        LogSmsLink link = new LogSmsLink(dir, CLOCK, new PrintStream(console, true, StandardCharsets.UTF_8)::println);
        link.start((from, to, text) -> {
        });
        return link;
    }

    static OutgoingSms sms(long id, String text) {
        return new OutgoingSms(id, new PhoneNumber("9121234567"), "1090", text, 0);
    }

    @Test
    void appendsOneJsonLinePerSmsWithToFromTextAndTheInstant() throws Exception {
        try (LogSmsLink link = link()) {
            link.send(sms(1, "Ваш пароль: Qw3rty\nне сообщайте его"));
            link.send(sms(2, "второе \"SMS\""));
        }

        List<String> lines = Files.readAllLines(dir.resolve("sms-outbox.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("to").asText()).isEqualTo("9121234567");
        assertThat(first.get("from").asText()).isEqualTo("1090");
        assertThat(first.get("text").asText()).isEqualTo("Ваш пароль: Qw3rty\nне сообщайте его");
        assertThat(first.get("at").asText()).isEqualTo("2025-03-01T10:15:30Z");
        assertThat(json.readTree(lines.get(1)).get("text").asText()).isEqualTo("второе \"SMS\"");
    }

    @Test
    void printsAOneLineSummaryPerSms() throws Exception {
        try (LogSmsLink link = link()) {
            link.send(sms(1, "строка\nещё строка"));
        }

        assertThat(console.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("SMS 1090 -> 9121234567: строка ещё строка");
    }

    @Test
    void aRestartAppendsAfterTheEarlierLines() throws Exception {
        try (LogSmsLink link = link()) {
            link.send(sms(1, "до перезапуска"));
        }
        try (LogSmsLink link = link()) {
            link.send(sms(2, "после"));
        }

        assertThat(Files.readAllLines(dir.resolve(LogSmsLink.FILE_NAME))).hasSize(2);
    }

    @Test
    void concurrentSendsNeverInterleaveLines() throws Exception {
        int threads = 8;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (LogSmsLink link = link()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) link.send(sms(thread * 1000L + i, "поток " + thread + " сообщение " + i + " " + "ж".repeat(200)));
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = Files.readAllLines(dir.resolve(LogSmsLink.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(threads * each);
        Set<String> texts = new HashSet<>();
        for (String line : lines) texts.add(json.readTree(line).get("text").asText());
        assertThat(texts).hasSize(threads * each);
    }

    @Test
    void aLinkThatIsNotStartedIsDown() {
        LogSmsLink link = new LogSmsLink(dir, CLOCK, new PrintStream(console)::println);
        assertThatThrownBy(() -> link.send(sms(1, "x"))).isInstanceOf(SmsLinkDown.class);
    }
}
