package vg.common;

/**
 * Whether the switch is asking what callers hear: while it is, slow work of other kinds (password hashes) leaves it a
 * core; while it is quiet, that work may use them all.
 */
public final class SwitchDemand {
    /** How long after the switch's last question a core stays kept for it. */
    private static final long QUIET_AFTER_NANOS = 1_000_000_000L;
    /** Questions closer together than this need not write the time again: a busy switch costs one read a call. */
    private static final long RESOLUTION_NANOS = 10_000_000L;

    private volatile long lastAsked = System.nanoTime() - 2 * QUIET_AFTER_NANOS;

    /** The switch asked just now. */
    public void asked() {
        long now = System.nanoTime();
        if (now - lastAsked > RESOLUTION_NANOS) lastAsked = now;
    }

    /** Whether the switch asked within the last second. */
    public boolean asking() {
        return System.nanoTime() - lastAsked < QUIET_AFTER_NANOS;
    }
}
