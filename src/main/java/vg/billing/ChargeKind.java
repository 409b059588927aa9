package vg.billing;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a charge is for: a day of the subscription, a tone bought, a tone given. */
public enum ChargeKind {
    SUBSCRIPTION, TONE, GIFT;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
