package vg.sip;

import java.net.InetAddress;
import vg.rtp.PortRange;

/**
 * The early-media settings of the contract: {@code VG_SIP_PORT} (0 = no SIP), {@code VG_SIP_HOST},
 * {@code VG_SIP_TRUSTED}, {@code VG_RTP_PORTS}, {@code VG_MAX_CALLS} and {@code VG_RING_SECONDS}.
 */
public record SipSettings(int port, InetAddress host, TrustedAddresses trusted, PortRange rtpPorts, int maxCalls,
                          int ringSeconds) {
    public boolean enabled() {
        return port != 0;
    }

    public SipSettings withPort(int newPort) {
        return new SipSettings(newPort, host, trusted, rtpPorts, maxCalls, ringSeconds);
    }
}
