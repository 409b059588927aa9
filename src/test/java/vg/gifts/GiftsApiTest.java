package vg.gifts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vg.support.Http;
import vg.support.MutableClock;
import vg.support.RunningApp;
import vg.support.Seed;

class GiftsApiTest {
    static final String GIVER = "9121234567";
    static final String FRIEND = "9127654321";
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    RunningApp vg;
    List<Long> tones;
    Http giver;

    @BeforeEach
    void start() {
        vg = new RunningApp(dir, Map.of(), clock);
        vg.close();
        vg.whileStopped(jdbi -> tones = Seed.tones(jdbi, "Подарочная", "Вторая"));
        vg.start();
        giver = Seed.subscriber(vg, GIVER);
    }

    @AfterEach
    void stop() {
        vg.close();
    }

    private JsonNode give(long tone, String to) {
        Http.Response r = giver.postJson("/api/me/gifts", Map.of("toneId", tone, "to", to));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static List<String> kinds(Http who) {
        return who.get("/api/me/charges").json().findValuesAsText("kind");
    }

    @Test
    void anAcceptedGiftJoinsTheRecipientsTonesAndTheGiverPaysThen() {
        Http friend = Seed.subscriber(vg, FRIEND);
        JsonNode gift = give(tones.get(0), "+7 912 765-43-21");
        assertThat(gift.get("status").asText()).isEqualTo("pending");
        assertThat(gift.get("to").asText()).isEqualTo(FRIEND);
        assertThat(vg.sms().await(FRIEND, 2).get("text").asText()).contains(GIVER).contains("Подарочная");
        assertThat(kinds(giver)).as("nothing charged before acceptance").containsExactly("subscription");

        JsonNode incoming = friend.get("/api/me/gifts").json().get("incoming");
        assertThat(incoming).hasSize(1);
        assertThat(giver.get("/api/me/gifts").json().get("outgoing").get(0).get("id").asLong()).isEqualTo(gift.get("id").asLong());

        JsonNode accepted = friend.post("/api/me/gifts/" + gift.get("id").asLong() + "/accept").json();
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(friend.get("/api/me/tones").json().get(0).get("id").asLong()).isEqualTo(tones.get(0));
        assertThat(kinds(giver)).containsExactly("gift", "subscription");
        assertThat(giver.get("/api/me/charges").json().get(0).get("amount").asInt()).isEqualTo(1000);
        assertThat(kinds(friend)).as("the recipient pays nothing").containsExactly("subscription");
        assertThat(friend.post("/api/me/gifts/" + gift.get("id").asLong() + "/accept").json().get("error").asText())
                .isEqualTo("gift_not_pending");
        assertThat(kinds(giver)).hasSize(2);
    }

    @Test
    void aDeclinedGiftCostsNothing() {
        Http friend = Seed.subscriber(vg, FRIEND);
        long id = give(tones.get(0), FRIEND).get("id").asLong();
        assertThat(friend.post("/api/me/gifts/" + id + "/decline").json().get("status").asText()).isEqualTo("declined");
        assertThat(giver.get("/api/me/gifts").json().get("outgoing").get(0).get("status").asText()).isEqualTo("declined");
        assertThat(kinds(giver)).containsExactly("subscription");
        assertThat(friend.get("/api/me/tones").json()).isEmpty();
    }

    @Test
    void aGiftNotAnsweredInSevenDaysExpires() {
        Http friend = Seed.subscriber(vg, FRIEND);
        long id = give(tones.get(0), FRIEND).get("id").asLong();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        friend = Seed.subscriber(vg, FRIEND); // the old session has long expired
        assertThat(friend.get("/api/me/gifts").json().get("incoming").get(0).get("status").asText()).isEqualTo("pending");
        clock.advance(Duration.ofMinutes(2));
        assertThat(friend.get("/api/me/gifts").json().get("incoming").get(0).get("status").asText()).isEqualTo("expired");
        assertThat(friend.post("/api/me/gifts/" + id + "/accept").status()).isEqualTo(409);
        assertThat(kinds(Seed.subscriber(vg, GIVER))).doesNotContain("gift");
    }

    @Test
    void aNumberWithoutTheServiceIsInvitedAndTheGiftWaitsForIt() {
        long id = give(tones.get(1), FRIEND).get("id").asLong();
        assertThat(vg.sms().await(FRIEND, 1).get("text").asText()).contains("5 на 1090");
        Http friend = Seed.subscriber(vg, FRIEND);
        assertThat(friend.post("/api/me/gifts/" + id + "/accept").json().get("status").asText()).isEqualTo("accepted");
        assertThat(friend.get("/api/me/tones").json().get(0).get("title").asText()).isEqualTo("Вторая");
    }

    @Test
    void giftsToOneselfOfUnpublishedTonesOrOfATheRecipientHasAreRefused() {
        Http friend = Seed.subscriber(vg, FRIEND);
        assertThat(giver.postJson("/api/me/gifts", Map.of("toneId", tones.get(0), "to", "8" + GIVER)).json().get("error").asText())
                .isEqualTo("gift_to_self");
        assertThat(giver.postJson("/api/me/gifts", Map.of("toneId", tones.get(0), "to", "123")).json().get("error").asText())
                .isEqualTo("invalid_phone");
        assertThat(giver.postJson("/api/me/gifts", Map.of("toneId", 999999, "to", FRIEND)).status()).isEqualTo(404);
        friend.postJson("/api/me/tones", Map.of("toneId", tones.get(1)));
        assertThat(giver.postJson("/api/me/gifts", Map.of("toneId", tones.get(1), "to", FRIEND)).json().get("error").asText())
                .isEqualTo("already_has_tone");
        vg.editor().post("/api/editor/tones/" + tones.get(0) + "/withdraw");
        assertThat(giver.postJson("/api/me/gifts", Map.of("toneId", tones.get(0), "to", FRIEND)).json().get("error").asText())
                .isEqualTo("tone_unavailable");
        assertThat(giver.get("/api/me/gifts").json().get("outgoing")).isEmpty();
    }

    @Test
    void onlyTheRecipientCanAnswerAndNobodyElseSeesTheGift() {
        Seed.subscriber(vg, FRIEND);
        long id = give(tones.get(0), FRIEND).get("id").asLong();
        Http stranger = Seed.subscriber(vg, "9125550000");
        assertThat(stranger.post("/api/me/gifts/" + id + "/accept").status()).isEqualTo(404);
        assertThat(stranger.post("/api/me/gifts/" + id + "/decline").status()).isEqualTo(404);
        assertThat(giver.post("/api/me/gifts/" + id + "/accept").status()).as("not even the giver").isEqualTo(404);
        JsonNode theirs = stranger.get("/api/me/gifts").json();
        assertThat(theirs.get("incoming")).isEmpty();
        assertThat(theirs.get("outgoing")).isEmpty();
    }
}
