package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vg.support.RtpProbe;
import vg.support.Sipp;

/** Only the switch gets answers, and nothing a peer sends — torture messages, giant datagrams — breaks vg. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipGuardTest {
    @TempDir
    static Path dir;
    EarlyMediaFixture f;

    @BeforeAll
    void start() {
        f = new EarlyMediaFixture(dir, Map.of());
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private static String options(String from, int port, String branch) {
        return "OPTIONS sip:vg@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + from + ":" + port + ";branch=z9hG4bK" + branch + "\r\n"
                + "From: <sip:switch@" + from + ">;tag=1\r\nTo: <sip:vg@127.0.0.1>\r\nCall-ID: " + branch + "@test\r\n"
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    }

    /** Sends from {@code from} and returns the first line of the answer, or null if none came within the wait. */
    private String send(String from, String text, int waitMillis) throws Exception {
        return send(from, text.getBytes(StandardCharsets.ISO_8859_1), waitMillis);
    }

    private String send(String from, byte[] bytes, int waitMillis) throws Exception {
        List<String> all = answers(from, bytes, waitMillis);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The first line of every answer that comes within the wait. */
    private List<String> answers(String from, byte[] bytes, int waitMillis) throws Exception {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(from), 0))) {
            s.setSoTimeout(waitMillis);
            // answers go where the Via says: the placeholder port 5999 becomes this socket's
            bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace(":5999", ":" + s.getLocalPort()).getBytes(StandardCharsets.ISO_8859_1);
            s.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), f.sipPort));
            byte[] buf = new byte[8192];
            while (true) {
                DatagramPacket answer = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(answer);
                } catch (SocketTimeoutException e) {
                    return lines;
                }
                String text = new String(buf, 0, answer.getLength(), StandardCharsets.UTF_8);
                lines.add(text.substring(0, text.indexOf("\r\n")));
            }
        }
    }

    @Test
    void sipFromOutsideTheTrustedAddressesGetsNoAnswerAtAll() throws Exception {
        assertThat(send("127.0.0.1", options("127.0.0.1", 5999, "trusted1"), 2000)).isEqualTo("SIP/2.0 200 OK");
        assertThat(send("127.0.0.2", options("127.0.0.2", 5999, "untrusted1"), 1500)).as("from 127.0.0.2").isNull();
    }

    @Test
    void aTcpConnectionFromOutsideTheTrustedAddressesIsClosedUnanswered() throws Exception {
        assertThat(overTcp("127.0.0.1", options("127.0.0.1", 5999, "tcp1").replace("SIP/2.0/UDP", "SIP/2.0/TCP")))
                .startsWith("SIP/2.0 200 OK");
        assertThat(overTcp("127.0.0.2", options("127.0.0.2", 5999, "tcp2").replace("SIP/2.0/UDP", "SIP/2.0/TCP")))
                .as("from 127.0.0.2").isEmpty();
    }

    /** Whatever comes back on one TCP connection within 2 s (empty if vg closes it at once). */
    private String overTcp(String from, String text) throws Exception {
        try (java.net.Socket s = new java.net.Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), f.sipPort), 2000);
            s.setSoTimeout(2000);
            try {
                s.getOutputStream().write(text.replace(":5999", ":" + s.getLocalPort()).getBytes(StandardCharsets.ISO_8859_1));
                byte[] buf = new byte[4096];
                int n = s.getInputStream().read(buf);
                return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException closed) {
                return "";
            }
        }
    }

    @Test
    void aDatagramLargerThanTheLimitIsDroppedUnread() throws Exception {
        String big = options("127.0.0.1", 5999, "big1").replace("Content-Length: 0", "X-Padding: " + "a".repeat(20_000) + "\r\nContent-Length: 0");
        assertThat(send("127.0.0.1", big, 1500)).isNull();
        assertThat(send("127.0.0.1", options("127.0.0.1", 5999, "after-big"), 2000)).isEqualTo("SIP/2.0 200 OK");
    }

    /** After RFC 4475's spirit: broken start lines, headers, lengths and bodies. */
    @Test
    void malformedMessagesGet400WhereAnAnswerCanBeAddressedAndNeverBreakTheNextCall() throws Exception {
        String via = "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK";
        String dialog = "From: <sip:9120000021@127.0.0.1>;tag=9\r\nTo: <sip:9121234567@127.0.0.1>\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n";
        String sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 8\r\n";
        List<String> garbage = List.of(
                "",
                "\u0000\u0001\u0002\u00ff garbage",
                "INVITE\r\n\r\n",
                "INVITE sip:9121234567@127.0.0.1 SIP/7.0\r\n" + via + "v1\r\n" + dialog + "Call-ID: v1\r\nContent-Length: 0\r\n\r\n",
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "cl1\r\n" + dialog + "Call-ID: cl1\r\nContent-Type: application/sdp\r\nContent-Length: 9999\r\n\r\n" + sdp,
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "cl2\r\n" + dialog + "Call-ID: cl2\r\nContent-Type: application/sdp\r\nContent-Length: -5\r\n\r\n" + sdp,
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "nocid\r\n" + dialog + "Content-Length: 0\r\n\r\n",
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "cseq\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>\r\nCall-ID: cseq\r\nCSeq: abc INVITE\r\nContent-Length: 0\r\n\r\n",
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "badsdp\r\n" + dialog + "Call-ID: badsdp\r\nContent-Type: application/sdp\r\nContent-Length: 20\r\n\r\nthis is no sdp at al",
                "INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "badc\r\n" + dialog + "Call-ID: badc\r\nContent-Type: application/sdp\r\nContent-Length: "
                        + sdp.replace("c=IN IP4 127.0.0.1", "c=IN IP4 not-an-address").length() + "\r\n\r\n" + sdp.replace("c=IN IP4 127.0.0.1", "c=IN IP4 not-an-address"),
                "INVITE <sip:9121234567@127.0.0.1> SIP/2.0\r\n" + via + "lt\r\n" + dialog + "Call-ID: lt\r\nContent-Length: 0\r\n\r\n",
                "OPTIONS sip:vg@127.0.0.1 SIP/2.0\r\n" + via + "esc\r\nFrom: \"\\\"\u0000\" <sip:a@b>;tag=1\r\nTo: <sip:vg@127.0.0.1>\r\nCall-ID: esc\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n",
                "SIP/2.0 200 OK\r\n" + via + "stray\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: stray\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n",
                "BYE sip:vg@127.0.0.1 SIP/2.0\r\n" + via + "nobye\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: nobye\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n");
        for (String g : garbage) {
            String answer = send("127.0.0.1", g, 700);
            assertThat(answer == null || answer.startsWith("SIP/2.0 4")).as("answer to %s: %s", g.lines().findFirst().orElse(""), answer).isTrue();
        }
        List<String> badSdp = answers("127.0.0.1", ("INVITE sip:9121234567@127.0.0.1 SIP/2.0\r\n" + via + "badsdp2\r\n" + dialog
                + "Contact: <sip:switch@127.0.0.1:5999>\r\nCall-ID: badsdp2\r\nContent-Type: application/sdp\r\nContent-Length: 20\r\n\r\nthis is no sdp at al")
                .getBytes(StandardCharsets.ISO_8859_1), 1500);
        assertThat(badSdp).as("an INVITE whose SDP cannot be read").hasSizeGreaterThanOrEqualTo(2);
        assertThat(badSdp.get(0)).startsWith("SIP/2.0 100");
        assertThat(badSdp.get(1)).startsWith("SIP/2.0 400");
        assertThat(f.vg.app().earlyMedia().orElseThrow().calls().activeCalls()).as("no call left stuck").isZero();
        Sipp.assumeInstalled();
        try (RtpProbe probe = new RtpProbe()) {
            Sipp.Result r = Sipp.run(dir, "cancel", f.sipPort, EarlyMediaFixture.CALLEE, f.keys("9120000021", probe.port()), "-d", "300");
            assertThat(r.passed()).as("a real call after all that: " + r).isTrue();
        }
    }
}
