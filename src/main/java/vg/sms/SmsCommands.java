package vg.sms;

import java.util.Locale;
import vg.common.PhoneNumber;
import vg.subscriber.SubscriberService;

/** What a subscriber's SMS means, by the short number it was sent to: the contract's table, nothing more. */
public final class SmsCommands {
    private final SubscriberService subscribers;

    public SmsCommands(SubscriberService subscribers) {
        this.subscribers = subscribers;
    }

    public void handle(PhoneNumber from, String to, String text) {
        String number = to == null ? "" : to.strip();
        String command = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        switch (number) {
            case SmsTexts.SERVICE_NUMBER -> {
                switch (command) {
                    case "5" -> subscribers.connect(from);
                    case "0", "STOP", "СТОП" -> subscribers.disconnect(from);
                    default -> subscribers.help(from, SmsTexts.SERVICE_NUMBER);
                }
            }
            case SmsTexts.PASSWORD_NUMBER -> subscribers.newPassword(from);
            default -> subscribers.help(from, number.isEmpty() ? SmsTexts.SERVICE_NUMBER : number);
        }
    }
}
