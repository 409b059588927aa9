package vg.search;

import java.util.Optional;

/** The orders of a catalogue page; {@code relevance} needs a query text and is the default with one. */
public enum SearchSort {
    RELEVANCE, POPULAR, NEW, TITLE, PRICE;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<SearchSort> parse(String text) {
        if (text == null) return Optional.empty();
        for (SearchSort s : values()) if (s.code().equals(text.strip().toLowerCase())) return Optional.of(s);
        return Optional.empty();
    }
}
