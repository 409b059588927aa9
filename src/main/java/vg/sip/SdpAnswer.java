package vg.sip;

import java.net.InetAddress;
import java.net.Inet6Address;

/**
 * vg's answer (RFC 3264): one audio stream from vg's port, PCMA/8000 as payload type 8, the offer's
 * telephone-event type if it had one, 20 ms packets, {@code sendrecv} so that the caller's key presses may come back.
 */
final class SdpAnswer {
    private SdpAnswer() {
    }

    static String text(InetAddress host, int port, int telephoneEvent, long sessionId) {
        String ip = (host instanceof Inet6Address ? "IP6 " : "IP4 ") + host.getHostAddress();
        StringBuilder sdp = new StringBuilder(256)
                .append("v=0\r\n")
                .append("o=vg ").append(sessionId).append(' ').append(sessionId).append(" IN ").append(ip).append("\r\n")
                .append("s=vg ringback tone\r\n")
                .append("c=IN ").append(ip).append("\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(port).append(" RTP/AVP 8");
        if (telephoneEvent >= 0) sdp.append(' ').append(telephoneEvent);
        sdp.append("\r\n").append("a=rtpmap:8 PCMA/8000\r\n");
        if (telephoneEvent >= 0)
            sdp.append("a=rtpmap:").append(telephoneEvent).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(telephoneEvent).append(" 0-15\r\n");
        return sdp.append("a=ptime:20\r\n").append("a=sendrecv\r\n").toString();
    }
}
