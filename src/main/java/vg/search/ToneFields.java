package vg.search;

/** Names of the Lucene fields and facet dimensions of a tone document. */
final class ToneFields {
    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    /** The whole tone, as a {@link ToneRecord}: what a page of results shows. */
    static final String RECORD = "record";

    /** Stemmed text, searched word by word. */
    static final String TITLE = "title";
    static final String ARTIST = "artist";
    static final String TAGS = "tags";

    /** Unstemmed lowercase words: phrase, prefix and typo matching. */
    static final String TITLE_PLAIN = "title_plain";
    static final String ALL_PLAIN = "all_plain";

    /** Every word in one Latin spelling, so either script finds the other. */
    static final String TITLE_TRANSLIT = "title_translit";
    static final String ALL_TRANSLIT = "all_translit";

    /** The whole title as one normalised keyword, for "exact title first". */
    static final String TITLE_EXACT = "title_exact";
    static final String TITLE_EXACT_TRANSLIT = "title_exact_translit";

    static final String PRICE = "price";
    static final String POPULARITY = "popularity";
    static final String WEEK_PLAYS = "week_plays";
    static final String PUBLISHED_AT = "published_at";
    static final String TITLE_SORT = "title_sort";

    /** Facet dimensions, as named in {@link SearchPage#facets()}. */
    static final String THEME_DIM = "theme";
    static final String KIND_DIM = "kind";

    private ToneFields() {
    }
}
