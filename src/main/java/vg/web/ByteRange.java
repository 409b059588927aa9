package vg.web;

import java.util.Optional;

/**
 * One byte range of a Range header (RFC 9110 §14). Javalin's seekable writer answers audio with chunk-sized pieces
 * whatever end was asked for, which a switch fetching exact ranges cannot use, so vg reads the header itself.
 */
record ByteRange(long first, long last) {
    long length() {
        return last - first + 1;
    }

    sealed interface Parsed permits Whole, Partial, Unsatisfiable {
    }

    /** No usable range (absent, malformed or several): the whole file is the answer, as the RFC allows. */
    record Whole() implements Parsed {
    }

    record Partial(ByteRange range) implements Parsed {
    }

    record Unsatisfiable() implements Parsed {
    }

    static Parsed parse(String header, long size) {
        if (header == null) return new Whole();
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) return new Whole();
        String spec = h.substring(6).strip();
        if (spec.contains(",")) return new Whole();
        int dash = spec.indexOf('-');
        if (dash < 0) return new Whole();
        Optional<Long> a = number(spec.substring(0, dash).strip());
        Optional<Long> b = number(spec.substring(dash + 1).strip());
        if (spec.substring(0, dash).isBlank()) {
            // a suffix: the last n bytes
            if (b.isEmpty() || b.get() == 0) return b.isEmpty() ? new Whole() : new Unsatisfiable();
            if (size == 0) return new Unsatisfiable();
            long n = Math.min(b.get(), size);
            return new Partial(new ByteRange(size - n, size - 1));
        }
        if (a.isEmpty()) return new Whole();
        if (!spec.substring(dash + 1).isBlank() && (b.isEmpty() || b.get() < a.get())) return new Whole();
        if (a.get() >= size) return new Unsatisfiable();
        long last = b.map(v -> Math.min(v, size - 1)).orElse(size - 1);
        return new Partial(new ByteRange(a.get(), last));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) return Optional.empty();
        return Optional.of(Long.parseLong(s));
    }
}
