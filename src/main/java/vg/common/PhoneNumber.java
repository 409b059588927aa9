package vg.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** A Russian mobile number in its 10-digit national form (9121234567), whatever spelling it came in. */
public record PhoneNumber(String digits) {
    public PhoneNumber {
        if (!isMobile(digits)) throw new IllegalArgumentException("not a 10-digit mobile number: " + digits);
    }

    /** A plain loop rather than a regex: the switch asks about two numbers on every call. */
    private static boolean isMobile(String d) {
        if (d == null || d.length() != 10 || d.charAt(0) != '9') return false;
        for (int i = 1; i < 10; i++) if (d.charAt(i) < '0' || d.charAt(i) > '9') return false;
        return true;
    }

    /**
     * Accepts 9121234567, 89121234567, +79121234567, +7 (912) 123-45-67 and 8 912 123 45 67:
     * spaces, dashes and brackets are decoration; a leading 8 or +7 is the trunk or country prefix.
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.length() > 32) return Optional.empty();
        String s = text.strip();
        boolean plus = s.startsWith("+");
        if (plus) s = s.substring(1);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c != ' ' && c != '-' && c != '(' && c != ')') return Optional.empty();
        }
        String d = digits.toString();
        if (plus) {
            if (d.length() != 11 || d.charAt(0) != '7') return Optional.empty();
            d = d.substring(1);
        } else if (d.length() == 11 && d.charAt(0) == '8') {
            d = d.substring(1);
        }
        return isMobile(d) ? Optional.of(new PhoneNumber(d)) : Optional.empty();
    }

    @JsonValue
    @Override
    public String digits() {
        return digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
