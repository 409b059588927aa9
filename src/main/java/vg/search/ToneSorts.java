package vg.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The Lucene order of each {@link SearchSort}; the tone id breaks the remaining ties so pages never overlap. */
final class ToneSorts {
    private static final SortField POPULARITY_DESC = new SortField(ToneFields.POPULARITY, SortField.Type.LONG, true);
    private static final SortField WEEK_PLAYS_DESC = new SortField(ToneFields.WEEK_PLAYS, SortField.Type.LONG, true);
    private static final SortField PUBLISHED_DESC = new SortField(ToneFields.PUBLISHED_AT, SortField.Type.LONG, true);
    private static final SortField PRICE_ASC = new SortField(ToneFields.PRICE, SortField.Type.LONG);
    private static final SortField TITLE_ASC = new SortField(ToneFields.TITLE_SORT, SortField.Type.STRING);
    private static final SortField ID_ASC = new SortField(ToneFields.ID_SORT, SortField.Type.LONG);
    private static final SortField ID_DESC = new SortField(ToneFields.ID_SORT, SortField.Type.LONG, true);

    /**
     * How each segment's documents are ordered: most popular first, then by id, so that among equal scores the
     * document number follows the relevance order's tie-breaks ({@link TopByRelevance}).
     */
    static final Sort INDEX_ORDER = new Sort(POPULARITY_DESC, ID_ASC);

    private ToneSorts() {
    }

    /** The order actually applied: relevance means nothing without words, so a blank text is ordered by popularity. */
    static SearchSort effective(SearchSort requested, boolean blankText) {
        if (requested == null) return blankText ? SearchSort.POPULAR : SearchSort.RELEVANCE;
        return requested == SearchSort.RELEVANCE && blankText ? SearchSort.POPULAR : requested;
    }

    static Sort of(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, POPULARITY_DESC, ID_ASC);
            case POPULAR -> new Sort(POPULARITY_DESC, TITLE_ASC, ID_ASC);
            case POPULAR_WEEK -> new Sort(WEEK_PLAYS_DESC, POPULARITY_DESC, TITLE_ASC, ID_ASC);
            case NEW -> new Sort(PUBLISHED_DESC, ID_DESC);
            case TITLE -> new Sort(TITLE_ASC, ID_ASC);
            case PRICE -> new Sort(PRICE_ASC, TITLE_ASC, ID_ASC);
        };
    }
}
