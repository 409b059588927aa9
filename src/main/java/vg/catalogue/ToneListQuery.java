package vg.catalogue;

import java.util.Locale;
import java.util.Optional;

/** The editor's list: a text in the title or artist, filters, an order, a page. Empty filters are no filters. */
public record ToneListQuery(String text, Optional<ToneStatus> status, Optional<String> themeId, Optional<ToneKind> kind,
                            Order order, int page, int size) {
    /** Newest first, or by title. */
    public enum Order { NEW, TITLE }

    /** The lower-cased text of title and artist that the list searches; {@code ё} is read as {@code е}. */
    static String key(String title, String artist) {
        return fold(title + " " + artist);
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
