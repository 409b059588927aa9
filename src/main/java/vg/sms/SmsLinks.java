package vg.sms;

import java.nio.file.Path;
import java.time.Clock;
import vg.app.Config;

/** Chooses the SMS link the configuration asks for. */
public final class SmsLinks {
    private SmsLinks() {
    }

    public static SmsLink fromConfig(Config config, Path dataDir) {
        return fromConfig(config, dataDir, Clock.systemUTC());
    }

    /** @throws IllegalArgumentException when VG_SMS=smpp lacks what a bind needs; the message names the variable */
    public static SmsLink fromConfig(Config config, Path dataDir, Clock clock) {
        return switch (config.smsLink()) {
            case "log" -> new LogSmsLink(dataDir, clock, org.slf4j.LoggerFactory.getLogger(LogSmsLink.class)::info);
            case "smpp" -> new SmppSmsLink(SmppSettings.of(
                    config.smppHost().orElseThrow(() -> missing("VG_SMPP_HOST", "the SMSC's host name or address")),
                    config.smppPort(),
                    bounded("VG_SMPP_SYSTEM_ID", config.smppSystemId()
                            .orElseThrow(() -> missing("VG_SMPP_SYSTEM_ID", "the system_id the SMSC gave the service")), 15),
                    bounded("VG_SMPP_PASSWORD", config.smppPassword().orElse(""), 8)));
            default -> throw new IllegalArgumentException("VG_SMS must be log or smpp, not '" + config.smsLink() + "'");
        };
    }

    /** SMPP 3.4 fixes these lengths (system_id 16 octets, password 9, with the terminating NUL). */
    private static String bounded(String variable, String value, int max) {
        if (value.length() > max)
            throw new IllegalArgumentException(variable + " can be at most " + max + " characters long in SMPP 3.4");
        return value;
    }

    private static IllegalArgumentException missing(String variable, String meaning) {
        return new IllegalArgumentException("VG_SMS=smpp needs " + variable + " (" + meaning + ")");
    }
}
