package vg.search;

import java.util.Optional;

/**
 * The orders of a catalogue page; {@code relevance} needs a query text and is the default with one; {@code popular}
 * is all-time popularity, {@code popular_week} the plays of the last seven days.
 */
public enum SearchSort {
    RELEVANCE, POPULAR, POPULAR_WEEK, NEW, TITLE, PRICE;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<SearchSort> parse(String text) {
        if (text == null) return Optional.empty();
        for (SearchSort s : values()) if (s.code().equals(text.strip().toLowerCase())) return Optional.of(s);
        return Optional.empty();
    }
}
