package vg.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What a tone is: a melody, a status message («I am in a meeting») or a joke. */
public enum ToneKind {
    MELODY, STATUS, JOKE;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ToneKind> parse(String text) {
        if (text == null) return Optional.empty();
        for (ToneKind k : values()) if (k.code().equals(text.strip().toLowerCase())) return Optional.of(k);
        return Optional.empty();
    }
}
