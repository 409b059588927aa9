package vg.rtp;

/** What {@link RtpPacket#read} found: the header's fields and where the payload lies in the datagram. */
public record RtpHeader(boolean marker, int payloadType, int sequence, long timestamp, int ssrc, int payloadOffset,
                        int payloadLength) {
}
