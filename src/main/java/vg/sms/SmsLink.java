package vg.sms;

/** The way SMS leave and enter the service: a log file, or a bind to the operator's SMSC. */
public interface SmsLink extends AutoCloseable {
    /** Starts the link; subscribers' SMS from now on go to {@code handler}. */
    void start(InboundSms handler);

    /**
     * Hands the SMS over; returns only once the other side has taken it.
     *
     * @throws SmsLinkDown when it could not be handed over now; the caller keeps it and tries later
     * @throws SmsRejected when the other side refused this SMS for good
     */
    void send(OutgoingSms sms) throws SmsLinkDown, SmsRejected;

    @Override
    void close();
}
