package vg.sms;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.PhoneNumber;

/** SMS that arrive over SMPP are handled exactly like {@code /sms/inbound}; a sender that is no mobile number is dropped. */
public final class InboundFromNetwork implements InboundSms {
    private static final Logger log = LoggerFactory.getLogger(InboundFromNetwork.class);
    private final SmsCommands commands;

    public InboundFromNetwork(SmsCommands commands) {
        this.commands = commands;
    }

    @Override
    public void received(String from, String to, String text) {
        // SMPP carries international numbers without the plus (TON international): 79121234567
        String spelled = from != null && from.matches("7\\d{10}") ? "+" + from : from;
        Optional<PhoneNumber> phone = PhoneNumber.parse(spelled);
        if (phone.isEmpty()) {
            log.warn("an SMS to {} from '{}', which is not a mobile number, was ignored", to, from);
            return;
        }
        commands.handle(phone.get(), to, text);
    }
}
