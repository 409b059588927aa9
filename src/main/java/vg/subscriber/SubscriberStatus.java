package vg.subscriber;

import com.fasterxml.jackson.annotation.JsonValue;

/** Active: callers hear tones and days are billed. Suspended: a temporary stop (a lost SIM). Disconnected: SMS «0». */
public enum SubscriberStatus {
    ACTIVE, SUSPENDED, DISCONNECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static SubscriberStatus fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
