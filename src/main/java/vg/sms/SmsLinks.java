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
            case "log" -> new LogSmsLink(dataDir, clock, System.out);
            case "smpp" -> new SmppSmsLink(SmppSettings.of(
                    config.smppHost().orElseThrow(() -> missing("VG_SMPP_HOST", "the SMSC's host name or address")),
                    config.smppPort(),
                    config.smppSystemId().orElseThrow(() -> missing("VG_SMPP_SYSTEM_ID", "the system_id the SMSC gave the service")),
                    config.smppPassword().orElse("")));
            default -> throw new IllegalArgumentException("VG_SMS must be log or smpp, not '" + config.smsLink() + "'");
        };
    }

    private static IllegalArgumentException missing(String variable, String meaning) {
        return new IllegalArgumentException("VG_SMS=smpp needs " + variable + " (" + meaning + ")");
    }
}
