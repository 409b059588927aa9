package vg.rtp;

/**
 * An RFC 4733 §2.3 named event: event code, end bit, volume and duration. The key {@code *} is event 10. Every packet
 * of one key press carries the RTP timestamp of the press's start, and the end packet is sent three times.
 * <pre>
 * |     event     |E|R| volume    |          duration             |
 * </pre>
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {
    public static final int STAR = 10;

    /** The event in an RTP payload, or null if the payload is too short to be one. */
    public static TelephoneEvent read(byte[] b, int offset, int length) {
        if (length < 4) return null;
        return new TelephoneEvent(b[offset] & 0xff, (b[offset + 1] & 0x80) != 0, b[offset + 1] & 0x3f,
                ((b[offset + 2] & 0xff) << 8) | (b[offset + 3] & 0xff));
    }

    /** The payload of this event, for peers and tests that send one. */
    public byte[] bytes() {
        return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | (volume & 0x3f)), (byte) (duration >>> 8), (byte) duration};
    }
}
