package vg.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** The catalogue number of a tone; positive, as SQLite assigns them. */
public record ToneId(long value) {
    public ToneId {
        if (value <= 0) throw new IllegalArgumentException("a tone id is a positive number: " + value);
    }

    public static ToneId of(long value) {
        return new ToneId(value);
    }

    /** Parses a path or query parameter; anything that is not a positive whole number is a 404-worthy miss. */
    public static java.util.Optional<ToneId> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) return java.util.Optional.empty();
        for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return java.util.Optional.empty();
        long v = Long.parseLong(text);
        return v > 0 ? java.util.Optional.of(new ToneId(v)) : java.util.Optional.empty();
    }

    @JsonValue
    public long asJson() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
