package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import vg.support.Await;
import vg.support.Http;
import vg.support.Seed;
import vg.support.RtpProbe;
import vg.support.Sipp;

/** SIPp as the switch: a forked INVITE gets a 183 and the tone as RTP, and a CANCEL or BYE ends it at once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyMediaCallTest {
    @TempDir
    static Path dir;
    EarlyMediaFixture f;

    @BeforeAll
    void start() {
        Sipp.assumeInstalled();
        f = new EarlyMediaFixture(dir, Map.of());
    }

    @AfterAll
    void stop() {
        if (f != null) f.close();
    }

    @Test
    void theCallerHearsTheTonesNetworkFileFromItsStartAsPcmaRtpUntilTheCancelAndThenSilence() throws Exception {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = Sipp.run(dir, "cancel", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000001", probe.port()), "-d", "2000");
            assertThat(r.passed()).as(r.toString()).isTrue();
            int atCancel = probe.count();
            Thread.sleep(300);
            assertThat(probe.count()).as("no packet after the CANCEL's answer").isLessThanOrEqualTo(atCancel + 1);

            List<RtpProbe.Packet> packets = probe.packets();
            assertThat(packets.size()).as("about 50 packets a second for 2 s").isBetween(85, 115);
            RtpProbe.Packet first = packets.get(0);
            assertThat(first.marker()).isTrue();
            byte[] heard = new byte[0];
            for (int i = 0; i < packets.size(); i++) {
                RtpProbe.Packet p = packets.get(i);
                assertThat(p.payloadType()).isEqualTo(8);
                assertThat(p.bytes()).hasSize(12 + 160);
                assertThat(p.ssrc()).isEqualTo(first.ssrc());
                assertThat(p.sequence()).isEqualTo((first.sequence() + i) & 0xffff);
                assertThat(p.timestamp()).isEqualTo((first.timestamp() + 160L * i) & 0xffffffffL);
                if (i > 0) assertThat(p.marker()).isFalse();
                byte[] more = p.payload();
                heard = Arrays.copyOf(heard, heard.length + more.length);
                System.arraycopy(more, 0, heard, heard.length - more.length, more.length);
            }
            assertThat(Arrays.copyOf(heard, Math.min(heard.length, f.samples.length)))
                    .isEqualTo(Arrays.copyOf(f.samples, Math.min(heard.length, f.samples.length)));
            double seconds = (packets.get(packets.size() - 1).arrivedNanos() - first.arrivedNanos()) / 1e9;
            assertThat((packets.size() - 1) / seconds).as("packets a second").isBetween(45.0, 55.0);
        }
    }

    private Sipp.Result call(String scenario, String caller, RtpProbe probe, String... options) {
        return Sipp.run(dir, scenario, f.sipPort, EarlyMediaFixture.CALLEE, f.keys(caller, probe.port()), options);
    }

    private void pressesStarAndGetsTheToneOnceChargedOnceWithAnSms(String scenario, String caller) throws Exception {
        Http friend = Seed.subscriber(f.vg, caller);
        int smsBefore = f.vg.sms().to(caller).size();
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call(scenario, caller, probe, "-d", "1500");
            assertThat(r.passed()).as(r.toString()).isTrue();
        }
        JsonNode tones = Await.until(Duration.ofSeconds(5), () -> friend.get("/api/me/tones").json(), j -> j.size() == 1);
        assertThat(tones.get(0).get("id").asLong()).isEqualTo(f.tone);
        Thread.sleep(300);
        JsonNode charges = friend.get("/api/me/charges").json();
        assertThat(charges.findValuesAsText("kind")).as("one charge for the tone, however many end packets").containsOnlyOnce("tone");
        List<JsonNode> sms = Await.until(Duration.ofSeconds(5), () -> f.vg.sms().to(caller), l -> l.size() > smsBefore);
        assertThat(sms.get(sms.size() - 1).get("text").asText()).contains("Звонок");

        try (RtpProbe probe = new RtpProbe()) {
            assertThat(call(scenario, caller, probe, "-d", "1000").passed()).as("a second call, a second *").isTrue();
        }
        Thread.sleep(300);
        assertThat(friend.get("/api/me/charges").json().findValuesAsText("kind")).as("already had it: no second charge")
                .containsOnlyOnce("tone");
    }

    @Test
    void aCallIsCountedInTheMetricsAsSetUpThenEndedByItsStatusWithEveryPacketsLateness() throws Exception {
        double setUp = metric("vg_earlymedia_calls_setup_total");
        double cancelled = metric("vg_earlymedia_calls_ended_total{status=\"487\"}");
        double packets = metric("vg_rtp_send_lateness_seconds_count");
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = Sipp.run(dir, "cancel", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000009", probe.port()), "-d", "1000");
            assertThat(r.passed()).as(r.toString()).isTrue();
        }
        assertThat(metric("vg_earlymedia_calls_setup_total")).isEqualTo(setUp + 1);
        assertThat(metric("vg_earlymedia_calls_ended_total{status=\"487\"}")).as("ended by the CANCEL").isEqualTo(cancelled + 1);
        assertThat(metric("vg_rtp_send_lateness_seconds_count") - packets).as("a second of packets").isBetween(40.0, 60.0);
        assertThat(metric("vg_earlymedia_calls_active")).isZero();
    }

    private double metric(String series) {
        for (String line : f.vg.gateway().get("/metrics").text().split("\n"))
            if (line.startsWith(series + " ")) return Double.parseDouble(line.substring(series.length() + 1).trim());
        return 0;
    }

    @Test
    void starAsRfc4733TelephoneEventCopiesTheToneToTheCaller() throws Exception {
        pressesStarAndGetsTheToneOnceChargedOnceWithAnSms("star-rfc4733", "9120000002");
    }

    @Test
    void starRelayedInAnInfoCopiesTheToneToTheCaller() throws Exception {
        pressesStarAndGetsTheToneOnceChargedOnceWithAnSms("star-info", "9120000003");
    }

    @Test
    void aCallPlayedOverSipJoinsTheCallersHeardList() {
        Http friend = Seed.subscriber(f.vg, "9120000004");
        try (RtpProbe probe = new RtpProbe()) {
            assertThat(call("cancel", "8(912)000-00-04", probe, "-d", "300").passed()).isTrue();
        }
        JsonNode heard = Await.until(Duration.ofSeconds(5), () -> friend.get("/api/me/heard").json(), j -> j.size() == 1);
        assertThat(heard.get(0).get("callee").asText()).isEqualTo(EarlyMediaFixture.CALLEE);
        assertThat(heard.get(0).get("toneId").asLong()).isEqualTo(f.tone);
    }

    @Test
    void aByeInTheEarlyDialogIsAnsweredAndStopsTheStream() throws Exception {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("bye", "9120000005", probe, "-d", "500");
            assertThat(r.passed()).as(r.toString()).isTrue();
            assertThat(probe.count()).isGreaterThan(10);
            int after = probe.count();
            Thread.sleep(300);
            assertThat(probe.count()).isLessThanOrEqualTo(after + 1);
        }
    }

    @Test
    void aSwitchThatRequires100relGetsAReliable183AndItsPrackAnswered() {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("prack", "9120000006", probe, "-d", "500");
            assertThat(r.passed()).as(r.toString()).isTrue();
            assertThat(probe.count()).isGreaterThan(10);
        }
    }

    @Test
    void optionsIsTheSwitchsKeepAlive() {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("options", "9120000007", probe);
            assertThat(r.passed()).as(r.toString()).isTrue();
        }
    }

    @Test
    void ordinaryBeepsAre404AndNoPcmaOrNoSdpIs488WithNothingSent() {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result none = Sipp.run(dir, "expect-404", f.sipPort, "9990001122", f.keys("9120000008", probe.port()));
            assertThat(none.passed()).as("a number without the service: " + none).isTrue();
            assertThat(call("expect-488", "9120000008", probe).passed()).as("PCMU only").isTrue();
            Sipp.Result noSdp = call("no-sdp", "9120000008", probe);
            assertThat(noSdp.passed()).as("no SDP: " + noSdp).isTrue();
            assertThat(probe.count()).isZero();
        }
    }

    @Test
    void aHundredCallsAtOnceEachGetTheirOwnStream() {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("cancel", "9120000009", probe, "-m", "100", "-l", "100", "-r", "100", "-d", "2500");
            assertThat(r.passed()).as(r.toString()).isTrue();
            var streams = probe.streams();
            assertThat(streams).hasSize(100);
            for (var packets : streams.values()) {
                assertThat(packets.get(0).marker()).isTrue();
                assertThat(packets.size()).as("2.5 s at 50 a second").isBetween(100, 140);
            }
        }
        // the last branches' streams stop just after SIPp saw their 487
        vg.support.Await.until(java.time.Duration.ofSeconds(2),
                () -> f.vg.app().earlyMedia().orElseThrow().counters().activeStreams(), n -> n == 0);
    }

    @Test
    void theSameCallWorksOverTcp() {
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("cancel", "9120000010", probe, "-t", "t1", "-d", "500");
            assertThat(r.passed()).as(r.toString()).isTrue();
            assertThat(probe.count()).isGreaterThan(10);
        }
    }

    @Test
    void the183IsRepeatedEveryMinuteWhileTheTonePlays() throws Exception {
        Path messages = dir.resolve("repeat-183-messages.log");
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = call("repeat-183", "9120000014", probe, "-d", "65000", "-timeout", "90s", "-trace_msg",
                    "-message_file", messages.toString());
            assertThat(r.passed()).as(r.toString()).isTrue();
            assertThat(probe.count()).as("the tone all along").isGreaterThan(60 * 45);
        }
        // SIPp counts an identical 183 as a retransmission and does not match it again, but logs every one it gets
        String log = java.nio.file.Files.readString(messages);
        long progress = log.lines().filter(l -> l.startsWith("SIP/2.0 183")).count();
        assertThat(progress).as("the 183 and its repeat a minute later").isEqualTo(2);
        assertThat(log).as("the SDP answer").contains("m=audio ", " RTP/AVP 8 96", "a=rtpmap:8 PCMA/8000",
                "a=rtpmap:96 telephone-event/8000", "a=sendrecv", "c=IN IP4 127.0.0.1");
    }
}
