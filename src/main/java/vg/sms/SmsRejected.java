package vg.sms;

/** The SMSC refused this SMS for good (e.g. an invalid number); sending it again would be refused again. */
public final class SmsRejected extends Exception {
    public SmsRejected(String message) {
        super(message);
    }
}
