package vg.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answered pages of one searcher, least recently used dropped first (like Solr's queryResultCache or
 * Elasticsearch's request cache). It belongs to a searcher, and so to one state of the index: a change reopens the
 * searcher and starts an empty cache, so no page outlives the data it was computed from.
 */
final class PageCache {
    private final int capacity;
    private final Map<PageRequest, SearchPage> pages;

    /** A capacity of 0 remembers nothing. */
    PageCache(int capacity) {
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PageRequest, SearchPage> eldest) {
                return size() > PageCache.this.capacity;
            }
        };
    }

    /** The remembered page of {@code request}, or the one {@code compute} makes, remembered for next time. */
    <E extends Exception> SearchPage get(PageRequest request, PageComputation<E> compute) throws E {
        if (capacity == 0) return compute.run(request);
        synchronized (pages) {
            SearchPage known = pages.get(request);
            if (known != null) return known;
        }
        // computed outside the lock: concurrent misses of one request compute it twice, which is harmless
        SearchPage page = compute.run(request);
        synchronized (pages) {
            pages.put(request, page);
        }
        return page;
    }

    interface PageComputation<E extends Exception> {
        SearchPage run(PageRequest request) throws E;
    }
}
