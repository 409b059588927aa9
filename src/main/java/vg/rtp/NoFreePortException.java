package vg.rtp;

import java.io.IOException;

/** Every port of {@code VG_RTP_PORTS} is in use. */
public final class NoFreePortException extends IOException {
    public NoFreePortException() {
        super("every RTP port is in use");
    }
}
