package vg.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.MutableClock;
import vg.support.RunningApp;
import vg.support.SmsInbox;

class BillingFeedTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));
    static final List<String> PHONES = List.of("9120000001", "9120000002", "9120000003");

    @TempDir
    Path dir;
    RunningApp vg;

    @BeforeEach
    void subscribersVisit() {
        vg = new RunningApp(dir, Map.of(), clock);
        for (int i = 0; i < PHONES.size(); i++) {
            String phone = PHONES.get(i);
            vg.gateway().get("/sms/inbound?from=" + phone + "&to=1090&text=5");
            String password = SmsInbox.passwordIn(vg.sms().await(phone, 1));
            assertThat(vg.http().postJson("/api/session", Map.of("phone", phone, "password", password)).status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    /** Reads the feed from {@code after} to its end in pages of {@code limit}, as the billing system does. */
    private List<JsonNode> read(long after, int limit, long[] cursor) {
        List<JsonNode> events = new ArrayList<>();
        long at = after;
        while (true) {
            JsonNode page = vg.gateway().get("/api/billing/events?after=" + at + "&limit=" + limit).json();
            page.get("events").forEach(events::add);
            if (page.get("events").isEmpty()) {
                assertThat(page.get("next").asLong()).isEqualTo(at);
                break;
            }
            at = page.get("next").asLong();
        }
        cursor[0] = at;
        return events;
    }

    @Test
    void everyChargeIsAnEventInOrderEachExactlyOnceAcrossPagesAndRestarts() {
        long[] cursor = new long[1];
        List<JsonNode> first = read(0, 2, cursor);
        assertThat(first).hasSize(3);
        assertThat(first).extracting(e -> e.get("phone").asText()).containsExactlyElementsOf(PHONES);
        assertThat(first).allSatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("subscription");
            assertThat(e.get("amount").asInt()).isEqualTo(250);
            assertThat(e.get("at").asText()).startsWith("2026-11-26T15:00:00");
        });
        assertIncreasingIds(first);

        vg.close();
        clock.advance(Duration.ofDays(2));
        vg.start();
        List<JsonNode> after = read(cursor[0], 4, cursor);
        assertThat(after).hasSize(6).allSatisfy(e -> assertThat(e.get("id").asLong()).isGreaterThan(first.get(2).get("id").asLong()));
        assertIncreasingIds(after);
        assertThat(read(cursor[0], 100, cursor)).isEmpty();

        List<JsonNode> again = read(0, 1000, new long[1]);
        assertThat(again).extracting(e -> e.get("id").asLong())
                .as("ids are stable: the same events under the same ids").containsExactlyElementsOf(
                        concat(first, after).stream().map(e -> e.get("id").asLong()).toList());
    }

    @Test
    void theFeedNeedsTheGatewayTokenAndAValidCursor() {
        assertThat(vg.http().get("/api/billing/events").status()).isEqualTo(401);
        assertThat(vg.gateway().get("/api/billing/events?after=-1").json().get("error").asText()).isEqualTo("invalid_after");
        assertThat(vg.gateway().get("/api/billing/events?after=x").status()).isEqualTo(400);
        assertThat(vg.gateway().get("/api/billing/events?limit=0").status()).isEqualTo(400);
        assertThat(vg.gateway().get("/api/billing/events?limit=1001").status()).isEqualTo(400);
        assertThat(vg.gateway().get("/api/billing/events").json().get("events").size()).isEqualTo(3);
    }

    private static void assertIncreasingIds(List<JsonNode> events) {
        for (int i = 1; i < events.size(); i++)
            assertThat(events.get(i).get("id").asLong()).isGreaterThan(events.get(i - 1).get("id").asLong());
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
