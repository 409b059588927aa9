package vg.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a tone is in its life: transcoding, ready to publish, failed, in the catalogue, taken out. */
public enum ToneStatus {
    PROCESSING, READY, FAILED, PUBLISHED, WITHDRAWN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static ToneStatus fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
