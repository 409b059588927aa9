package vg.sms;

/**
 * Receives a subscriber's SMS exactly as the network sent it (numbers not normalised). It returns once the
 * command is recorded; throwing tells the link the SMS was not taken, so the SMSC delivers it again.
 */
@FunctionalInterface
public interface InboundSms {
    void received(String from, String to, String text);
}
