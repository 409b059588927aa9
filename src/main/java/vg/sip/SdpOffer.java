package vg.sip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;

/**
 * What vg needs of the caller's SDP offer (RFC 4566, parsed by JAIN-SIP's {@code javax.sdp}): where its audio wants
 * RTP, whether it takes PCMA/8000, and the payload type it gives {@code telephone-event}.
 */
public record SdpOffer(InetSocketAddress media, boolean pcma, int telephoneEvent) {
    public static final int NO_TELEPHONE_EVENT = -1;

    /** Thrown for text that is not an SDP session description with an audio stream vg can address. */
    public static final class Malformed extends Exception {
        Malformed(String why) {
            super(why);
        }
    }

    public static SdpOffer parse(String text) throws Malformed {
        SessionDescription sdp;
        try {
            sdp = SdpFactory.getInstance().createSessionDescription(text);
            @SuppressWarnings("unchecked")
            List<MediaDescription> media = sdp.getMediaDescriptions(false);
            if (media == null) throw new Malformed("the offer has no media");
            for (MediaDescription m : media) {
                if (!"audio".equalsIgnoreCase(m.getMedia().getMediaType()) || m.getMedia().getMediaPort() == 0) continue;
                if (!m.getMedia().getProtocol().toUpperCase(Locale.ROOT).startsWith("RTP/")) continue;
                return audio(sdp, m);
            }
            throw new Malformed("the offer has no audio stream over RTP");
        } catch (SdpException | RuntimeException e) {
            throw new Malformed("the offer cannot be read as SDP: " + e.getMessage());
        }
    }

    private static SdpOffer audio(SessionDescription sdp, MediaDescription m) throws SdpException, Malformed {
        Connection c = Optional.ofNullable(m.getConnection()).orElse(sdp.getConnection());
        if (c == null) throw new Malformed("the offer says no address for its audio");
        String written = c.getAddress();
        InetAddress address = IpLiteral.parse(written == null ? "" : written.split("/")[0])
                .orElseThrow(() -> new Malformed("the offer's address is not an IP address: " + written));
        int port = m.getMedia().getMediaPort();
        if (port < 1 || port > 65535) throw new Malformed("the offer's port is out of range: " + port);
        @SuppressWarnings("unchecked")
        List<Object> formats = m.getMedia().getMediaFormats(false);
        boolean pcma = false;
        int event = NO_TELEPHONE_EVENT;
        if (formats != null) for (Object f : formats) if ("8".equals(String.valueOf(f).trim())) pcma = true;
        @SuppressWarnings("unchecked")
        List<Attribute> attributes = m.getAttributes(false);
        if (attributes != null) for (Attribute a : attributes) {
            if (!"rtpmap".equalsIgnoreCase(a.getName()) || a.getValue() == null) continue;
            String[] map = a.getValue().trim().split("\\s+", 2);
            if (map.length < 2 || !offered(formats, map[0])) continue;
            String encoding = map[1].toLowerCase(Locale.ROOT);
            if (encoding.startsWith("pcma/8000")) pcma = true;
            if (encoding.startsWith("telephone-event/8000")) event = Integer.parseInt(map[0]);
        }
        return new SdpOffer(new InetSocketAddress(address, port), pcma, event);
    }

    private static boolean offered(List<Object> formats, String type) {
        if (formats == null || !type.matches("\\d{1,3}") || Integer.parseInt(type) > 127) return false;
        for (Object f : formats) if (type.equals(String.valueOf(f).trim())) return true;
        return false;
    }
}
