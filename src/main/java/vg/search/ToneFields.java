package vg.search;

/** Names of the Lucene fields and facet dimensions of a tone document. */
final class ToneFields {
    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    /** The whole tone, as a {@link ToneRecord}: what a page of results shows. */
    static final String RECORD = "record";

    /**
     * Every word of title, artist and tags as stem, plain word and Latin spelling, weighted by where it stands
     * ({@link MatchTerms}): what a query word is matched, typo-expanded and completed against.
     */
    static final String MATCH = "match";

    /** The title's unstemmed lowercase words, for the bonus of a title holding the query as a phrase. */
    static final String TITLE_PLAIN = "title_plain";

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
