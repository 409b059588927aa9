package vg.sms;

/** The SMS could not be handed over right now (no bind, timeout, SMSC busy); it stays queued and is tried again. */
public final class SmsLinkDown extends Exception {
    public SmsLinkDown(String message) {
        super(message);
    }

    public SmsLinkDown(String message, Throwable cause) {
        super(message, cause);
    }
}
