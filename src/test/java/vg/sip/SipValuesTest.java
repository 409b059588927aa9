package vg.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The pieces of SIP that vg reads: address blocks, SDP offers, the parties of a call, an INFO's key. */
class SipValuesTest {
    @Test
    void addressBlocksMatchByTheirPrefix() throws Exception {
        TrustedAddresses t = TrustedAddresses.parse("10.1.0.0/16, 127.0.0.1, ::1/128").orElseThrow();
        assertThat(t.trusts(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(t.trusts(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(t.trusts(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(t.trusts(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(t.trusts(InetAddress.getByName("::1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Cidr.parse("switch.example/8")).as("no names, so no DNS").isEmpty();
        assertThat(Cidr.parse("300.1.1.1")).isEmpty();
    }

    @Test
    void anOfferGivesItsAudioAddressPcmaAndTheTelephoneEventType() throws Exception {
        SdpOffer o = SdpOffer.parse("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                + "m=video 5000 RTP/AVP 96\r\nm=audio 40000 RTP/AVP 0 8 101\r\nc=IN IP4 10.0.0.2\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n");
        assertThat(o.media().getAddress().getHostAddress()).isEqualTo("10.0.0.2");
        assertThat(o.media().getPort()).isEqualTo(40000);
        assertThat(o.pcma()).isTrue();
        assertThat(o.telephoneEvent()).isEqualTo(101);
        SdpOffer pcmu = SdpOffer.parse("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n");
        assertThat(pcmu.pcma()).isFalse();
        assertThat(pcmu.telephoneEvent()).isEqualTo(SdpOffer.NO_TELEPHONE_EVENT);
        assertThatThrownBy(() -> SdpOffer.parse("hello")).isInstanceOf(SdpOffer.Malformed.class);
        assertThatThrownBy(() -> SdpOffer.parse("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nt=0 0\r\nm=audio 4 RTP/AVP 8\r\n"))
                .as("no address for the audio").isInstanceOf(SdpOffer.Malformed.class);
    }

    private static CallParties parties(String requestUri, String from, String... extra) throws Exception {
        String text = "INVITE " + requestUri + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK1\r\n"
                + "From: " + from + ";tag=1\r\nTo: <" + requestUri + ">\r\nCall-ID: 1@x\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n"
                + String.join("", extra) + "Content-Length: 0\r\n\r\n";
        return CallParties.of(new MessageFactoryImpl().createRequest(text));
    }

    @Test
    void theCalleeIsTheRequestUrisNumberAndTheCallerTheAssertedIdentityElseFrom() throws Exception {
        CallParties p = parties("sip:+79121234567@vg;user=phone", "<sip:89120000001@switch>");
        assertThat(p.callee().orElseThrow().digits()).isEqualTo("9121234567");
        assertThat(p.caller().orElseThrow().digits()).isEqualTo("9120000001");
        CallParties asserted = parties("tel:+7-912-123-45-67", "<sip:anonymous@anonymous.invalid>",
                "P-Asserted-Identity: <sip:anonymous@x>, <tel:+79120000002>\r\n");
        assertThat(asserted.callee().orElseThrow().digits()).isEqualTo("9121234567");
        assertThat(asserted.caller().orElseThrow().digits()).isEqualTo("9120000002");
        CallParties landline = parties("sip:9121234567@vg", "<sip:3432123456@switch>");
        assertThat(landline.caller()).isEmpty();
        assertThat(parties("sip:vg@vg", "<sip:9120000001@switch>").callee()).isEmpty();
    }

    @Test
    void theAnswerIsPcmaWithTheOffersTelephoneEventTypeAndSendrecv() throws Exception {
        String withEvents = SdpAnswer.text(InetAddress.getByName("10.0.0.9"), 20000, 101, 7);
        assertThat(withEvents).contains("c=IN IP4 10.0.0.9\r\n", "m=audio 20000 RTP/AVP 8 101\r\n", "a=rtpmap:8 PCMA/8000\r\n",
                "a=rtpmap:101 telephone-event/8000\r\n", "a=ptime:20\r\n", "a=sendrecv\r\n");
        String without = SdpAnswer.text(InetAddress.getByName("10.0.0.9"), 20002, SdpOffer.NO_TELEPHONE_EVENT, 7);
        assertThat(without).contains("m=audio 20002 RTP/AVP 8\r\n").doesNotContain("telephone-event");
        assertThat(javax.sdp.SdpFactory.getInstance().createSessionDescription(withEvents).getMediaDescriptions(false)).hasSize(1);
    }

    @Test
    void anInfoCarriesItsKeyAsDtmfRelayOrPlainDtmf() throws Exception {
        String head = "INFO sip:vg@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK1\r\n"
                + "From: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: 1@x\r\nCSeq: 2 INFO\r\nMax-Forwards: 70\r\n";
        String relay = "Signal=*\r\nDuration=160\r\n";
        var info = new MessageFactoryImpl().createRequest(head + "Content-Type: application/dtmf-relay\r\nContent-Length: "
                + relay.length() + "\r\n\r\n" + relay);
        assertThat(DtmfRelay.key(info)).isEqualTo('*');
        var plain = new MessageFactoryImpl().createRequest(head + "Content-Type: application/dtmf\r\nContent-Length: 1\r\n\r\n5");
        assertThat(DtmfRelay.key(plain)).isEqualTo('5');
        var none = new MessageFactoryImpl().createRequest(head + "Content-Type: text/plain\r\nContent-Length: 1\r\n\r\n*");
        assertThat(DtmfRelay.key(none)).isEqualTo((char) 0);
    }
}
