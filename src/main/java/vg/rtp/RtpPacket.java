package vg.rtp;

/**
 * The RTP fixed header of RFC 3550 §5.1, written and read in place: version 2, no padding, no extension, no CSRC on
 * the way out; CSRCs, an extension and padding are skipped on the way in.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * |                           timestamp                           |
 * |           synchronization source (SSRC) identifier            |
 * </pre>
 */
public final class RtpPacket {
    public static final int HEADER_BYTES = 12;

    private RtpPacket() {
    }

    /** Writes the 12-byte header at {@code at}; the payload follows it. */
    public static void writeHeader(byte[] b, int at, boolean marker, int payloadType, int sequence, long timestamp, int ssrc) {
        b[at] = (byte) 0x80;
        b[at + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f));
        b[at + 2] = (byte) (sequence >>> 8);
        b[at + 3] = (byte) sequence;
        b[at + 4] = (byte) (timestamp >>> 24);
        b[at + 5] = (byte) (timestamp >>> 16);
        b[at + 6] = (byte) (timestamp >>> 8);
        b[at + 7] = (byte) timestamp;
        b[at + 8] = (byte) (ssrc >>> 24);
        b[at + 9] = (byte) (ssrc >>> 16);
        b[at + 10] = (byte) (ssrc >>> 8);
        b[at + 11] = (byte) ssrc;
    }

    /** The header of a received datagram, or null if it is not RTP version 2 or its lengths do not add up. */
    public static RtpHeader read(byte[] b, int length) {
        if (length < HEADER_BYTES || (b[0] & 0xc0) != 0x80) return null;
        boolean padding = (b[0] & 0x20) != 0;
        boolean extension = (b[0] & 0x10) != 0;
        int csrcCount = b[0] & 0x0f;
        int offset = HEADER_BYTES + 4 * csrcCount;
        if (extension) {
            if (length < offset + 4) return null;
            offset += 4 + 4 * (((b[offset + 2] & 0xff) << 8) | (b[offset + 3] & 0xff));
        }
        int end = length;
        if (padding) end -= b[length - 1] & 0xff;
        if (offset > end) return null;
        return new RtpHeader((b[1] & 0x80) != 0, b[1] & 0x7f, ((b[2] & 0xff) << 8) | (b[3] & 0xff),
                ((long) (b[4] & 0xff) << 24) | ((b[5] & 0xff) << 16) | ((b[6] & 0xff) << 8) | (b[7] & 0xff),
                ((b[8] & 0xff) << 24) | ((b[9] & 0xff) << 16) | ((b[10] & 0xff) << 8) | (b[11] & 0xff),
                offset, end - offset);
    }
}
