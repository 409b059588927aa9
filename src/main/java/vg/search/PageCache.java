package vg.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The last answered pages of one searcher (like Solr's queryResultCache or Elasticsearch's request cache), bounded
 * in number. It belongs to a searcher, and so to one state of the index: a change reopens the searcher and starts
 * an empty cache, so no page outlives the data it was computed from. Caffeine reads without a lock: under more
 * concurrent searches than cores, a lock around the pages was held by descheduled threads while others waited.
 */
final class PageCache {
    private final Cache<PageRequest, SearchPage> pages;

    /** A capacity of 0 remembers nothing. */
    PageCache(int capacity) {
        this.pages = capacity == 0 ? null : Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The remembered page of {@code request}, or the one {@code compute} makes, remembered for next time. */
    <E extends Exception> SearchPage get(PageRequest request, PageComputation<E> compute) throws E {
        if (pages == null) return compute.run(request);
        SearchPage known = pages.getIfPresent(request);
        if (known != null) return known;
        // computed outside the cache: concurrent misses of one request compute it twice, which is harmless, while a
        // computation inside would hold the lock of the cache's hash bin
        SearchPage page = compute.run(request);
        pages.put(request, page);
        return page;
    }

    interface PageComputation<E extends Exception> {
        SearchPage run(PageRequest request) throws E;
    }
}
