package vg.sms;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to bind to the SMSC. {@code enquireLink}: idle time before a keep-alive; {@code responseTimeout}:
 * how long bind and submit_sm wait for their response; {@code rebindMin}/{@code rebindMax}: the doubling pause
 * between bind attempts after a failure or a dropped connection.
 */
public record SmppSettings(String host, int port, String systemId, String password,
                           Duration enquireLink, Duration responseTimeout, Duration rebindMin, Duration rebindMax) {
    public static final Duration DEFAULT_ENQUIRE_LINK = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REBIND_MIN = Duration.ofMillis(500);
    public static final Duration DEFAULT_REBIND_MAX = Duration.ofSeconds(30);

    public SmppSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("SMPP port out of range: " + port);
    }

    public static SmppSettings of(String host, int port, String systemId, String password) {
        return new SmppSettings(host, port, systemId, password,
                DEFAULT_ENQUIRE_LINK, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_REBIND_MIN, DEFAULT_REBIND_MAX);
    }

    public SmppSettings withTimers(Duration newEnquireLink, Duration newResponseTimeout, Duration newRebindMin, Duration newRebindMax) {
        return new SmppSettings(host, port, systemId, password, newEnquireLink, newResponseTimeout, newRebindMin, newRebindMax);
    }

    /** Never the password: this goes into logs. */
    @Override
    public String toString() {
        return systemId + "@" + host + ":" + port;
    }
}
