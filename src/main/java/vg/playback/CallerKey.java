package vg.playback;

import java.util.HashSet;
import java.util.Set;
import vg.common.PhoneNumber;

/** A mobile number as a long (9121234567), the form the compiled plans and the cache are keyed by. */
final class CallerKey {
    static final long NONE = -1;

    private CallerKey() {}

    /** The key of a number in any accepted spelling, or {@link #NONE} for what is not a mobile number (a landline caller). */
    static long of(String number) {
        if (number == null) return NONE;
        if (number.length() == 10 && number.charAt(0) == '9') {
            long key = 0;
            for (int i = 0; i < 10; i++) {
                int d = number.charAt(i) - '0';
                if (d < 0 || d > 9) return NONE;
                key = key * 10 + d;
            }
            return key;
        }
        return PhoneNumber.parse(number).map(p -> Long.parseLong(p.digits())).orElse(NONE);
    }

    static long of(PhoneNumber phone) {
        return Long.parseLong(phone.digits());
    }

    /** The numbers in their 10-digit form; an unreadable number is a caller's mistake the cabinet should have refused. */
    static Set<String> normalised(Set<String> numbers) {
        Set<String> out = new HashSet<>();
        for (String n : numbers) {
            out.add(PhoneNumber.parse(n).orElseThrow(() -> new IllegalArgumentException("not a mobile number: " + n)).digits());
        }
        return Set.copyOf(out);
    }
}
