package vg.search;

import java.util.Optional;

/**
 * A {@link SearchQuery} as it is answered: page and size within bounds, the order actually applied, blank filters
 * dropped (null), the text cut to what is analysed. Equal requests get equal pages, which makes it the key of
 * {@link PageCache}.
 */
record PageRequest(String text, String themeId, String kind, SearchSort sort, int page, int size) {
    static PageRequest of(SearchQuery q) {
        String text = q.text() == null ? "" : q.text();
        return new PageRequest(
                ToneQueries.bounded(text),
                chosen(q.themeId()),
                chosen(q.kind()),
                ToneSorts.effective(q.sort(), text.isBlank()),
                Math.max(1, q.page()),
                Math.max(1, Math.min(CatalogueSearch.MAX_PAGE_SIZE, q.size())));
    }

    private static String chosen(Optional<String> filter) {
        return filter == null ? null : filter.filter(v -> !v.isBlank()).orElse(null);
    }
}
