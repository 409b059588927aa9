package vg.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RtpPacketTest {
    @Test
    void theHeaderIsWrittenInRfc3550sLayout() {
        byte[] b = new byte[12];
        RtpPacket.writeHeader(b, 0, true, 8, 0xBEEF, 0xDEADBEEFL, 0x01020304);
        assertThat(b).containsExactly(0x80, 0x88, 0xBE, 0xEF, 0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02, 0x03, 0x04);
        RtpPacket.writeHeader(b, 0, false, 8, 1, 160, -1);
        assertThat(b[1]).as("no marker, payload type 8").isEqualTo((byte) 0x08);
    }

    @Test
    void aReadHeaderSkipsCsrcsTheExtensionAndPadding() {
        // V=2 P=1 X=1 CC=1, M=1 PT=96, seq 7, ts 1000, ssrc 5, one CSRC, a one-word extension, 4 payload bytes, 2 of padding
        byte[] b = {(byte) 0xB1, (byte) 0xE0, 0, 7, 0, 0, 0x03, (byte) 0xE8, 0, 0, 0, 5, 9, 9, 9, 9,
                (byte) 0xBE, (byte) 0xDE, 0, 1, 1, 2, 3, 4, 10, (byte) 0x80, 0, (byte) 0xA0, 0, 2};
        RtpHeader h = RtpPacket.read(b, b.length);
        assertThat(h).isEqualTo(new RtpHeader(true, 96, 7, 1000, 5, 24, 4));
    }

    @Test
    void whatIsNotRtpVersion2OrIsCutShortIsNotRead() {
        assertThat(RtpPacket.read(new byte[11], 11)).isNull();
        byte[] v1 = new byte[12];
        v1[0] = 0x40;
        assertThat(RtpPacket.read(v1, 12)).isNull();
        byte[] lyingCsrc = new byte[12];
        lyingCsrc[0] = (byte) 0x8F;
        assertThat(RtpPacket.read(lyingCsrc, 12)).as("15 CSRCs announced, none there").isNull();
    }

    @Test
    void telephoneEventsAreReadAndWrittenInRfc4733sLayout() {
        TelephoneEvent star = new TelephoneEvent(TelephoneEvent.STAR, true, 10, 800);
        assertThat(star.bytes()).containsExactly(10, 0x8A, 0x03, 0x20);
        assertThat(TelephoneEvent.read(star.bytes(), 0, 4)).isEqualTo(star);
        assertThat(TelephoneEvent.read(new byte[3], 0, 3)).isNull();
    }

    @Test
    void aPortRangeGivesItsEvenPortsOnly() {
        PortRange r = PortRange.parse("20001-20006").orElseThrow();
        assertThat(r.evenPorts()).isEqualTo(3);
        assertThat(r.evenPort(0)).isEqualTo(20002);
        assertThat(r.evenPort(2)).isEqualTo(20006);
        assertThat(PortRange.parse("21-20")).isEmpty();
        assertThat(PortRange.parse("30001-30001")).as("no even port").isEmpty();
        assertThat(PortRange.parse("abc")).isEmpty();
    }
}
